package dev.exoplan.report.calendar;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * The one class that uses ical4j (issue 20): the events as an RFC 5545 calendar, validated, its
 * text (escaping, CRLF line ends) and folding ical4j's. ical4j's folding writer counts characters,
 * not octets, so each content line is folded at the length its widest character allows: 75
 * characters when the line is ASCII, 37 with two-byte characters (¥), 25 with three-byte ones
 * (Japanese), so no line is longer than RFC 5545's 75 octets and no character is split.
 */
final class IcsWriter {
  /** The product identifier of every calendar exoplan writes. */
  static final String PRODID = "-//exoplan//exoplan//EN";

  private IcsWriter() {}

  static void write(List<CalendarEvent> events, CalendarTime time, Writer out) throws IOException {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    if (time.zone().isPresent()) {
      TimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry()
          .getTimeZone(time.zone().get().getId());
      if (zone == null) {
        throw new IllegalArgumentException("no VTIMEZONE for " + time.zone().get());
      }
      calendar.add(zone.getVTimeZone());
    }
    for (CalendarEvent e : events) {
      VEvent event = new VEvent(false);
      event.add(new Uid(e.uid()));
      event.add(new DtStamp(time.stamp()));
      event.add(start(e, time));
      event.add(new Summary(e.summary()));
      event.add(new Description(e.description()));
      if (e.location().isPresent()) {
        event.add(new Location(e.location().get()));
      }
      calendar.add(event);
    }
    ValidationResult checked = calendar.validate();
    if (checked.hasErrors()) {
      throw new IllegalStateException("exoplan made an invalid calendar: " + checked);
    }
    // What ical4j's CalendarOutputter does (its folding writer over the calendar's text), a
    // content line at a time, each with the fold length its widest character allows
    for (String line : calendar.toString().split("\r\n")) {
      FoldingWriter folding = new FoldingWriter(out, foldLength(line));
      folding.write(line + "\r\n");
      folding.flush();
    }
  }

  /** DTSTART: the day (all day), the day at a floating time, or the day at a time in a zone. */
  private static DtStart<?> start(CalendarEvent e, CalendarTime time) {
    if (time.time().isEmpty()) {
      return new DtStart<>(e.day());
    }
    if (time.zone().isEmpty()) {
      return new DtStart<>(e.day().atTime(time.time().get()));
    }
    // the wall-clock time as given, with its TZID: not a ZonedDateTime, which ical4j converts
    // through its own rules (10:00 in America/Argentina/Buenos_Aires came out as 11:00)
    return new DtStart<>(new ParameterList(List.of(new TzId(time.zone().get().getId()))),
        e.day().atTime(time.time().get()));
  }

  /** The fold length, in characters, that keeps a content line within 75 octets of UTF-8. */
  static int foldLength(String line) {
    return FoldingWriter.MAX_FOLD_LENGTH / widest(line);
  }

  /** The most UTF-8 octets one char of {@code s} takes (a surrogate pair: 4 octets for 2 chars). */
  private static int widest(String s) {
    int w = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w = Math.max(w, c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3);
    }
    return w;
  }
}
