package dev.exoplan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.pricing.PricingLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact forms say what the full result says: thousands of generated requests (the
 * benchmark's, every kind of bad line, every command, many repeated so that the line cache
 * answers them) run in the full form, the summary form and CSV, and each summary line and CSV row
 * is checked against the full result of the same line, and each line against its JSON Schema in
 * docs/schemas/. And the cache changes nothing: a sample of
 * lines, each run alone in a fresh batch, gives the same bytes as in the long run.
 */
class BatchFormsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Catalog CATALOG = PricingLoader.shipped();
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final java.util.Map<String, com.networknt.schema.JsonSchema> SCHEMA = new java.util.HashMap<>();

  static {
    for (String kind : List.of("batch-error", "batch-result", "batch-summary")) {
      try {
        SCHEMA.put(kind, com.networknt.schema.JsonSchemaFactory.getInstance(
                com.networknt.schema.SpecVersion.VersionFlag.V202012)
            .getSchema(JSON.readTree(Path.of("docs/schemas", kind + ".schema.json").toFile())));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Requests whose error messages echo control characters (issue 22, finding 7). */
  static final List<String> CONTROLS = List.of(
      "{\"command\":\"plan\",\"method\":\"\\u001b[31mred\\u0000\"}",
      "{\"command\":\"fl\\u001by\"}",
      "{\"command\":\"estimate\",\"method\":\"iv\",\"source\":\"\\u007f\\u009b\\u202e\"}",
      "{\"command\":\"plan\",\"method\":\"iv\",\"no\\u0007\\r\\npe\":\"1\"}",
      "{\"command\":\"plan\",\"method\":\"iv\",\"intensive\":\"\\u0000=1\"}");

  static List<String> requests() throws Exception {
    Process gen = new ProcessBuilder("sh", "bench/gen-plan-requests.sh", "2500").start();
    String generated = new String(gen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(gen.waitFor()).isZero();
    List<String> lines = new ArrayList<>(List.of(generated.split("\n")));
    for (String file : List.of("every-kind-of-line.jsonl", "every-command.jsonl")) {
      List<String> some = Files.readAllLines(Path.of("src/test/data/batch", file));
      for (int i = 0; i < 20; i++) {
        lines.addAll(some); // and again: the cache answers the repeats
      }
    }
    for (String m : List.of("iv", "injection", "scalp", "topical")) {
      lines.add("{\"command\":\"estimate\",\"method\":\"" + m + "\"}");
      lines.add("{\"command\":\"compare\",\"method\":\"" + m + "\",\"months\":6}");
      lines.add("{\"command\":\"plan\",\"method\":\"" + m + "\",\"price\":\"-1\"}");
      lines.add("{\"command\":\"plan\",\"method\":\"" + m + "\",\"intensive\":\"=SUM(1)\"}");
      lines.add("{\"command\":\"plan\",\"method\":\"" + m + "\",\"intensive\":\"\\u001b[31m\"}");
    }
    lines.addAll(CONTROLS);
    Collections.shuffle(lines, new Random(13));
    return lines;
  }

  static String run(List<String> lines, Form form, int threads) throws Exception {
    Batch batch = new Batch(CATALOG, threads, TODAY, form, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    batch.run(new ByteArrayInputStream((String.join("\n", lines) + "\n")
        .getBytes(StandardCharsets.UTF_8)), out, (l, b) -> { });
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void summaryAndCsvAgreeWithTheFullResult() throws Exception {
    List<String> lines = requests();
    String[] full = run(lines, Form.FULL, 2).split("\n");
    String[] summary = run(lines, Form.SUMMARY, 2).split("\n");
    String csvText = run(lines, Form.CSV, 2);
    assertThat(run(lines, Form.CSV, 1)).as("one thread or two").isEqualTo(csvText);
    assertThat(csvText).startsWith(String.join(",", quoted(Rows.COLUMNS)) + "\r\n");
    assertThat(csvText.replace("\r\n", "")).as("every row ends with CRLF").doesNotContain("\n");
    List<List<String>> csv = Csv.parse(csvText);
    assertThat(csv.get(0)).containsExactly(Rows.COLUMNS);
    assertThat(full).hasSize(lines.size());
    assertThat(summary).hasSize(lines.size());
    assertThat(csv).hasSize(lines.size() + 1);
    int results = 0;
    int errors = 0;
    for (int i = 0; i < lines.size(); i++) {
      String where = "line " + (i + 1) + ": " + lines.get(i);
      JsonNode f = JSON.readTree(full[i]);
      JsonNode s = JSON.readTree(summary[i]);
      List<String> row = csv.get(i + 1);
      assertThat(row).as(where).hasSize(Rows.COLUMNS.length);
      assertThat(SCHEMA.get(f.has("error") ? "batch-error" : "batch-result").validate(f))
          .as("%s, full, against its schema", where).isEmpty();
      assertThat(SCHEMA.get(s.has("error") ? "batch-error" : "batch-summary").validate(s))
          .as("%s, summary, against its schema", where).isEmpty();
      if (f.has("error")) {
        errors++;
        assertThat(summary[i]).as(where).isEqualTo(full[i]);
        List<String> expected = new ArrayList<>(Collections.nCopies(Rows.COLUMNS.length, ""));
        expected.set(0, Integer.toString(i + 1));
        expected.set(2, "error");
        expected.set(3, f.get("error").get("exit").asText());
        expected.set(14, dev.exoplan.report.csv.CsvWriter.neutralise(
            dev.exoplan.util.Visible.escape(f.get("error").get("message").asText())));
        assertThat(row).as(where).isEqualTo(expected);
        continue;
      }
      results++;
      ObjectNode expected = expectedSummary(f);
      assertThat(s).as(where).isEqualTo(expected);
      assertThat(row).as(where).isEqualTo(expectedRow(expected));
    }
    assertThat(results).isGreaterThan(2500);
    assertThat(errors).isGreaterThan(300);
  }

  /** The summary of a full result, read from the full result alone. */
  static ObjectNode expectedSummary(JsonNode f) {
    ObjectNode s = JSON.createObjectNode();
    s.set("line", f.get("line"));
    String command = switch (f.get("schema").asText()) {
      case "exoplan.plan/1" -> "plan";
      case "exoplan.estimate/1" -> "estimate";
      default -> "compare";
    };
    s.put("command", command);
    s.set("method", f.get("method"));
    s.set("currency", f.get("currency"));
    s.set("taxIncluded", f.get("taxIncluded"));
    switch (command) {
      case "plan" -> {
        s.set("total", f.get("total"));
        s.set("sessions", f.get("sessions"));
      }
      case "estimate" -> {
        s.set("total", f.get("overall"));
        s.set("sessions", NullNode.instance);
      }
      default -> {
        s.set("total", f.get("rows").get(0).get("cost"));
        s.set("sessions", f.get("rows").get(0).get("sessions"));
      }
    }
    return s;
  }

  static List<String> expectedRow(JsonNode s) {
    List<String> row = new ArrayList<>();
    row.add(s.get("line").asText());
    row.add(s.get("command").asText());
    row.add("ok");
    row.add("0");
    row.add(s.get("method").isNull() ? "" : s.get("method").asText());
    row.add(s.get("currency").asText());
    row.add(s.get("taxIncluded").asText());
    for (String k : List.of("low", "typical", "high", "typicalBasis")) {
      row.add(s.get("total").isNull() ? "" : s.get("total").get(k).asText());
    }
    for (String k : List.of("low", "typical", "high")) {
      row.add(s.get("sessions").isNull() ? "" : s.get("sessions").get(k).asText());
    }
    row.add("");
    return row;
  }

  @Test
  void aLineAloneGivesTheSameBytesAsInTheLongRun() throws Exception {
    List<String> lines = requests();
    for (Form form : List.of(Form.SUMMARY, Form.CSV)) {
      String text = run(lines, form, 2);
      String[] out = (form == Form.CSV ? text.substring(text.indexOf("\r\n") + 2) : text)
          .split(form == Form.CSV ? "\r\n" : "\n");
      assertThat(out).hasSize(lines.size());
      Random random = new Random(form.ordinal());
      for (int k = 0; k < 150; k++) {
        int i = random.nextInt(lines.size());
        String alone = run(List.of(lines.get(i)), form, 1);
        if (form == Form.CSV) {
          alone = alone.substring(alone.indexOf("\r\n") + 2);
        }
        String prefix = form == Form.CSV ? "1," : "{\"line\":1,";
        String there = form == Form.CSV ? (i + 1) + "," : "{\"line\":" + (i + 1) + ",";
        assertThat(alone).startsWith(prefix);
        assertThat(there + alone.substring(prefix.length()).stripTrailing())
            .as("%s line %d: %s", form, i + 1, lines.get(i)).isEqualTo(out[i]);
      }
    }
  }

  /** Issue 22, finding 7: ESC, NUL and the other controls of a request never reach a CSV cell raw. */
  @Test
  void csvCellsEscapeTheControlCharactersOfARequest() throws Exception {
    String csv = run(CONTROLS, Form.CSV, 1);
    String body = csv.replace("\r\n", "");
    assertThat(body.chars().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x202e))
        .as(csv).isEmpty();
    List<List<String>> rows = Csv.parse(csv);
    assertThat(rows.get(1).get(14)).isEqualTo("method: unknown method '\\e[31mred\\0': expected one"
        + " of iv, injection, scalp, topical, or 点滴, 注射, 頭皮, 水光");
    assertThat(rows.get(2).get(14)).isEqualTo("unknown command 'fl\\ey': expected estimate, plan or"
        + " compare");
    assertThat(rows.get(3).get(14)).startsWith("unknown source '\\x7f\\x9b\\u202e'");
    assertThat(rows.get(4).get(14)).startsWith("unknown option 'no\\a\\r\\npe' for plan");
    assertThat(rows.get(5).get(14)).isEqualTo("intensive: expected a number of sessions like 5 or"
        + " 3..5, got '\\0=1'");
  }

  @Test
  void theCsvColumnsAreTheDocumentedOnes() throws Exception {
    String doc = Files.readString(Path.of("docs/output-formats.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("### `batch --format csv`"));
    assertThat(section).contains("`" + String.join(",", Rows.COLUMNS) + "`");
  }

  private static String[] quoted(String[] names) {
    String[] out = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = "\"" + names[i] + "\"";
    }
    return out;
  }

  /** RFC 4180, enough for a test: quoted cells with doubled quotes, CRLF rows. */
  static final class Csv {
    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          row.add(cell.toString());
          cell.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
          i++;
        } else {
          cell.append(c);
        }
      }
      return rows;
    }
  }
}
