package dev.exoplan.domain.contract;

import dev.exoplan.domain.value.Method;
import java.util.Optional;

/**
 * Whether a menu item is one of the designated cosmetic medical services by a designated method
 * (政令 別表第四): {@code yes} true, false, or empty when unknown; {@code ground} says how it was
 * decided, so the page can say it: declared by the clinic's file, or inferred from the method and
 * the protocol's purpose.
 */
public record Designation(Optional<Boolean> yes, Ground ground) {

  /** How a designation was decided. */
  public enum Ground {
    /** the clinic file says {@code designatedService: true|false} for the item */
    DECLARED,
    /** scalp injection for hair growth (AGA): not among the five services */
    INFERRED_HAIR_GROWTH,
    /** injection or a drug/device into the skin to activate it or reduce wrinkles: designated */
    INFERRED_SKIN,
    /** an IV drip: its purpose is not one exoplan can tell from the method */
    UNKNOWN_PURPOSE,
    /** an item compared with no market method */
    UNKNOWN_METHOD
  }

  /**
   * The clinic's declaration when it gives one, else inferred from the method and the protocol:
   * scalp (004's AGA course) is hair growth, not designated; a skin injection or a topical
   * introduction is activating the skin by injection or by a drug, designated; an IV drip's purpose
   * is not stated, unknown.
   */
  public static Designation of(Optional<Boolean> declared, Optional<Method> method,
      Optional<String> protocolId) {
    if (declared.isPresent()) {
      return new Designation(declared, Ground.DECLARED);
    }
    if (method.isEmpty()) {
      return new Designation(Optional.empty(), Ground.UNKNOWN_METHOD);
    }
    boolean aga = protocolId.map(p -> p.toLowerCase(java.util.Locale.ROOT).contains("aga"))
        .orElse(false);
    return switch (method.get()) {
      case SCALP -> new Designation(Optional.of(false), Ground.INFERRED_HAIR_GROWTH);
      case INJECTION, TOPICAL -> aga ? new Designation(Optional.of(false),
          Ground.INFERRED_HAIR_GROWTH) : new Designation(Optional.of(true), Ground.INFERRED_SKIN);
      default -> new Designation(Optional.empty(), Ground.UNKNOWN_PURPOSE);
    };
  }
}
