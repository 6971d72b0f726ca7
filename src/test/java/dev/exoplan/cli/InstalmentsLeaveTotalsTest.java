package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the payment section never changes a total. The JSON of plan, quote, clinics and budget
 * with {@code --instalments} is the JSON without it plus one field ({@code instalments},
 * {@code payments} or {@code financed}), whose figures add up: total paid = principal + interest,
 * and the principal is the document's own total.
 */
class InstalmentsLeaveTotalsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String[] LOAN = {"--instalments", "10", "--apr", "15", "--format", "json"};

  private static JsonNode run(String[] base, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of(base));
    args.addAll(List.of(more));
    var r = CliSupport.run(Path.of(""), args.toArray(new String[0]));
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  private static JsonNode without(String[] base, String field) throws Exception {
    ObjectNode with = (ObjectNode) run(base, LOAN);
    assertThat(with.has(field)).isTrue();
    JsonNode added = with.remove(field);
    assertThat(with).isEqualTo(run(base, "--format", "json"));
    return added;
  }

  private static void addsUp(JsonNode s, long principal) {
    assertThat(s.get("principal").asLong()).isEqualTo(principal);
    assertThat(s.get("totalPaid").asLong())
        .isEqualTo(s.get("principal").asLong() + s.get("interest").asLong());
  }

  @Test
  void planQuoteClinicsAndBudgetAreUnchanged() throws Exception {
    String[] plan = {"plan", "--method", "iv"};
    JsonNode p = without(plan, "instalments");
    JsonNode total = run(plan, "--format", "json").get("total");
    for (String end : new String[] {"low", "typical", "high"}) {
      addsUp(p.get(end), total.get(end).asLong());
    }
    String[] quote = {"quote", "--pricing", "pricing/example-clinic.yaml", "--patient", "P",
        "--method", "iv", "--date", "2026-11-21"};
    JsonNode q = without(quote, "payments");
    JsonNode qj = run(quote, "--format", "json");
    addsUp(q, qj.get("total").asLong());
    addsUp(q.get("minimum"), qj.get("minimum").get("total").asLong());
    without(new String[] {"clinics", "pricing/example-clinic.yaml", "--method", "iv", "--date",
        "2026-11-21"}, "instalments");
    JsonNode b = without(new String[] {"budget", "--monthly", "2万", "--method", "iv"}, "financed");
    assertThat(b.get("first").asLong()).isLessThanOrEqualTo(20_000);
    assertThat(b.get("last").asLong()).isLessThanOrEqualTo(20_000);
  }
}
