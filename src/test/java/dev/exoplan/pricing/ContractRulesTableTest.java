package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.contract.CreditRules;
import dev.exoplan.domain.value.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped rule for course contracts (issue 23): every figure cites a source the table lists. */
class ContractRulesTableTest {
  static String shipped() throws Exception {
    return Files.readString(Path.of(ContractRulesTable.SHIPPED), StandardCharsets.UTF_8);
  }

  /** The tree the build compiles (issue 21) is the YAML's, position by position. */
  @Test
  void theCompiledTreeIsTheYamls() throws Exception {
    assertThat(ContractRulesTable.class.getResource(ContractRulesTable.COMPILED)).isNotNull();
    Node yaml = TreeReader.read(ContractRulesTable.SHIPPED, ContractRulesTable.content(), true);
    assertThat(ContractRulesTable.shippedTree()).isEqualTo(yaml);
    assertThat(TreeCodecTest.keyOrder(ContractRulesTable.shippedTree()))
        .isEqualTo(TreeCodecTest.keyOrder(yaml));
  }

  @Test
  void theShippedTableReadsAndNamesItsSources() {
    ContractRules r = ContractRulesTable.shipped();
    assertThat(r.sources()).extracting(ContractRules.Cite::id)
        .contains("act-41", "act-48", "act-49", "order-12", "order-table4", "kokusen-faq-2021-05");
    assertThat(r.sources()).allSatisfy(c -> assertThat(c.where()).startsWith("http"));
  }

  @Test
  void aFigureCitingASourceTheTableDoesNotListIsRefused() throws Exception {
    String bad = shipped().replace("capPercent: [act-49, order-table4,",
        "capPercent: [act-49, order-table5,");
    assertThat(bad).isNotEqualTo(shipped());
    assertThatThrownBy(() -> ContractRulesTable.parse(bad.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("a source id listed under sources");
  }

  @Test
  void aFigureCitingNothingIsRefused() throws Exception {
    String bad = shipped().replace("capAfterStart: [act-49, order-table4, yamada-shiho-4565]",
        "capAfterStart: []");
    assertThat(bad).isNotEqualTo(shipped());
    assertThatThrownBy(() -> ContractRulesTable.parse(bad.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("cites no source");
  }

  // issue 23, third part: a course paid through a lender
  @Test
  void theCreditSectionReadsWithItsFigures() {
    CreditRules c = ContractRulesTable.shippedCredit();
    assertThat(c.defenceMinTotal()).isEqualTo(Money.yen(40_000));
    assertThat(c.periodOverMonths()).isEqualTo(2);
    assertThat(c.coolingOffDays()).isEqualTo(8);
    assertThat(ContractRulesTable.shipped().sources()).extracting(ContractRules.Cite::id)
        .contains("shinohara-2017-kouben", "nagoya-kouben", "naiyou-kobetsu", "yamanaka-kobetsu",
            "yamada-shiho-4565", "jlt-order");
  }

  @Test
  void aCreditFigureCitingASourceTheTableDoesNotListIsRefused() throws Exception {
    String bad = shipped().replace("defenceMinTotal: [shinohara-2017-kouben,",
        "defenceMinTotal: [shinohara-2016,");
    assertThat(bad).isNotEqualTo(shipped());
    assertThatThrownBy(() -> ContractRulesTable.parseCredit(bad.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("a source id listed under sources");
  }

  @Test
  void theRuleForStoppingPaymentAfterCancellingMustCiteASource() throws Exception {
    String bad = shipped().replace(
        "defenceOnCancellation: [shinohara-2017-kouben, esthe-kaiyaku-kouben, cuore-kouben]",
        "defenceOnCancellation: []");
    assertThat(bad).isNotEqualTo(shipped());
    assertThatThrownBy(() -> ContractRulesTable.parseCredit(bad.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("defenceOnCancellation cites no source");
  }
}
