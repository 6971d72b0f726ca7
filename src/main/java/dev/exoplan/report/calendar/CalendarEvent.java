package dev.exoplan.report.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One session as a calendar event (issue 20), in the user's language, before any iCalendar type
 * is involved: its stable UID, the day (its earliest date), the one-line summary, the description
 * (lines joined with newlines) and the location (the clinic's name and address) where known.
 */
public record CalendarEvent(
    String uid, LocalDate day, String summary, String description, Optional<String> location) {}
