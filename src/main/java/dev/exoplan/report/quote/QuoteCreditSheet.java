package dev.exoplan.report.quote;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.contract.CreditRules;
import dev.exoplan.domain.contract.CreditTerms;
import dev.exoplan.domain.contract.CreditTerms.Lender;
import dev.exoplan.domain.contract.CreditTerms.Why;
import dev.exoplan.domain.instalment.Terms;
import dev.exoplan.domain.quote.QuoteCredit;
import dev.exoplan.domain.quote.QuoteCredit.PlanCredit;
import dev.exoplan.report.Words;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The payment section's sentences on the lender (issue 23, {@code --instalments}): the loan is a
 * separate contract; per plan, whether a patient who cancels the course under the Act may also stop
 * paying the lender (抗弁の接続) and whether the loan itself may be cooled off; the sources. The loan
 * of {@code --apr}/{@code --addon-rate} is taken to be an individual credit arranged for the
 * contract (docs/instalments.md).
 */
public record QuoteCreditSheet(List<String> lines, String sources) {
  public QuoteCreditSheet {
    lines = List.copyOf(lines);
  }

  /** The table's sources for the credit section (pricing/course-contracts.yaml, {@code credit}). */
  static final List<String> SOURCES = List.of("shinohara-2017-kouben", "nagoya-kouben",
      "aiful-kouben", "kotoba-kouben", "naiyou-kobetsu", "yamanaka-kobetsu",
      "esthe-kaiyaku-kouben", "cuore-kouben");

  /** The terms of each plan, when the quote has payments, a cancellation section and the rules. */
  static Optional<QuoteCredit> credit(QuoteReport r) {
    if (r.instalments().isEmpty() || r.cancellation().isEmpty() || r.credit().isEmpty()) {
      return Optional.empty();
    }
    Terms t = r.instalments().get();
    CreditRules rules = r.credit().get();
    return Optional.of(QuoteCredit.of(r.cancellation().get(), QuotePayments.minimum(r, t),
        QuotePayments.full(r, t), Lender.INDIVIDUAL_CREDIT, rules));
  }

  static Optional<QuoteCreditSheet> build(QuoteReport r, Words words) {
    return credit(r).map(c -> build(c, r.credit().orElseThrow(), new QuoteWords(words)));
  }

  private static QuoteCreditSheet build(QuoteCredit c, CreditRules rules, QuoteWords w) {
    List<String> lines = new ArrayList<>();
    lines.add(w.get("instalment.credit.separate"));
    c.minimum().ifPresent(m -> lines.add(plan(w.planName(true), m, rules, w)));
    lines.add(plan(c.minimum().isPresent() ? w.planName(false) : w.get("quote.cancel.plan"),
        c.full(), rules, w));
    return new QuoteCreditSheet(lines,
        w.get("instalment.credit.sources", String.join(", ", SOURCES)));
  }

  private static String plan(String name, PlanCredit p, CreditRules rules, QuoteWords w) {
    CreditTerms t = p.terms();
    String stop = switch (t.stopPayingWhy()) {
      case HOLDS -> w.get("instalment.credit.stop.holds");
      case UNDER_MINIMUM -> w.get("instalment.credit.stop.minimum", w.money(p.totalPaid()),
          w.money(rules.defenceMinTotal()));
      case SHORT_CREDIT -> w.get("instalment.credit.stop.short", rules.periodOverMonths());
      case NOT_UNDER_ACT -> w.get(p.buysCourse() ? "instalment.credit.stop.notact"
          : "instalment.credit.stop.nocourse");
      case ACT_UNKNOWN -> w.get("instalment.credit.stop.unknown", w.get("quote.cancel.heading"));
      case NOT_STATED_FOR_CARDS -> throw cards();
    };
    String cool = switch (t.coolOffWhy()) {
      case HOLDS -> w.get("instalment.credit.cool.holds", rules.coolingOffDays());
      case NOT_UNDER_ACT -> w.get("instalment.credit.cool.notact");
      case SHORT_CREDIT -> w.get("instalment.credit.cool.short");
      case ACT_UNKNOWN -> w.get("instalment.credit.cool.unknown", rules.coolingOffDays());
      case UNDER_MINIMUM, NOT_STATED_FOR_CARDS -> throw cards();
    };
    String head = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    return w.get("instalment.credit.plan", head, w.money(p.totalPaid()), p.instalments(), stop,
        cool);
  }

  /** The quote's loans are individual credits: the card's verdicts are never asked for here. */
  private static IllegalStateException cards() {
    return new IllegalStateException("a quote's loan is an individual credit");
  }

  /**
   * {@code "creditTerms"}: {@code {lender, minimum, full, sources}}, each plan
   * {@code {buysCourse, totalPaid, stopPaying, stopPayingWhy, coolOff, coolOffWhy}} (the verdicts
   * true, false or null when unknown) and {@code minimum} null for a single plan.
   */
  static void json(JsonGenerator g, QuoteCredit c) throws IOException {
    g.writeObjectFieldStart("creditTerms");
    g.writeStringField("lender", id(c.lender().name()));
    g.writeFieldName("minimum");
    if (c.minimum().isPresent()) {
      plan(g, c.minimum().get());
    } else {
      g.writeNull();
    }
    g.writeFieldName("full");
    plan(g, c.full());
    g.writeArrayFieldStart("sources");
    for (String s : SOURCES) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void plan(JsonGenerator g, PlanCredit p) throws IOException {
    CreditTerms t = p.terms();
    g.writeStartObject();
    g.writeBooleanField("buysCourse", p.buysCourse());
    g.writeNumberField("totalPaid", p.totalPaid().minor());
    verdict(g, "stopPaying", t.stopPaying(), t.stopPayingWhy(), p.buysCourse());
    verdict(g, "coolOff", t.coolOff(), t.coolOffWhy(), p.buysCourse());
    g.writeEndObject();
  }

  private static void verdict(JsonGenerator g, String name, Optional<Boolean> v, Why why,
      boolean buysCourse) throws IOException {
    if (v.isPresent()) {
      g.writeBooleanField(name, v.get());
    } else {
      g.writeNullField(name);
    }
    g.writeStringField(name + "Why",
        why == Why.NOT_UNDER_ACT && !buysCourse ? "no-course" : id(why.name()));
  }

  private static String id(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
