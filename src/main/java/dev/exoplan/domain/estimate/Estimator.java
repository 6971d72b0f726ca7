package dev.exoplan.domain.estimate;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.ClinicPrice;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.MoneyRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds an {@link Estimate} from a catalog. */
public final class Estimator {
  private Estimator() {}

  public static Estimate estimate(Catalog catalog, Method method, Optional<String> sourceId) {
    List<MarketPrice> prices = catalog.prices(method);
    if (sourceId.isPresent()) {
      String id = sourceId.get();
      requireSource(catalog, id);
      List<MarketPrice> only = new ArrayList<>();
      for (MarketPrice p : prices) {
        if (p.sourceId().equals(id)) {
          only.add(p);
        }
      }
      prices = only;
      if (prices.isEmpty()) {
        throw new DomainException(Message.of("domain.source.no.price", id, method.id(),
            sourceIdsWithPrices(catalog, method)));
      }
    }
    List<Estimate.SourceRow> rows = new ArrayList<>();
    List<MoneyRange> ranges = new ArrayList<>();
    for (MarketPrice p : prices) {
      Optional<Source> s = catalog.source(p.sourceId());
      if (s.isEmpty()) {
        throw new DomainException(Message.of("domain.source.unknown.bare", p.sourceId()));
      }
      MoneyRange r = p.range().resolve();
      rows.add(new Estimate.SourceRow(s.get(), p, r));
      ranges.add(r);
    }
    Optional<Estimate.NoOverall> problem = combinable(prices);
    Optional<MoneyRange> overall =
        problem.isPresent()
            ? Optional.empty()
            : Optional.of(MoneyRange.envelope(ranges));
    boolean taxIncluded = prices.isEmpty() || prices.get(0).taxIncluded();
    List<Estimate.ClinicRow> clinics = new ArrayList<>();
    if (sourceId.isEmpty()) {
      for (Clinic c : catalog.clinics()) {
        Optional<ClinicPrice> p = c.priceOf(method);
        if (p.isPresent()) {
          clinics.add(new Estimate.ClinicRow(c, p.get()));
        }
      }
    }
    List<SourceNote> notes = new ArrayList<>();
    for (SourceNote n : catalog.notes(method)) {
      if (sourceId.isEmpty() || n.sourceId().equals(sourceId.get())) {
        notes.add(n);
      }
    }
    return new Estimate(method, rows, overall, problem, taxIncluded, clinics, notes);
  }

  /** Why these prices cannot be put into one envelope, if they cannot. */
  static Optional<Estimate.NoOverall> combinable(List<MarketPrice> prices) {
    if (prices.isEmpty()) {
      return Optional.of(Estimate.NoOverall.NO_PRICES);
    }
    MarketPrice first = prices.get(0);
    for (MarketPrice p : prices) {
      if (!p.range().currency().equals(first.range().currency())) {
        return Optional.of(Estimate.NoOverall.MIXED_CURRENCY);
      }
      if (p.taxIncluded() != first.taxIncluded()) {
        return Optional.of(Estimate.NoOverall.MIXED_TAX);
      }
    }
    return Optional.empty();
  }

  static Source requireSource(Catalog catalog, String id) {
    Optional<Source> s = catalog.source(id);
    if (s.isEmpty()) {
      throw new DomainException(Message.of("data.source.unknown", id,
          catalog.sources().stream().map(Source::id).collect(Collectors.joining(", "))));
    }
    return s.get();
  }

  static String sourceIdsWithPrices(Catalog catalog, Method method) {
    String ids =
        catalog.prices(method).stream().map(MarketPrice::sourceId).collect(Collectors.joining(", "));
    return ids.isEmpty() ? "none" : ids;
  }
}
