package dev.exoplan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.cli.CliSupport;
import dev.exoplan.pricing.PricingLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A batch result is the JSON the command prints with {@code --format json}, plus its line number:
 * every request here is run both ways and compared; and the hand-written plan writer is byte for
 * byte the Jackson renderer's compact output.
 */
class BatchEquivalenceTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static final Map<String, List<String>> REQUESTS = Map.of(
      "{\"command\":\"plan\",\"method\":\"iv\",\"price\":\"100000\",\"intensive\":\"5\",\"maintenance\":\"2\"}",
      List.of("plan", "--method", "iv", "--price", "100000", "--intensive", "5", "--maintenance", "2"),
      "{\"command\":\"plan\",\"method\":\"iv\"}", List.of("plan", "--method", "iv"),
      "{\"command\":\"plan\",\"method\":\"scalp\",\"protocol\":\"004-aga\",\"start\":\"2027-01-31\"}",
      List.of("plan", "--method", "scalp", "--protocol", "004-aga", "--start", "2027-01-31"),
      "{\"command\":\"plan\",\"method\":\"iv\",\"protocol\":\"001-regular\",\"months\":6,\"source\":\"004\"}",
      List.of("plan", "--method", "iv", "--protocol", "001-regular", "--months", "6", "--source", "004"),
      "{\"command\":\"plan\",\"method\":\"injection\",\"protocol\":\"004-beauty\",\"maintenance\":\"1..2\",\"price\":\"10万〜20万\",\"start\":\"2026-12-01\"}",
      List.of("plan", "--method", "injection", "--protocol", "004-beauty", "--maintenance", "1..2",
          "--price", "10万〜20万", "--start", "2026-12-01"),
      "{\"command\":\"estimate\",\"method\":\"iv\"}", List.of("estimate", "--method", "iv"),
      "{\"command\":\"estimate\",\"method\":\"scalp\",\"source\":\"004\"}",
      List.of("estimate", "--method", "scalp", "--source", "004"),
      "{\"command\":\"compare\",\"months\":24,\"method\":\"iv\"}",
      List.of("compare", "--months", "24", "--method", "iv"),
      "{\"command\":\"compare\"}", List.of("compare"));

  @Test
  void everyResultIsTheCommandsJsonPlusItsLine() throws Exception {
    List<String> lines = new ArrayList<>(REQUESTS.keySet());
    Batch batch = new Batch(PricingLoader.shipped(), 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var outcome = batch.run(new ByteArrayInputStream(
        String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), out, (l, b) -> { });
    assertThat(outcome.failed()).isZero();
    String[] results = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(results).hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      ObjectNode result = (ObjectNode) JSON.readTree(results[i]);
      assertThat(result.remove("line").asInt()).isEqualTo(i + 1);
      List<String> args = new ArrayList<>(REQUESTS.get(lines.get(i)));
      args.addAll(List.of("--format", "json"));
      var r = CliSupport.run(Path.of("").toAbsolutePath(), args.toArray(String[]::new));
      assertThat(r.exit()).isZero();
      JsonNode command = JSON.readTree(r.out());
      assertThat(result).as("batch line %d: %s", i + 1, lines.get(i)).isEqualTo(command);
    }
  }

  @Test
  void theFastPlanWriterIsByteForByteTheRenderer() throws Exception {
    var catalog = PricingLoader.shipped();
    Batch batch = new Batch(catalog, 1);
    // thousands of varied plans, as the benchmark generates them, plus schedules and clinics
    Process gen = new ProcessBuilder("sh", "bench/gen-plan-requests.sh", "3000").start();
    String requests = new String(gen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(gen.waitFor()).isZero();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    batch.run(new ByteArrayInputStream(requests.getBytes(StandardCharsets.UTF_8)), out, (l, b) -> { });
    String[] results = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(results).hasSize(3000);
    int checked = 0;
    for (String line : results) {
      JsonNode tree = JSON.readTree(line);
      if (tree.has("error")) {
        continue;
      }
      // the renderer's compact output of the same tree must be exactly our bytes
      StringWriter w = new StringWriter();
      JSON.writeValue(w, tree);
      assertThat(line).isEqualTo(w.toString());
      checked++;
    }
    assertThat(checked).isGreaterThan(2900);
  }
}
