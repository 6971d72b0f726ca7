package dev.exoplan.domain.catalog;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Currency;

import java.util.List;
import java.util.Optional;

/**
 * The content of one pricing file: a market table (sources, prices, protocols, treatments, notes)
 * or a clinic's price list. {@code origin} says where it was loaded from, for messages.
 */
public record PriceTable(
    String origin,
    Kind kind,
    int version,
    String id,
    Text name,
    Currency currency,
    boolean taxIncluded,
    Optional<Text> taxNote,
    List<Source> sources,
    List<MarketPrice> prices,
    List<Protocol> protocols,
    List<Treatment> treatments,
    List<SourceNote> notes,
    List<Disclosure> disclosures,
    List<Contraindication> contraindications,
    Optional<Clinic> clinic) {

  /** The two kinds of pricing file. */
  public enum Kind {
    MARKET("market"),
    CLINIC("clinic");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public PriceTable {
    sources = List.copyOf(sources);
    prices = List.copyOf(prices);
    protocols = List.copyOf(protocols);
    treatments = List.copyOf(treatments);
    notes = List.copyOf(notes);
    disclosures = List.copyOf(disclosures);
    contraindications = List.copyOf(contraindications);
  }
}
