package dev.exoplan.report.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.CliSupport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 20, done when: the calendar of a 24-month plan imports into a real parser with every
 * session, in both languages. Two parsers read the file exoplan wrote: ical4j's CalendarBuilder
 * and, independently, Python's icalendar (Debian's python3-icalendar, installed by .ci/run); each
 * finds one event per session of the plan's JSON schedule, on its earliest date, with the summary
 * in the language asked for. Without python3 the second half is skipped, never under CI.
 */
class CalendarImportIT {
  @TempDir Path dir;

  /** Debian's python3, where python3-icalendar installs (not another python3 on the PATH). */
  static final Path PYTHON = Path.of("/usr/bin/python3");

  static final String PLAN = "plan --method iv --months 24 --price 100000 --start 2027-01-15";

  static final String READ = String.join("\n",
      "import sys, icalendar",
      "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())",
      "for e in cal.walk('VEVENT'):",
      "    print(e.decoded('dtstart').isoformat(), str(e['uid']), str(e['summary']), sep='\\t')");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en||Exosome IV drip, session ",
      "ja||エクソソーム点滴 ",
      "ja|--time 10:30 --tz Asia/Tokyo|エクソソーム点滴 ",
      "en|--time 10:30|Exosome IV drip, session "})
  void aRealParserReadsEverySession(String lang, String time, String summary) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path ics = dir.resolve("plan.ics");
    String extra = time == null ? "" : " " + time;
    var r = CliSupport.run(root, (PLAN + extra + " --lang " + lang + " -o " + ics).split(" "));
    assertThat(r.exit()).as(r.err()).isZero();
    var json = CliSupport.run(root, (PLAN + " --format json").split(" "));
    assertThat(json.exit()).as(json.err()).isZero();
    List<LocalDate> earliest = new ArrayList<>();
    for (JsonNode s : new ObjectMapper().readTree(json.out()).get("schedule")) {
      earliest.add(LocalDate.parse(s.get("earliest").asText()));
    }
    assertThat(earliest).as("a 24-month plan with a range of sessions").hasSizeGreaterThan(5);

    Calendar calendar;
    try (InputStream in = Files.newInputStream(ics)) {
      calendar = new CalendarBuilder().build(in);
    }
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSameSizeAs(earliest);
    List<String> uids = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      VEvent e = events.get(i);
      String start = e.getDateTimeStart().getValue();
      assertThat(start).as("event %d", i + 1)
          .startsWith(earliest.get(i).toString().replace("-", ""));
      assertThat(e.getSummary().getValue()).as("event %d", i + 1).startsWith(summary)
          .contains(lang.equals("ja") ? (i + 1) + "回目" : "session " + (i + 1));
      uids.add(e.getUid().orElseThrow().getValue());
    }
    assertThat(uids).doesNotHaveDuplicates();

    boolean python = Files.isExecutable(PYTHON);
    if (!python && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI must have python3 and python3-icalendar (.ci/run installs them)");
    }
    Assumptions.assumeTrue(python, "no python3 here: the independent parser is not run");
    ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-c", READ, ics.toString())
        .redirectErrorStream(true);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<String> lines = out.lines().toList();
    assertThat(lines).as(out).hasSameSizeAs(earliest);
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      String day = earliest.get(i).toString();
      assertThat(f[0]).as(out).isEqualTo(time == null ? day
          : time.contains("--tz") ? day + "T10:30:00+09:00" : day + "T10:30:00");
      assertThat(f[1]).isEqualTo(uids.get(i));
      assertThat(f[2]).isEqualTo(events.get(i).getSummary().getValue());
    }
  }
}
