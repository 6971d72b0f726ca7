package dev.exoplan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.pricing.PricingLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Issue 14: batch memory is bounded in bytes, whatever the input. The fuzzer writes request lines
 * that are valid but heavy (compare over up to 1200 months, plans of up to 100,000 sessions with a
 * dated schedule, long values, many distinct cache keys) and picks a thread count up to 32; the
 * engine must answer every line in order, keep its chunk buffers under {@link Batch#BOUND} and
 * its caches under {@link Answers#CACHE_BYTES} and {@link LineCache#BOUND}, and give no result line
 * over {@link Batch#MAX_RESULT}, in the full form and the summary form.
 * The output is checked as it streams, never held whole.
 */
class BatchMemoryFuzzTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String[] METHODS = {"iv", "injection", "scalp", "topical", "drip"};
  static final String[] PROTOCOLS = {"003-standard", "004-beauty", "004-aga", "001-regular", "x"};

  @FuzzTest(maxDuration = "10s")
  void memoryStaysBounded(FuzzedDataProvider data) throws IOException {
    int threads = data.consumeInt(1, 32);
    StringBuilder in = new StringBuilder();
    int lines = data.consumeInt(0, 300);
    for (int i = 0; i < lines && in.length() < 4_000_000; i++) {
      in.append(line(data)).append('\n');
    }
    Form form = data.consumeBoolean() ? Form.SUMMARY : Form.FULL;
    Batch batch = new Batch(PricingLoader.shipped(), threads, java.time.LocalDate.now(), form, false);
    Checking out = new Checking();
    Batch.Outcome outcome = batch.run(
        new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)), out, (l, b) -> { });
    out.close();
    assertThat(outcome.lines()).isEqualTo(out.lines);
    assertThat(outcome.failed()).isEqualTo(out.failed);
    assertThat(batch.peakBytes()).as("chunk buffers").isLessThanOrEqualTo(Batch.BOUND);
    assertThat(batch.cachedBytes()).as("cache").isLessThanOrEqualTo(Answers.CACHE_BYTES);
    assertThat(batch.lineCacheBytes()).as("line cache").isLessThanOrEqualTo(LineCache.BOUND);
  }

  private static String line(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 4)) {
      case 0 -> {
        return "{\"command\":\"compare\",\"months\":" + data.consumeInt(1, 1200)
            + (data.consumeBoolean() ? ",\"method\":\"" + pick(data, METHODS) + "\"" : "")
            + (data.consumeBoolean() ? ",\"protocol\":\"" + pick(data, PROTOCOLS) + "\"" : "") + "}";
      }
      case 1 -> {
        int a = data.consumeInt(0, 100_000);
        int b = data.consumeInt(0, 100_000);
        return "{\"command\":\"plan\",\"method\":\"" + pick(data, METHODS) + "\",\"intensive\":\""
            + Math.min(a, b) + ".." + Math.max(a, b) + "\",\"maintenance\":" + data.consumeInt(0, 100_000)
            + (data.consumeBoolean() ? ",\"start\":\"2026-12-01\"" : "") + "}";
      }
      case 2 -> {
        return "{\"command\":\"plan\",\"method\":\"" + pick(data, METHODS)
            + "\",\"maintenance-every\":\"" + data.consumeInt(1, 600) + (data.consumeBoolean() ? "w" : "m")
            + "\",\"months\":" + data.consumeInt(1, 1200)
            + (data.consumeBoolean() ? ",\"start\":\"2026-12-01\"" : "") + "}";
      }
      case 3 -> {
        int n = data.consumeInt(0, 70_000);
        return "{\"command\":\"plan\",\"method\":\"iv\",\"price\":\"1" + " ".repeat(n) + "x\"}";
      }
      default -> {
        return "{\"command\":\"estimate\",\"method\":\"" + pick(data, METHODS) + "\",\"source\":\""
            + data.consumeAsciiString(40).replace("\\", "").replace("\"", "") + "\"}";
      }
    }
  }

  private static String pick(FuzzedDataProvider data, String[] from) {
    return from[data.consumeInt(0, from.length - 1)];
  }

  /** Checks each result line as it arrives: numbered in order, JSON, at most MAX_RESULT bytes. */
  static final class Checking extends OutputStream {
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    long lines;
    long failed;

    @Override
    public void write(int b) throws IOException {
      if (b == '\n') {
        finish();
      } else {
        line.write(b);
        assertThat(line.size()).as("result line size").isLessThanOrEqualTo(Batch.MAX_RESULT);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int from = off;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          line.write(b, from, i - from);
          assertThat(line.size()).as("result line size").isLessThanOrEqualTo(Batch.MAX_RESULT);
          finish();
          from = i + 1;
        }
      }
      line.write(b, from, off + len - from);
      assertThat(line.size()).as("result line size").isLessThanOrEqualTo(Batch.MAX_RESULT);
    }

    private void finish() throws IOException {
      JsonNode r = JSON.readTree(line.toByteArray());
      lines++;
      assertThat(r.get("line").asLong()).isEqualTo(lines);
      if (r.has("error")) {
        failed++;
        assertThat(r.get("error").get("exit").asInt()).isIn(2, 65);
      }
      line.reset();
    }

    @Override
    public void close() {
      assertThat(line.size()).as("a last line without its newline").isZero();
    }
  }
}
