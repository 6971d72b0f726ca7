package dev.exoplan.domain.quote;

import dev.exoplan.domain.catalog.Contraindication;

import java.util.List;

/** A quote refused on safety grounds: an absolute contraindication was declared. Exit 3. */
public final class RefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Contraindication> reasons;

  public RefusedException(List<Contraindication> reasons) {
    super("refused: " + String.join("; ", reasons.stream()
        .map(c -> c.text().en() + " is an absolute contraindication (" + c.sourceId()
            + (c.cites().isEmpty() ? "" : " line " + c.cites().get(0).line()) + ")")
        .toList())
        + "; no quote is issued: a doctor must see the patient");
    this.reasons = List.copyOf(reasons);
  }

  public List<Contraindication> reasons() {
    return reasons;
  }
}
