package dev.exoplan.report.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the structure of exoplan's iCalendar files: CRLF after every line, no line longer than
 * RFC 5545's 75 octets whatever the script (ASCII, ¥, Japanese, a character outside the BMP), no
 * character split by a fold, and the text read back by ical4j exactly as it was given.
 */
class IcsWriterTest {
  static final Instant STAMP = Instant.parse("2026-12-01T00:00:00Z");

  static final String LONG_JA = "全4〜7回の計画の7回目 (維持)\n最も早くて 2027年12月15日、遅くとも"
      + " 2028年1月14日\n上限の場合のみの回です (下限の計画では回数が少なくなります)。\n"
      + "1回の料金: 100,000円〜200,000円 (目安 150,000円); セミコロン\\バックスラッシュ 🧪絵文字";

  static final String LONG_EN = "Session 7 of a plan of 4–7 sessions, maintenance phase\n"
      + "Earliest 2027-12-15, latest 2028-01-14\nPrice per session: ¥100,000 – ¥200,000 "
      + "(typical ¥150,000); and a long plain ASCII line that goes on well past seventy-five octets";

  static List<CalendarEvent> events() {
    return List.of(
        new CalendarEvent("plan-0123456789abcdef-1@exoplan", LocalDate.of(2027, 1, 15),
            "エクソソーム点滴 1回目(初期集中)", LONG_JA,
            Optional.of("【見本】みほん美容クリニック、〒000-0000 東京都千代田区見本町1-2-3(架空の住所)")),
        new CalendarEvent("plan-0123456789abcdef-2@exoplan", LocalDate.of(2027, 2, 15),
            "Exosome IV drip, session 2 (intensive)", LONG_EN, Optional.of("[EXAMPLE] Mihon"
                + " Beauty Clinic, 1-2-3 Mihon-cho, Chiyoda-ku, Tokyo 000-0000 (made up)")),
        new CalendarEvent("plan-0123456789abcdef-3@exoplan", LocalDate.of(2027, 3, 15),
            "Exosome IV drip, session 3 (intensive)", "Date: 2027-03-15", Optional.empty()));
  }

  static String write(CalendarTime time) throws Exception {
    StringWriter out = new StringWriter();
    IcsWriter.write(events(), time, out);
    return out.toString();
  }

  @Test
  void everyLineEndsInCrlfAndFitsIn75Octets() throws Exception {
    String ics = write(new CalendarTime(Optional.empty(), Optional.empty(), STAMP));
    assertThat(ics).endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    String[] lines = ics.split("\r\n");
    assertThat(lines.length).isGreaterThan(20);
    boolean folded = false;
    for (String line : lines) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      // a fold never splits a surrogate pair
      assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).as(line).isFalse();
      folded |= line.startsWith(" ");
    }
    assertThat(folded).as("long lines are folded").isTrue();
    // a line of ASCII only is folded at 75 octets, not shorter
    assertThat(lines).anyMatch(l -> l.length() == 75 && l.chars().allMatch(c -> c < 0x80));
  }

  @Test
  void icalReadsBackTheSameTextDatesAndUids() throws Exception {
    String ics = write(new CalendarTime(Optional.empty(), Optional.empty(), STAMP));
    Calendar c = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = c.getComponents("VEVENT");
    assertThat(events).hasSize(3);
    for (int i = 0; i < 3; i++) {
      CalendarEvent want = events().get(i);
      VEvent got = events.get(i);
      assertThat(got.getUid().orElseThrow().getValue()).isEqualTo(want.uid());
      assertThat(got.getSummary().getValue()).isEqualTo(want.summary());
      assertThat(got.getDescription().getValue()).isEqualTo(want.description());
      assertThat(Optional.ofNullable(got.getLocation()).map(l -> l.getValue()))
          .isEqualTo(want.location());
      assertThat(got.getDateTimeStart().getValue())
          .isEqualTo(want.day().toString().replace("-", ""));
    }
    assertThat(ics).contains("DTSTART;VALUE=DATE:20270115\r\n", "DTSTAMP:20261201T000000Z\r\n",
        "PRODID:-//exoplan//exoplan//EN\r\n", "VERSION:2.0\r\n", "CALSCALE:GREGORIAN\r\n");
  }

  @Test
  void aTimeIsFloatingWithoutAZoneAndTzidWithOne() throws Exception {
    String floating = write(new CalendarTime(Optional.of(LocalTime.of(10, 30)), Optional.empty(),
        STAMP));
    assertThat(floating).contains("DTSTART:20270115T103000\r\n").doesNotContain("TZID")
        .doesNotContain("VTIMEZONE");
    String zoned = write(new CalendarTime(Optional.of(LocalTime.of(9, 5)),
        Optional.of(ZoneId.of("Asia/Tokyo")), STAMP));
    assertThat(zoned).contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n",
        "DTSTART;TZID=Asia/Tokyo:20270215T090500\r\n");
    // the time as given, in a zone whose history ical4j's conversion gets wrong
    assertThat(write(new CalendarTime(Optional.of(LocalTime.of(10, 0)),
        Optional.of(ZoneId.of("America/Argentina/Buenos_Aires")), STAMP)))
        .contains("DTSTART;TZID=America/Argentina/Buenos_Aires:20270115T100000\r\n");
  }

  @Test
  void theSameInputGivesTheSameFile() throws Exception {
    CalendarTime t = new CalendarTime(Optional.empty(), Optional.empty(), STAMP);
    assertThat(write(t)).isEqualTo(write(t));
  }

  @Test
  void theFoldLengthFollowsTheWidestCharacterOfTheLine() {
    assertThat(IcsWriter.foldLength("SUMMARY:plain")).isEqualTo(75);
    assertThat(IcsWriter.foldLength("DESCRIPTION:¥100")).isEqualTo(37);
    assertThat(IcsWriter.foldLength("SUMMARY:点滴")).isEqualTo(25);
    assertThat(IcsWriter.foldLength("SUMMARY:🧪")).isEqualTo(37);
  }
}
