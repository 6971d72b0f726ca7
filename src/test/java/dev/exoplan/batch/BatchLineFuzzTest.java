package dev.exoplan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.pricing.PricingLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes as batch input: the hand-written scanner, when it reads a line at all, reads the same
 * request Jackson does; and the engine answers every line with exactly one output line, in order,
 * that is either the command's JSON or an error with exit 2 or 65 and a message — whatever the
 * bytes, and whether one worker or two run them.
 */
class BatchLineFuzzTest {
  static final Batch ONE = new Batch(PricingLoader.shipped(), 1);
  static final Batch TWO = new Batch(PricingLoader.shipped(), 2);
  static final JsonFactory STRICT =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest(maxDuration = "10s")
  void everyLineGetsOneAnswer(byte[] input) throws IOException {
    int lines = 0;
    int from = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n') {
        if (i < input.length || i > from) {
          lines++;
          sameRequest(input, from, i - from);
        }
        from = i + 1;
      }
    }
    String one = run(ONE, input, lines);
    assertThat(run(TWO, input, lines)).isEqualTo(one);
  }

  private static void sameRequest(byte[] b, int start, int length) {
    Request fast = Scanner.scan(b, start, length);
    if (fast == null) {
      return;
    }
    Request[] slow = new Request[1];
    assertThatCode(() -> slow[0] = Request.parse(STRICT, b, start, length))
        .as("Jackson reads what the scanner read: %s", new String(b, start, length, StandardCharsets.ISO_8859_1))
        .doesNotThrowAnyException();
    assertThat(fast.command()).isEqualTo(slow[0].command());
    assertThat(fast.options().names()).isEqualTo(slow[0].options().names());
    for (String name : fast.options().names()) {
      assertThat(fast.options().get(name)).as(name).isEqualTo(slow[0].options().get(name));
    }
  }

  private static String run(Batch batch, byte[] input, int lines) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Batch.Outcome outcome = batch.run(new ByteArrayInputStream(input), out, (l, b) -> { });
    assertThat(outcome.lines()).isEqualTo(lines);
    String text = out.toString(StandardCharsets.UTF_8);
    String[] results = text.isEmpty() ? new String[0] : text.split("\n", -1);
    assertThat(results).hasSize(lines == 0 ? 0 : lines + 1); // each line ends with \n
    long failed = 0;
    for (int i = 0; i < lines; i++) {
      JsonNode r = JSON.readTree(results[i]);
      assertThat(r.get("line").asLong()).isEqualTo(i + 1);
      if (r.has("error")) {
        failed++;
        assertThat(r.get("error").get("exit").asInt()).isIn(2, 65);
        assertThat(r.get("error").get("message").asText()).isNotBlank();
      } else {
        assertThat(r.get("schema").asText()).startsWith("exoplan.");
      }
    }
    assertThat(outcome.failed()).isEqualTo(failed);
    return text;
  }
}
