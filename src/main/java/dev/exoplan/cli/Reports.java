package dev.exoplan.cli;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.compare.Comparison;
import dev.exoplan.domain.estimate.Estimate;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.report.CompareReport;
import dev.exoplan.report.EstimateReport;
import dev.exoplan.report.PlanReport;
import dev.exoplan.report.QuoteReport;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Builds reports from computed results: adds the sources they cite and the tables' tax notes. */
public final class Reports {
  private Reports() {}

  public static EstimateReport estimate(Catalog catalog, Estimate e) {
    TreeSet<String> ids = new TreeSet<>();
    for (Estimate.SourceRow r : e.rows()) {
      ids.add(r.source().id());
    }
    for (SourceNote n : e.notes()) {
      ids.add(n.sourceId());
      for (Citation c : n.cites()) {
        ids.add(c.source());
      }
    }
    return new EstimateReport(e, sources(catalog, ids), catalog.taxNotes(ids));
  }

  public static PlanReport plan(Catalog catalog, Plan p) {
    TreeSet<String> ids = new TreeSet<>(p.price().sourceIds());
    if (p.protocol().isPresent()) {
      ids.add(p.protocol().get().sourceId());
      for (Citation c : p.protocol().get().cites()) {
        ids.add(c.source());
      }
    }
    return new PlanReport(p, sources(catalog, ids), catalog.taxNotes(p.price().sourceIds()));
  }

  public static CompareReport compare(Catalog catalog, Comparison c) {
    TreeSet<String> ids = new TreeSet<>();
    List<SourceNote> notes = new java.util.ArrayList<>();
    for (Comparison.Row row : c.rows()) {
      ids.add(row.sourceId());
      row.cites().forEach(x -> ids.add(x.source()));
    }
    for (dev.exoplan.domain.catalog.Treatment t : catalog.treatments()) {
      if (t.exosome()) {
        notes.addAll(t.notes());
      }
    }
    for (SourceNote n : notes) {
      ids.add(n.sourceId());
      n.cites().forEach(x -> ids.add(x.source()));
    }
    return new CompareReport(c, notes, sources(catalog, ids), catalog.taxNotes(ids));
  }

  public static QuoteReport quote(Catalog catalog, dev.exoplan.domain.quote.Quote q,
      dev.exoplan.report.quote.Copy copy) {
    TreeSet<String> ids = new TreeSet<>();
    q.plan().protocol().ifPresent(p -> {
      ids.add(p.sourceId());
      p.cites().forEach(x -> ids.add(x.source()));
    });
    q.checks().forEach(c -> c.cites().forEach(x -> ids.add(x.source())));
    q.checklist().forEach(c -> c.cites().forEach(x -> ids.add(x.source())));
    q.disclosures().forEach(d -> d.cites().forEach(x -> ids.add(x.source())));
    q.survey().ifPresent(s -> {
      ids.add(s.bounds().lowest().sourceId());
      ids.add(s.bounds().highest().sourceId());
    });
    return new QuoteReport(q, sources(catalog, ids), copy);
  }

  static List<Source> sources(Catalog catalog, Collection<String> ids) {
    List<Source> out = new java.util.ArrayList<>();
    for (String id : ids) {
      Optional<Source> s = catalog.source(id);
      if (s.isPresent()) {
        out.add(s.get());
      }
    }
    return out;
  }
}
