package dev.exoplan.report.clinics;

import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.clinics.ClinicComparison.Row;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.quote.MarketCheck;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.report.quote.QuoteWords;
import dev.exoplan.report.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comparison's words in one language, shared by text, Markdown and HTML: the headline, the
 * plan, each row's cells, the market checks with their sources, the clinics that cannot quote and
 * the files that could not be read, and the notes.
 */
public final class ClinicsWords {
  private final Words w;
  private final QuoteWords qw;
  private final Optional<ContractRules> rules;

  public ClinicsWords(Words words) {
    this(words, Optional.empty());
  }

  /** With the column on stopping after the 3rd session under {@code rules} (issue 23). */
  public ClinicsWords(Words words, Optional<ContractRules> rules) {
    this.w = words;
    this.qw = new QuoteWords(words);
    this.rules = rules;
  }

  public Words words() {
    return w;
  }

  public String title(ClinicComparison c) {
    return c.rows().isEmpty() ? w.get("clinics.title.none", w.method(c.method()))
        : w.get(c.rows().size() == 1 ? "clinics.title.one" : "clinics.title", c.rows().size(),
            w.method(c.method()));
  }

  /** The plan compared, its sessions and the date of the lists. */
  public String plan(ClinicComparison c) {
    List<String> phases = new ArrayList<>();
    for (Phase p : c.plan().phases()) {
      if (p.sessions().high() > 0) {
        phases.add(w.get("quote.plan.phase", w.phase(p.kind()), w.counts(p.sessions())));
      }
    }
    return w.get("clinics.plan", w.list(phases),
        c.plan().protocol().map(dev.exoplan.domain.catalog.Protocol::id).orElse("-"),
        w.counts(c.plan().sessions()), c.date());
  }

