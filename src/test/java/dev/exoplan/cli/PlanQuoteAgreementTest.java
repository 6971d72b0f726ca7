package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code plan --pricing CLINIC} and {@code quote} buy through the same purchase planner, so for a
 * tax-included list without automatic discounts they give the same totals: the plan's low and high
 * are the quote's minimum and full totals. Includes the case: singles at 100,000 and a
 * 5-session course at 440,000, 3 intensive + 2 maintenance sessions, 440,000 by both.
 */
class PlanQuoteAgreementTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @CsvSource({
    "src/test/data/pricing/docs/courses.yaml, iv, 3, 2, 440000, 440000",
    "src/test/data/pricing/docs/courses.yaml, iv, 3..5, 1..2, 400000, 640000",
    "src/test/data/pricing/docs/validity.yaml, iv, 3..5, 1..2, 370000, 640000",
    "src/test/data/pricing/docs/fees.yaml, topical, 3..5, 1..2, 203300, 353300",
    "pricing/example-clinic.yaml, iv, 3..5, 1..2, 415800, 690800",
    "pricing/example-clinic.yaml, injection, 2..6, 0..3, 135300, 537900",
  })
  void planAndQuoteGiveTheSameTotals(String clinic, String method, String intensive,
      String maintenance, long low, long high) throws Exception {
    var plan = CliSupport.run(Path.of(""), "plan", "--pricing", clinic, "--method", method,
        "--intensive", intensive, "--maintenance", maintenance, "--format", "json");
    assertThat(plan.exit()).as(plan.err()).isZero();
    JsonNode p = JSON.readTree(plan.out());
    var quote = CliSupport.run(Path.of(""), "quote", "--pricing", clinic, "--method", method,
        "--patient", "P", "--intensive", intensive, "--maintenance", maintenance,
        "--date", "2026-11-21", "--format", "json");
    assertThat(quote.exit()).as(quote.err()).isZero();
    JsonNode q = JSON.readTree(quote.out());
    long quoteLow = q.get("minimum").isNull() ? q.get("total").asLong()
        : q.get("minimum").get("total").asLong();
    assertThat(p.get("total").get("low").asLong()).isEqualTo(quoteLow).isEqualTo(low);
    assertThat(p.get("total").get("high").asLong()).isEqualTo(q.get("total").asLong())
        .isEqualTo(high);
  }
}
