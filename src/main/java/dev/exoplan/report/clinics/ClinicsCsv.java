package dev.exoplan.report.clinics;

import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.clinics.ClinicComparison.Row;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.quote.MarketCheck;
import dev.exoplan.domain.quote.QuoteScenario;
import dev.exoplan.domain.value.Money;
import dev.exoplan.report.csv.CsvWriter;
import dev.exoplan.report.Words;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comparison as CSV: one row per clinic, the ones that quote cheapest first ({@code status}
 * {@code quoted}), then those that cannot ({@code excluded}) and the files that could not be read
 * ({@code unreadable}), each with the reason; their figure cells are empty.
 */
public final class ClinicsCsv {
  static final String[] COLUMNS = {
    "status", "rank", "id", "name_ja", "name_en", "file", "item", "currency", "total_low",
    "total_high", "sessions_low", "sessions_high", "per_session_low", "per_session_high",
    "lower_bound", "fees_ja", "fees_en", "fees_amount", "upfront_low", "upfront_high",
    "paid_by_third_low", "paid_by_third_high", "tax_basis", "tax_rate_percent",
    "total_before_tax_low", "total_before_tax_high", "effective",
    "market_check", "reason_ja", "reason_en", "act_applies", "act_after_third_low",
    "act_after_third_high", "on_request"
  };

  /** The columns from {@code item} to {@code market_check}, empty for a clinic that cannot quote. */
  private static final int FIGURES = 22;

  private ClinicsCsv() {}

  public static void write(CsvWriter csv, ClinicsReport r) throws IOException {
    ClinicsWords ja = new ClinicsWords(new Words(Lang.JA, false));
    ClinicsWords en = new ClinicsWords(new Words(Lang.EN, false));
    csv.header(COLUMNS);
    ClinicComparison c = r.comparison();
    int rank = 1;
    for (Row row : c.rows()) {
      csv.text("quoted").number(rank++).text(row.clinic().id())
          .text(row.clinic().name().ja()).text(row.clinic().name().en()).text(row.file())
          .text(row.quote().item().id()).text(row.clinic().currency().getCurrencyCode());
      pair(csv, Optional.of(row.low()), Optional.of(row.high()));
      csv.number(row.sessionsLow()).number(row.sessionsHigh());
      pair(csv, row.perSession().map(ClinicComparison.Span::low),
          row.perSession().map(ClinicComparison.Span::high));
      csv.bool(row.lowerBound());
      if (row.fees().isEmpty()) {
        csv.empty().empty();
      } else {
        csv.text(ja.fees(row)).text(en.fees(row));
      }
      Money fees = Money.zero(row.clinic().currency());
      for (ClinicComparison.FeeLine f : row.fees()) {
        fees = fees.plus(f.amount());
      }
      csv.number(fees.minor());
      // issue 18, one tax rule (docs/tax.md): every amount on the totals' basis, tax added for a
      // tax-excluded list; its totals before tax in their own two columns, empty for other lists
      pair(csv, Optional.of(row.upfrontLowShown()), Optional.of(row.upfrontHighShown()));
      pair(csv, row.thirdShown().map(ClinicComparison.Span::low),
          row.thirdShown().map(ClinicComparison.Span::high));
      csv.text(row.clinic().taxBasis().id()).number(row.clinic().taxRatePercent());
      if (row.clinic().taxBasis() == dev.exoplan.domain.menu.TaxBasis.EXCLUDED) {
        QuoteScenario min = row.quote().minimum().orElse(row.quote().full());
        pair(csv, Optional.of(min.total().minus(min.tax())),
            Optional.of(row.quote().full().total().minus(row.quote().full().tax())));
      } else {
        csv.empty().empty();
      }
      if (row.clinic().menu().effective().isPresent()) {
        csv.text(row.clinic().menu().effective().get().toString());
      } else {
        csv.empty();
      }
      csv.text(market(row)).empty().empty();
      // issue 23: stopping after the 3rd session where the Act applies (applies: true, false, unknown)
      Optional<dev.exoplan.domain.quote.StopRisk> risk = r.rules().flatMap(x -> ClinicsRisk.of(row, x));
      if (risk.isPresent()) {
        csv.text(risk.get().applies().map(String::valueOf).orElse("unknown"))
            .number(risk.get().low().minor()).number(risk.get().high().minor());
      } else {
        csv.empty().empty().empty();
      }
      // issue 19: the fees on request by id, which every amount of the row excludes
      if (row.onRequest().isEmpty()) {
        csv.empty();
      } else {
        csv.text(String.join(";", row.onRequest().stream().map(f -> f.id()).toList()));
      }
      csv.endRow();
    }
    for (ClinicComparison.Excluded e : c.excluded()) {
      csv.text("excluded").empty().text(e.id()).text(e.name().ja()).text(e.name().en())
          .text(e.file());
      for (int i = 0; i < FIGURES; i++) {
        csv.empty();
      }
      csv.text(ja.words().say(e.reason())).text(en.words().say(e.reason()));
      csv.empty().empty().empty().empty();
      csv.endRow();
    }
    for (ClinicComparison.Unreadable u : r.unreadable()) {
      csv.text("unreadable").empty().empty().empty().empty().text(u.file());
      for (int i = 0; i < FIGURES; i++) {
        csv.empty();
      }
      csv.text(ja.unreadable(u)).text(en.unreadable(u));
      csv.empty().empty().empty().empty();
      csv.endRow();
    }
  }

  /** {@code within}, {@code not-checked}, or the levels found ({@code above;below}). */
  static String market(Row row) {
    if (!row.marketChecked()) {
      return "not-checked";
    }
    List<String> levels = new ArrayList<>();
    for (MarketCheck m : row.quote().checks()) {
      if (!levels.contains(m.level().id())) {
        levels.add(m.level().id());
      }
    }
    return levels.isEmpty() ? "within" : String.join(";", levels);
  }

  /** Two amounts, the lower first; two empty cells when either is unknown. */
  private static void pair(CsvWriter csv, Optional<Money> a, Optional<Money> b) throws IOException {
    if (a.isEmpty() || b.isEmpty()) {
      csv.empty().empty();
      return;
    }
    csv.number(Math.min(a.get().minor(), b.get().minor()))
        .number(Math.max(a.get().minor(), b.get().minor()));
  }
}
