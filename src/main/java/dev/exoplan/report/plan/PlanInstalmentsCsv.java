package dev.exoplan.report.plan;

import dev.exoplan.domain.instalment.Payments;
import dev.exoplan.domain.instalment.Schedule;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.report.csv.CsvWriter;
import java.io.IOException;
import java.util.function.ToLongFunction;

/**
 * The plan's payments as CSV rows (issue 20, {@code --instalments}): one row per figure
 * ({@code instalment_monthly}, {@code _first}, {@code _last}, {@code _total}, {@code _interest})
 * with the method in {@code phase}, the number of payments in {@code sessions_low/high} and the
 * figure for the low, typical and high total in {@code low}, {@code typical}, {@code high}.
 */
final class PlanInstalmentsCsv {
  private PlanInstalmentsCsv() {}

  static void write(CsvWriter csv, Plan p, Payments pay) throws IOException {
    row(csv, p, pay, "instalment_monthly", Schedule::regular);
    row(csv, p, pay, "instalment_first", Schedule::first);
    row(csv, p, pay, "instalment_last", Schedule::last);
    row(csv, p, pay, "instalment_total", Schedule::total);
    row(csv, p, pay, "instalment_interest", Schedule::interest);
  }

  private static void row(CsvWriter csv, Plan p, Payments pay, String kind,
      ToLongFunction<Schedule> f) throws IOException {
    csv.text(kind).text(p.method().id()).text(pay.terms().method().id())
        .number(pay.terms().count()).number(pay.terms().count())
        .empty().empty().empty().empty()
        .text(p.total().currency().getCurrencyCode()).bool(p.price().taxIncluded())
        .empty().empty().empty()
        .number(f.applyAsLong(pay.low())).number(f.applyAsLong(pay.typical()))
        .number(f.applyAsLong(pay.high()))
        .empty().empty().empty().empty().empty().endRow();
  }
}
