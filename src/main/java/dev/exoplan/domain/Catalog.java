package dev.exoplan.domain;

import java.util.ArrayList;
import java.util.Comparator;
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
      t.sources().forEach(s -> sources.put(s.id(), s));
      t.prices().forEach(p -> prices.put(p.method().id() + "\u0000" + p.sourceId(), p));
      t.protocols().forEach(p -> protocols.put(p.id(), p));
      t.treatments().forEach(x -> treatments.put(x.id(), x));
      notes.addAll(t.notes());
      t.clinic().ifPresent(c -> clinics.put(c.id(), c));
      t.disclosures().forEach(d -> disclosures.put(d.id(), d));
      t.contraindications().forEach(c -> contraindications.put(c.id(), c));
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
    return prices.values().stream()
        .filter(p -> p.method() == method)
        .sorted(Comparator.comparing(MarketPrice::sourceId))
        .toList();
  }

  public List<MarketPrice> prices() {
    return prices.values().stream()
        .sorted(Comparator.comparing((MarketPrice p) -> p.method().ordinal())
            .thenComparing(MarketPrice::sourceId))
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
    return notes.stream().filter(n -> n.appliesTo(method)).toList();
  }

  /** What the tables that price these sources say about tax, once each. */
  public List<Text> taxNotes(java.util.Collection<String> sourceIds) {
    List<Text> out = new ArrayList<>();
    for (PriceTable t : tables) {
      boolean used = t.prices().stream().anyMatch(p -> sourceIds.contains(p.sourceId()));
      if (used && t.taxNote().isPresent() && !out.contains(t.taxNote().get())) {
        out.add(t.taxNote().get());
      }
    }
    return out;
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
