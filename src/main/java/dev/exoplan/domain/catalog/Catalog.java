package dev.exoplan.domain.catalog;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded, in layers: the shipped tables first, then each {@code --pricing} file. A later
 * layer replaces an earlier entry with the same key (source id; method and source for a price;
 * protocol, treatment and clinic id); everything else accumulates. Immutable.
 */
public final class Catalog {
  private final List<PriceTable> tables;
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, MarketPrice> prices = new LinkedHashMap<>();
  private final Map<String, Protocol> protocols = new LinkedHashMap<>();
  private final Map<String, Treatment> treatments = new LinkedHashMap<>();
  private final List<SourceNote> notes = new ArrayList<>();
  private final Map<String, Clinic> clinics = new LinkedHashMap<>();
  private final Map<String, Disclosure> disclosures = new LinkedHashMap<>();
  private final Map<String, Contraindication> contraindications = new LinkedHashMap<>();

  private Catalog(List<PriceTable> tables) {
    this.tables = List.copyOf(tables);
    for (PriceTable t : this.tables) {
      for (Source s : t.sources()) {
        sources.put(s.id(), s);
      }
      for (MarketPrice p : t.prices()) {
        prices.put(p.method().id() + "\u0000" + p.sourceId(), p);
      }
      for (Protocol p : t.protocols()) {
        protocols.put(p.id(), p);
      }
      for (Treatment x : t.treatments()) {
        treatments.put(x.id(), x);
      }
      notes.addAll(t.notes());
      if (t.clinic().isPresent()) {
        clinics.put(t.clinic().get().id(), t.clinic().get());
      }
      for (Disclosure d : t.disclosures()) {
        disclosures.put(d.id(), d);
      }
      for (Contraindication c : t.contraindications()) {
        contraindications.put(c.id(), c);
      }
    }
  }

  public static Catalog of(List<PriceTable> tables) {
    return new Catalog(tables);
  }

  public Catalog with(PriceTable table) {
    List<PriceTable> all = new ArrayList<>(tables);
    all.add(table);
    return new Catalog(all);
  }

  public List<PriceTable> tables() {
    return tables;
  }

  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  public List<Source> sources() {
    return List.copyOf(sources.values());
  }

  /** Market prices for a method, ordered by source id. */
  public List<MarketPrice> prices(Method method) {
    List<MarketPrice> out = new ArrayList<>();
    for (MarketPrice p : prices.values()) {
      if (p.method() == method) {
        int i = out.size();
        while (i > 0 && out.get(i - 1).sourceId().compareTo(p.sourceId()) > 0) {
          i--;
        }
        out.add(i, p);
      }
    }
    return out;
  }

  public List<MarketPrice> prices() {
    return prices.values().stream()
        .sorted((a, b) -> { // a plain lambda: see ClinicComparisons
          int c = Integer.compare(a.method().ordinal(), b.method().ordinal());
          return c != 0 ? c : a.sourceId().compareTo(b.sourceId());
        })
        .toList();
  }

  public Optional<Protocol> protocol(String id) {
    return Optional.ofNullable(protocols.get(id));
  }

  public List<Protocol> protocols() {
    return List.copyOf(protocols.values());
  }

  public Optional<Treatment> treatment(String id) {
    return Optional.ofNullable(treatments.get(id));
  }

  public List<Treatment> treatments() {
    return List.copyOf(treatments.values());
  }

  public List<SourceNote> notes(Method method) {
    List<SourceNote> out = new ArrayList<>();
    for (SourceNote n : notes) {
      if (n.appliesTo(method)) {
        out.add(n);
      }
    }
    return out;
  }

  /** What the tables that price these sources say about tax, once each. */
  public List<Text> taxNotes(java.util.Collection<String> sourceIds) {
    List<Text> out = new ArrayList<>();
    for (PriceTable t : tables) {
      boolean used = false;
      for (MarketPrice p : t.prices()) {
        used |= sourceIds.contains(p.sourceId());
      }
      if (used && t.taxNote().isPresent() && !out.contains(t.taxNote().get())) {
        out.add(t.taxNote().get());
      }
    }
    return out;
  }

  /** Every clinic price list loaded, in load order, dated ones included (issue 9). */
  public List<Clinic> clinicLists() {
    return tables.stream().flatMap(t -> t.clinic().stream()).toList();
  }

  public List<Clinic> clinics() {
    return List.copyOf(clinics.values());
  }

  public List<Disclosure> disclosures() {
    return List.copyOf(disclosures.values());
  }

  public List<Contraindication> contraindications() {
    return List.copyOf(contraindications.values());
  }

  public Optional<Contraindication> contraindication(String id) {
    return Optional.ofNullable(contraindications.get(id));
  }

  public Optional<Clinic> clinic(String id) {
    return Optional.ofNullable(clinics.get(id));
  }
}
