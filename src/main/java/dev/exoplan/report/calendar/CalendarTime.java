package dev.exoplan.report.calendar;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When the events happen and when the file was made (issue 20): all day without a time; at a
 * time of day given with {@code --time}, floating (the same clock time wherever the calendar is)
 * or, with {@code --tz}, in that zone (TZID with its VTIMEZONE); {@code stamp} is every event's
 * DTSTAMP, the run's day at 00:00 UTC, so that the same input on the same day gives the same file.
 */
public record CalendarTime(Optional<LocalTime> time, Optional<ZoneId> zone, Instant stamp) {
  public CalendarTime {
    if (zone.isPresent() && time.isEmpty()) {
      throw new IllegalArgumentException("a zone without a time");
    }
  }
}
