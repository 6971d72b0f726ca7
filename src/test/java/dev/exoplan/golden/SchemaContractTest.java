package dev.exoplan.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.exoplan.cli.Env;
import dev.exoplan.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON contract: every JSON document the golden cases record (stdout and files, batch lines
 * one by one) validates against its schema in {@code docs/schemas/}, chosen by its {@code schema}
 * field (batch lines by their {@code line}: error, summary, or full result, which validates as a
 * batch result and, without its line, as its command's document); and {@code docs/output-formats.md} names every
 * field the schemas have and no field they lack, so the documentation cannot drift from the output.
 */
class SchemaContractTest {
  static final Path SCHEMAS = Golden.ROOT.resolve("docs/schemas");
  static final Path DOC = Golden.ROOT.resolve("docs/output-formats.md");
  static final ObjectMapper JSON = new ObjectMapper();

  /** The schema file of each document kind. */
  static final Map<String, String> FILES = Map.ofEntries(
      Map.entry("exoplan.estimate/1", "estimate"),
      Map.entry("exoplan.plan/1", "plan"),
      Map.entry("exoplan.compare/1", "compare"),
      Map.entry("exoplan.quote/1", "quote"),
      Map.entry("exoplan.clinics/1", "clinics"),
      Map.entry("exoplan.budget/1", "budget"),
      Map.entry("exoplan.pricing/1", "pricing-show"),
      Map.entry("exoplan.validate/1", "pricing-validate"),
      Map.entry("exoplan.pricing-check/1", "pricing-check"),
      Map.entry("batch-error", "batch-error"),
      Map.entry("batch-summary", "batch-summary"),
      Map.entry("batch-result", "batch-result"));

  private final Map<String, JsonSchema> schemas = new LinkedHashMap<>();
  /** Every kind validated, batch-result included (a full batch line validates as both). */
  private final Set<String> seen = new LinkedHashSet<>();

  private JsonSchema schema(String kind) throws IOException {
    if (!schemas.containsKey(kind)) {
      String file = FILES.get(kind);
      assertThat(file).as("a schema for %s", kind).isNotNull();
      schemas.put(kind, JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(JSON.readTree(SCHEMAS.resolve(file + ".schema.json").toFile())));
    }
    return schemas.get(kind);
  }

  /** Validates one document; returns its kind. */
  private String validate(JsonNode doc, String where) throws IOException {
    String kind;
    JsonNode body = doc;
    if (doc.has("line") && doc.has("error")) {
      kind = "batch-error";
    } else if (doc.has("line") && !doc.has("schema")) {
      kind = "batch-summary"; // a --detail summary line
    } else {
      assertThat(doc.has("schema")).as("%s: a JSON output names its schema", where).isTrue();
      kind = doc.get("schema").asText();
      if (doc.has("line")) { // a batch result: the line number, then the command's document
        assertThat(schema("batch-result").validate(doc)).as("%s against batch-result", where)
            .isEmpty();
        seen.add("batch-result");
        assertThat(doc.get("line").canConvertToInt()).as(where).isTrue();
        ObjectNode copy = doc.deepCopy();
        copy.remove("line");
        body = copy;
      }
    }
    Set<ValidationMessage> errors = schema(kind).validate(body);
    assertThat(errors).as("%s against %s", where, kind).isEmpty();
    seen.add(kind);
    return kind;
  }

  /** Every JSON document of one output: a whole document, or JSON Lines. */
  private List<String> validateOutput(String text, String where) throws IOException {
    List<String> kinds = new ArrayList<>();
    if (text.startsWith("{\n")) {
      kinds.add(validate(JSON.readTree(text), where));
    } else {
      int n = 0;
      for (String line : text.split("\n")) {
        n++;
        if (line.startsWith("{")) {
          kinds.add(validate(JSON.readTree(line), where + " line " + n));
        }
      }
    }
    return kinds;
  }

  @Test
  void everyJsonDocumentOfTheGoldenCasesValidatesAgainstItsSchema() throws Exception {
    Map<String, Integer> counts = new TreeMap<>();
    for (Path file : Golden.caseFiles()) {
      GoldenCase c = GoldenCase.read(file);
      if (c.exit() != 0 && c.exit() != 65) {
        continue; // a refused run writes no document
      }
      List<String> kinds = new ArrayList<>(validateOutput(c.stdout(), c.name() + " stdout"));
      for (Map.Entry<String, String> f : c.files().entrySet()) {
        if (f.getKey().endsWith(".json") || f.getKey().endsWith(".jsonl")
            || f.getValue().startsWith("{")) {
          kinds.addAll(validateOutput(f.getValue(), c.name() + " " + f.getKey()));
        }
      }
      kinds.forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    // the test must have something to check for every schema
    assertThat(seen).containsAll(FILES.keySet());
  }

  @Test
  void aBatchOfEveryCommandValidatesLineByLine() throws Exception {
    String requests = String.join("\n",
        "{\"command\":\"plan\",\"method\":\"iv\",\"price\":\"100000\",\"intensive\":5,\"maintenance\":2}",
        "{\"command\":\"plan\",\"method\":\"scalp\",\"protocol\":\"004-aga\",\"start\":\"2026-12-01\"}",
        "{\"command\":\"estimate\",\"method\":\"injection\"}",
        "{\"command\":\"compare\",\"months\":24}",
        "{\"command\":\"plan\",\"method\":\"drip\"}",
        "not json") + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Env env = new Env(out, new ByteArrayOutputStream(),
        new ByteArrayInputStream(requests.getBytes(StandardCharsets.UTF_8)), Map.of(), false,
        Clock.systemUTC(), Golden.ROOT);
    int exit = Main.run(new String[] {"batch"}, env);
    assertThat(exit).isEqualTo(65);
    List<String> kinds = validateOutput(out.toString(StandardCharsets.UTF_8), "batch");
    assertThat(kinds).containsExactly("exoplan.plan/1", "exoplan.plan/1", "exoplan.estimate/1",
        "exoplan.compare/1", "batch-error", "batch-error");
  }

  /** The same requests in each JSON form of batch: every line validates against its schema. */
  @Test
  void everyBatchFormValidatesLineByLine() throws Exception {
    String requests = String.join("\n",
        "{\"command\":\"plan\",\"method\":\"iv\",\"price\":\"50000..90000\",\"intensive\":\"3..5\",\"maintenance\":\"1..2\"}",
        "{\"command\":\"plan\",\"method\":\"topical\",\"intensive\":2,\"maintenance-every\":\"3..6m\",\"months\":12}",
        "{\"command\":\"estimate\",\"method\":\"scalp\",\"source\":\"004\"}",
        "{\"command\":\"compare\",\"months\":12}",
        "{\"command\":\"compare\",\"method\":\"iv\",\"protocol\":\"003-standard\"}",
        "{\"command\":\"plan\",\"method\":\"iv\",\"price\":\"50000..90000\",\"intensive\":\"3..5\",\"maintenance\":\"1..2\"}",
        "{\"command\":\"plan\"}",
        "") + "\n";
    for (String detail : List.of("full", "summary")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Env env = new Env(out, new ByteArrayOutputStream(),
          new ByteArrayInputStream(requests.getBytes(StandardCharsets.UTF_8)), Map.of(), false,
          Clock.systemUTC(), Golden.ROOT);
      assertThat(Main.run(new String[] {"batch", "--detail", detail}, env)).isEqualTo(65);
      List<String> kinds = validateOutput(out.toString(StandardCharsets.UTF_8), "batch " + detail);
      String plan = detail.equals("full") ? "exoplan.plan/1" : "batch-summary";
      assertThat(kinds).as(detail).containsExactly(plan, plan,
          detail.equals("full") ? "exoplan.estimate/1" : "batch-summary",
          detail.equals("full") ? "exoplan.compare/1" : "batch-summary",
          detail.equals("full") ? "exoplan.compare/1" : "batch-summary",
          plan, "batch-error", "batch-error");
    }
    assertThat(seen).contains("batch-result", "batch-summary", "batch-error");
  }

  @Test
  void theSchemasRefuseWhatTheyDoNotDescribe() throws Exception {
    JsonNode good = JSON.readTree("{\"line\":3,\"error\":{\"exit\":2,\"message\":\"x\"}}");
    assertThat(schema("batch-error").validate(good))
        .isEmpty();
    ObjectNode extra = good.deepCopy();
    extra.put("surprise", 1);
    assertThat(schema("batch-error").validate(extra))
        .as("an undocumented field").isNotEmpty();
    ObjectNode wrongType = good.deepCopy();
    ((ObjectNode) wrongType.get("error")).put("exit", "two");
    assertThat(schema("batch-error").validate(wrongType))
        .isNotEmpty();
    JsonNode summary = JSON.readTree("{\"line\":1,\"command\":\"plan\",\"method\":\"iv\","
        + "\"currency\":\"JPY\",\"taxIncluded\":true,\"total\":null,\"sessions\":null}");
    assertThat(schema("batch-summary").validate(summary)).isEmpty();
    ObjectNode summaryExtra = summary.deepCopy();
    summaryExtra.put("schema", "exoplan.plan/1");
    assertThat(schema("batch-summary").validate(summaryExtra)).as("an undocumented field")
        .isNotEmpty();
    ObjectNode noLine = summary.deepCopy();
    noLine.remove("line");
    assertThat(schema("batch-result").validate(noLine)).as("a result without its line")
        .isNotEmpty();
  }

  static final Pattern SECTION =
      Pattern.compile("^##+ .*`(exoplan\\.[a-z-]+/1|batch-[a-z]+)`", Pattern.MULTILINE);
  static final Pattern TICKED = Pattern.compile("`([^`]+)`");

  @Test
  void theDocumentationNamesExactlyTheFieldsOfTheSchemas() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String conventions = doc.substring(0, doc.indexOf("\n## "));
    Matcher m = SECTION.matcher(doc);
    List<int[]> spans = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), 0});
      kinds.add(m.group(1));
    }
    assertThat(kinds).as("a section per JSON document").containsAll(FILES.keySet());
    org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
    List<String> sections = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : doc.indexOf("\n## ", spans.get(i)[0] + 3);
      sections.add(doc.substring(spans.get(i)[0], end < 0 ? doc.length() : end));
    }
    for (int i = 0; i < kinds.size(); i++) {
      String section = sections.get(i);
      JsonNode schema = JSON.readTree(SCHEMAS.resolve(FILES.get(kinds.get(i)) + ".schema.json").toFile());
      // a section may refer to another: "as above" (the sections before it), "as in `plan`"
      StringBuilder scope = new StringBuilder(section).append(conventions);
      if (section.contains("as above")) {
        sections.subList(0, i).forEach(scope::append);
      }
      Matcher ref = Pattern.compile("as in `([a-z]+)`").matcher(section);
      while (ref.find()) {
        int j = kinds.indexOf("exoplan." + ref.group(1) + "/1");
        if (j >= 0) {
          scope.append(sections.get(j));
        }
      }
      Set<String> documented = names(scope.toString());
      Set<String> fields = new LinkedHashSet<>();
      collect(schema, schema, fields, 0);
      List<String> missing = fields.stream().filter(f -> !documented.contains(f)).toList();
      soft.assertThat(missing).as("%s: fields not documented in docs/output-formats.md",
          kinds.get(i)).isEmpty();
      for (String path : tablePaths(section)) {
        soft.assertThat(resolves(schema, path)).as("%s: documented field %s exists in the schema",
            kinds.get(i), path).isTrue();
      }
    }
    soft.assertAll();
  }

  /** Every word in backticks, split at dots, brackets, braces, commas and colons. */
  static Set<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher t = TICKED.matcher(text);
    while (t.find()) {
      for (String part : t.group(1).split("[.\\[\\]{}(),:\"\\s]+")) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
    }
    return out;
  }

  /** The field paths in the first column of the section's tables ({@code sources[].date}). */
  static List<String> tablePaths(String section) {
    List<String> out = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.startsWith("| `")) {
        String first = line.substring(1, line.indexOf('|', 1));
        Matcher t = TICKED.matcher(first);
        while (t.find()) {
          out.add(t.group(1));
        }
      }
    }
    return out;
  }

  /** Property names anywhere in the schema, following $refs into $defs. */
  static void collect(JsonNode root, JsonNode node, Set<String> out, int depth) {
    if (depth > 40 || node == null) {
      return;
    }
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      collect(root, root.at(ref.substring(1)), out, depth + 1);
    }
    JsonNode props = node.get("properties");
    if (props != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.add(e.getKey());
        collect(root, e.getValue(), out, depth + 1);
      }
    }
    for (String key : List.of("items", "anyOf", "oneOf", "allOf")) {
      JsonNode sub = node.get(key);
      if (sub != null && sub.isArray()) {
        sub.forEach(s -> collect(root, s, out, depth + 1));
      } else if (sub != null) {
        collect(root, sub, out, depth + 1);
      }
    }
  }

  /** Whether {@code a.b[].c} names a property of the schema. */
  static boolean resolves(JsonNode root, String path) {
    List<JsonNode> nodes = List.of(root);
    for (String part : path.split("\\.")) {
      String key = part.replace("[]", "");
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode n : expand(root, nodes)) {
        JsonNode p = n.path("properties").get(key);
        if (p != null) {
          next.add(part.endsWith("[]") ? p.get("items") : p);
        }
      }
      nodes = next;
      if (nodes.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static List<JsonNode> expand(JsonNode root, List<JsonNode> nodes) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : nodes) {
      if (n == null) {
        continue;
      }
      out.add(n);
      if (n.has("$ref")) {
        out.addAll(expand(root, List.of(root.at(n.get("$ref").asText().substring(1)))));
      }
      for (String key : List.of("anyOf", "oneOf", "allOf")) {
        if (n.has(key)) {
          List<JsonNode> subs = new ArrayList<>();
          n.get(key).forEach(subs::add);
          out.addAll(expand(root, subs));
        }
      }
    }
    return out;
  }
}
