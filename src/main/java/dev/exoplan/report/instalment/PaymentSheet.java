package dev.exoplan.report.instalment;

import dev.exoplan.domain.instalment.Repayment;
import dev.exoplan.domain.instalment.Schedule;
import dev.exoplan.domain.instalment.Terms;
import dev.exoplan.domain.value.Money;
import dev.exoplan.report.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The payment section (issue 20) in words, for the text, Markdown and HTML/PDF writers alike: a
 * heading naming the count, method and rate; a table with a column per total (a plan's low,
 * typical and high; a quote's full and minimum plan) and a row per figure: the total borrowed, the
 * monthly payment, the first and last payment where one differs, the number of payments, the
 * total paid and the interest; and a note that the total itself does not change.
 */
public record PaymentSheet(String heading, List<String> headers, List<List<String>> rows,
    String note) {
  public PaymentSheet {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The sheet of {@code schedules} (all under the same terms), headed by {@code columns}. */
  public static PaymentSheet of(Words w, List<String> columns, List<Schedule> schedules) {
    Terms t = schedules.get(0).terms();
    List<String> headers = new ArrayList<>();
    headers.add("");
    headers.addAll(columns);
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(w, "instalment.row.principal", schedules, Schedule::principal));
    rows.add(row(w, "instalment.row.monthly", schedules, Schedule::regular));
    if (schedules.stream().anyMatch(Schedule::firstDiffers)) {
      rows.add(row(w, "instalment.row.first", schedules, Schedule::first));
    }
    if (schedules.stream().anyMatch(Schedule::lastDiffers)) {
      rows.add(row(w, "instalment.row.last", schedules, Schedule::last));
    }
    List<String> count = new ArrayList<>();
    count.add(w.get("instalment.row.count"));
    schedules.forEach(s -> count.add(w.get("instalment.count.value", s.count())));
    rows.add(count);
    rows.add(row(w, "instalment.row.total", schedules, Schedule::total));
    rows.add(row(w, t.method() == Repayment.AMORTISED ? "instalment.row.interest"
        : "instalment.row.fee", schedules, Schedule::interest));
    return new PaymentSheet(heading(w, t), headers, rows, w.get(
        t.method() == Repayment.AMORTISED ? "instalment.note.amortised" : "instalment.note.addon"));
  }

  /** "Monthly payments: 10 payments, amortised (元利均等) at 15.00 % a year". */
  public static String heading(Words w, Terms t) {
    if (t.loan().isPresent()) { // issue 20, --loan: "loan: <name>, 15.00 %, amortised (元利均等)"
      return w.get("instalment.heading", t.count(), w.get("instalment.loan",
          t.loan().get().in(w.lang()), rate(t), w.get(t.method() == Repayment.AMORTISED
              ? "instalment.loan.amortised" : "instalment.loan.addon")));
    }
    return w.get("instalment.heading", t.count(), w.get(
        t.method() == Repayment.AMORTISED ? "instalment.amortised" : "instalment.addon",
        rate(t)));
  }

  /** The rate with two decimals, as lenders state it: 15.00. */
  public static String rate(Terms t) {
    return t.rate().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  private static List<String> row(Words w, String key, List<Schedule> all,
      ToLongFunction<Schedule> f) {
    List<String> cells = new ArrayList<>();
    cells.add(w.get(key));
    for (Schedule s : all) {
      cells.add(w.money(Money.yen(f.applyAsLong(s))));
    }
    return cells;
  }
}