  /** What else was asked for: the item, the volume, member prices; empty when nothing was. */
  public Optional<String> options(ClinicComparison c) {
    List<String> parts = new ArrayList<>();
    c.item().ifPresent(i -> parts.add(w.get("clinics.option.item", i)));
    c.cc().ifPresent(cc -> parts.add(w.get("clinics.option.cc", w.counts(cc))));
    c.dose().ifPresent(d -> parts.add(w.get("clinics.option.dose", w.counts(d)))); // issue 19
    if (c.member()) {
      parts.add(w.get("clinics.option.member"));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(w.list(parts));
  }

  public List<String> headers() {
    List<String> out = new ArrayList<>(List.of(w.get("clinics.col.clinic"),
        w.get("clinics.col.total"), w.get("clinics.col.per.session"),
        w.get("clinics.col.upfront"), w.get("clinics.col.third"), w.get("clinics.col.tax"),
        w.get("clinics.col.effective"), w.get("clinics.col.market"), w.get("clinics.col.fees")));
    rules.ifPresent(x -> out.add(w.get("clinics.col.act")));
    return out;
  }

  public List<String> cells(int rank, Row r) {
    List<String> out = new ArrayList<>(List.of(w.get("clinics.ranked", rank, name(r)), total(r),
        perSession(r), upfront(r), third(r), tax(r), effective(r), market(r), fees(r)));
    rules.ifPresent(x -> out.add(ClinicsRisk.cell(r, x, w)));
    return out;
  }

  public String name(Row r) {
    return r.clinic().name().in(w.lang());
  }

  private String span(Money a, Money b) {
    return a.equals(b) ? w.money(a) : w.get("range", w.money(a), w.money(b));
  }

  private String floor(Row r, String s) {
    return r.lowerBound() ? w.get("clinics.lower", s) : s;
  }

  /** The totals of the minimum and the full plan; "or more" when a "from" price is used. */
  public String total(Row r) {
    String s = span(r.total().low(), r.total().high());
    return onRequest(r, r.lowerBound() ? w.get("clinics.lower", s) : s);
  }

  /** Issue 19: a total marked as excluding the row's fees on request (要問合せ), by name. */
  private String onRequest(Row r, String total) {
    if (r.onRequest().isEmpty()) {
      return total;
    }
    return w.get("quote.on.request.label", total, w.list(r.onRequest().stream()
        .map(f -> f.name().in(w.lang())).toList()));
  }

  public String perSession(Row r) {
    // issue 18: a floor wherever the totals are one
    return r.perSession().map(p -> floor(r, span(p.low(), p.high()))).orElse(w.get("unknown"));
  }

  /** The courses committed to up front, per plan, each with the sessions it covers. */
  public String upfront(Row r) {
    // issue 18: a course only one plan buys is named under that plan (ClinicsUpfront)
    return new ClinicsUpfront(w).cell(r);
  }

  public String third(Row r) {
    // issue 18: on the basis of the row's totals (tax added for a tax-excluded list); when only
    // the maximum plan reaches a 3rd session, the figure is named as that plan's
    String s = r.thirdShown().map(t -> floor(r, span(t.low(), t.high())))
        .orElse(w.get("clinics.third.none"));
    boolean minReaches = r.quote().minimum().map(m -> m.purchase().paidByThird().isPresent())
        .orElse(true);
    if (r.thirdShown().isPresent() && !minReaches) {
      return w.get("clinics.upfront.plans",
          w.get("clinics.upfront.plan", w.get("quote.col.minimum"), w.get("clinics.third.none")),
          w.get("clinics.upfront.plan", w.get("quote.col.full"), s));
    }
    return s;
  }

  public String tax(Row r) {
    TaxBasis b = r.clinic().taxBasis();
    return b == TaxBasis.EXCLUDED ? w.get("clinics.tax.excluded", r.clinic().taxRatePercent())
        : w.get("clinics.tax." + b.id());
  }

  public String effective(Row r) {
    return w.date(r.clinic().menu().effective());
  }

  /** The market check in a word: within, above, below, promotion, or not checked. */
  public String market(Row r) {
    if (!r.marketChecked()) {
      return w.get("clinics.market.none");
    }
    List<String> levels = new ArrayList<>();
    for (MarketCheck m : r.quote().checks()) {
      String l = w.get("clinics.market." + m.level().id());
      if (!levels.contains(l)) {
        levels.add(l);
      }
    }
    return levels.isEmpty() ? w.get("clinics.market.ok") : w.list(levels);
  }

  public String fees(Row r) {
    List<String> out = new ArrayList<>();
    for (ClinicComparison.FeeLine f : r.fees()) {
      // issue 19: a revisit fee, or a first-visit fee charged again after a lapse, says so
      String key = f.fee().revisit() ? "clinics.fee.revisit" : f.fee().perVisit()
          ? "clinics.fee.visit" : f.fee().lapseMonths().isPresent() ? "clinics.fee.again"
          : "clinics.fee";
      out.add(w.get(key,
          f.fee().name().in(w.lang()), w.money(f.fee().price().amount()), w.money(f.amount())));
    }
    for (dev.exoplan.domain.menu.Fee f : r.onRequest()) { // issue 19: never a figure
      out.add(w.get("clinics.fee", f.name().in(w.lang()), w.get("quote.on.request")));
    }
    return out.isEmpty() ? w.get("clinics.none") : w.list(out);
  }

  /** One market-check sentence and where it is cited. */
  public record Check(String text, String cited, String level) {}

  public List<Check> checks(Row r) {
    List<Check> out = new ArrayList<>();
    if (!r.marketChecked()) {
      out.add(new Check(w.get("quote.market.none", r.quote().item().name()
          .map(n -> n.in(w.lang())).orElse(r.quote().item().id())), "", "none"));
      return out;
    }
    List<String> texts = market(r.quote());
    List<MarketCheck> checks = r.quote().checks();
    if (checks.isEmpty()) {
      out.add(new Check(w.get("clinics.market.within", w.method(r.quote().method()),
          MarketCheck.BELOW_TOLERANCE_PERCENT), "", "ok"));
      return out;
    }
    for (int i = 0; i < checks.size(); i++) {
      out.add(new Check(texts.get(i), qw.cites(checks.get(i).cites()),
          checks.get(i).level().id()));
    }
    return out;
  }

  /** The market check of each price a clinic's quote uses, in the quote's words. */
  private List<String> market(dev.exoplan.domain.quote.Quote q) {
    List<String> out = new ArrayList<>();
    for (MarketCheck c : q.checks()) {
      String item = switch (c.item()) {
        case COURSE -> w.get("quote.market.item.course", c.course().orElseThrow().name().in(w.lang()));
        case FIRST_VISIT -> w.get("quote.market.item.first-visit");
        default -> w.get("quote.market.item.session");
      };
      // issue 18: a list that does not state its tax basis is compared as listed, and says so
      String asListed = q.clinic().taxBasis() == dev.exoplan.domain.menu.TaxBasis.NOT_STATED
          ? ".as-listed" : "";
      out.add(w.get("quote.market." + c.level().id() + asListed, item, w.money(c.unit()),
          w.money(c.bound()),
          c.boundSource(), MarketCheck.BELOW_TOLERANCE_PERCENT));
    }
    return out;
  }

  public String excluded(ClinicComparison.Excluded e) {
    return w.get("clinics.excluded.line", e.name().in(w.lang()), e.id(), e.file(),
        w.say(e.reason()));
  }

  public String unreadable(ClinicComparison.Unreadable u) {
    return u.where() + ": " + u.message().map(w::say).orElse(u.text());
  }

  /** The notes under the table: what the figures mean, and what the sources advise. */
  public List<String> notes(ClinicComparison c) {
    List<String> out = new ArrayList<>();
    out.add(w.get("clinics.note.totals"));
    if (c.rows().stream().anyMatch(Row::lowerBound)) {
      out.add(w.get("clinics.note.lower"));
    }
    for (Row r : c.rows()) {
      if (r.clinic().taxBasis() == TaxBasis.NOT_STATED) {
        out.add(w.get("clinics.note.not-stated", name(r)));
      } else if (r.clinic().taxBasis() == TaxBasis.EXCLUDED) {
        out.add(w.get("clinics.note.tax-excluded", name(r), r.clinic().taxRatePercent()));
      }
    }
    out.add(w.get("clinics.note.upfront"));
    out.add(w.get("clinics.note.third"));
    rules.ifPresent(x -> out.add(w.get("clinics.note.act"))); // issue 23
    out.add(w.get("clinics.note.quotes"));
    return out;
  }

  public List<String> sources(List<Source> sources) {
    return sources.stream().map(s -> w.get("source.line", s.id(), s.summary().in(w.lang()),
        w.date(s.date()), "pricing/sources/" + s.file())).toList();
  }

  /** The bar chart's caption and a bar's value text. */
  public String chartTitle() {
    return w.get("clinics.chart");
  }
}
