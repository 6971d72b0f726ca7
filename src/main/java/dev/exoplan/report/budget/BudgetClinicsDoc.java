package dev.exoplan.report.budget;

import dev.exoplan.domain.budget.Budget;
import dev.exoplan.domain.budget.ClinicBudget;
import dev.exoplan.domain.budget.ProtocolFit;
import dev.exoplan.domain.budget.Tried;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.menu.TaxBasis;
import dev.exoplan.report.Words;
import dev.exoplan.report.text.Doc;
import dev.exoplan.report.text.Grid;
import dev.exoplan.report.text.Grid.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A budget at the clinics given, per method: cheapest minimum plan first, then who cannot. */
final class BudgetClinicsDoc {
  private final Words w;
  private final BudgetWords bw;
  private final Optional<ContractRules> rules;

  BudgetClinicsDoc(BudgetWords words, Optional<ContractRules> rules) {
    this.w = words.words();
    this.bw = words;
    this.rules = rules;
  }

  void build(Doc d, Budget b) {
    for (ClinicBudget c : b.clinics()) {
      d.heading(w.get("budget.method", w.method(c.method()), c.method().id()));
      if (!c.rows().isEmpty()) {
        ClinicBudget.Row best = c.rows().get(0);
        ProtocolFit f = best.fits().get(0);
        d.strong(w.get("budget.clinics.answer", name(best.clinic()), f.protocol().id(),
            bw.counts(f.protocol(), f.minimum().counts()), bw.total(f.minimum()),
            bw.verdict(f.minimum())));
        int rank = 1;
        for (ClinicBudget.Row r : c.rows()) {
          d.line(rank++ + ". " + name(r.clinic()) + tax(r.clinic()));
          List<String> headers = new ArrayList<>(List.of(w.get("budget.col.protocol"),
              w.get("budget.col.minimum"), w.get("budget.col.plan")));
          rules.ifPresent(x -> headers.add(w.get("budget.col.act"))); // issue 23
          Grid t = new Grid(headers, java.util.Collections.nCopies(headers.size(), Align.LEFT));
          for (ProtocolFit pf : r.fits()) {
            Tried min = pf.minimum();
            List<String> cells = new ArrayList<>(List.of(pf.protocol().id(),
                bw.counts(pf.protocol(), min.counts()) + ": " + bw.total(min), bw.cell(pf)));
            rules.ifPresent(x -> cells.add(BudgetRisk.cell(pf, x, w)));
            t.row(cells);
          }
          d.table(t);
        }
        if (b.request().isMonthly()) {
          bw.dueTable(d, f.minimum().counts(), f, List.of(w.get("budget.col.paid.clinic",
              name(best.clinic()))), List.of(f.minimum()));
        }
      } else {
        d.strong(w.get("budget.clinics.no.row"));
      }
      List<String> cannot = new ArrayList<>();
      for (ClinicBudget.Row r : c.rows()) {
        if (r.noMinimumFits()) {
          cannot.add(name(r.clinic()));
        }
      }
      if (!c.rows().isEmpty()) {
        d.line(cannot.isEmpty() ? w.get("budget.clinics.all.fit")
            : w.get("budget.clinics.cannot", w.list(cannot)));
      }
      for (ClinicComparison.Excluded x : c.excluded()) {
        d.line(w.get("budget.clinics.excluded", x.name().in(w.lang()), w.say(x.reason())));
      }
    }
  }

  private String name(Clinic c) {
    return c.name().in(w.lang());
  }

  private String tax(Clinic c) {
    return c.taxBasis() == TaxBasis.NOT_STATED ? " " + w.get("budget.tax.not.stated") : "";
  }
}
