package dev.exoplan.report.validation;

import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.report.Words;
import dev.exoplan.report.text.Doc;

/** The valid files and what each holds; problems go to stderr. */
final class ValidationDoc {
  private final Words w;

  ValidationDoc(Words words) {
    this.w = words;
  }

  Doc build(ValidationReport r) {
    Doc d = new Doc();
    for (ValidationReport.Result res : r.results()) {
      if (res.table().isEmpty()) {
        continue; // problems go to stderr
      }
      PriceTable t = res.table().get();
      String counts = t.kind() == PriceTable.Kind.MARKET
          ? w.get("validate.counts.market", t.sources().size(), t.prices().size(),
              t.protocols().size(), t.treatments().size(), t.notes().size())
          : t.version() >= 2
              ? w.get("validate.counts.clinic.menu", t.clinic().get().menu().items().size(),
                  t.clinic().get().menu().fees().size(), t.clinic().get().menu().sets().size())
              : w.get("validate.counts.clinic", t.clinic().map(c -> c.prices().size()).orElse(0));
      d.line(w.get("validate.ok", res.file(), t.kind().id(), counts));
    }
    return d;
  }
}
