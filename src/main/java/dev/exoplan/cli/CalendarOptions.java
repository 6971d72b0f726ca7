package dev.exoplan.cli;

import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.text.Message;
import dev.exoplan.report.Format;
import dev.exoplan.report.calendar.CalendarReport;
import dev.exoplan.report.calendar.CalendarTime;
import dev.exoplan.report.calendar.EventSource;
import dev.exoplan.report.calendar.PlanEvents;
import dev.exoplan.report.output.Report;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * Issue 20: {@code --time} and {@code --tz}, taken by plan and quote for their calendar
 * ({@code --format ics} or {@code -o FILE.ics}), and the one place that turns their report into a
 * {@link CalendarReport} once the calendar is asked for and the schedule can be one.
 */
final class CalendarOptions {
  @Option(names = "--time", paramLabel = "HH:MM", converter = TimeConverter.class,
      description = "calendar (--format ics): each session at this time of day (default: all day)")
  LocalTime time;

  @Option(names = "--tz", paramLabel = "ZONE", converter = ZoneConverter.class,
      description = "calendar: the --time's time zone, such as Asia/Tokyo (default: none, the same clock time anywhere)")
  ZoneId zone;

  /**
   * The report to emit: {@code report} itself unless the calendar is asked for; then the report
   * with its sessions as events, refused (a usage error) when the schedule has no dates.
   */
  Report report(Context ctx, Report report, Plan plan, EventSource sessions) {
    Optional<LocalTime> at = Optional.ofNullable(time);
    Optional<ZoneId> in = time == null ? Optional.empty() : Optional.ofNullable(zone);
    // Which format is asked for, with the calendar among those on offer; its stamp is read only
    // for a calendar, as reading the clock loads the time-zone data (about 4 ms of a text quote's
    // start-up, issue 21).
    if (ctx.format(new CalendarReport(report, sessions, new CalendarTime(at, in, Instant.EPOCH)))
        != Format.ICS) {
      if (time != null || zone != null) {
        throw new UsageException(Message.of("usage.ics.options", time != null ? "--time" : "--tz"));
      }
      return report;
    }
    if (zone != null && time == null) {
      throw new UsageException(Message.of("usage.ics.tz.without.time"));
    }
    if (plan.start().isEmpty()) {
      throw new UsageException(Message.of("usage.ics.start", report.command()));
    }
    if (!PlanEvents.dated(plan)) {
      throw new UsageException(Message.of("usage.ics.undated"));
    }
    // the run's day (EXOPLAN_TODAY, or the clock's), at 00:00 UTC: the same file all day long,
    // in-process and through the launcher alike
    Instant stamp = java.time.LocalDate.now(ctx.env().clock()).atStartOfDay(java.time.ZoneOffset.UTC)
        .toInstant();
    return new CalendarReport(report, sessions, new CalendarTime(at, in, stamp));
  }

  /** HH:MM (or H:MM), 00:00 to 23:59. */
  static final class TimeConverter implements ITypeConverter<LocalTime> {
    @Override
    public LocalTime convert(String s) {
      if (!s.matches("([01]?[0-9]|2[0-3]):[0-5][0-9]")) {
        throw new KeyedConversion(Message.of("usage.ics.time", s));
      }
      int colon = s.indexOf(':');
      return LocalTime.of(Integer.parseInt(s.substring(0, colon)),
          Integer.parseInt(s.substring(colon + 1)));
    }
  }

  /** A region's zone id, such as Asia/Tokyo or Europe/London, that the JDK knows. */
  static final class ZoneConverter implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String s) {
      try {
        if (s.indexOf('/') > 0 && ZoneId.getAvailableZoneIds().contains(s)) {
          return ZoneId.of(s);
        }
      } catch (DateTimeException e) {
        // said below
      }
      throw new KeyedConversion(Message.of("usage.ics.tz", s));
    }
  }
}
