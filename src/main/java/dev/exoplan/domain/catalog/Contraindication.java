package dev.exoplan.domain.catalog;

import dev.exoplan.domain.text.Text;

import java.util.List;

/**
 * A condition that rules treatment out (absolute: no quote is issued) or that a doctor must weigh
 * (relative), as source 003 lists them.
 */
public record Contraindication(String id, Level level, String sourceId, Text text, List<Citation> cites) {

  /** How strongly it counts against treatment. */
  public enum Level {
    ABSOLUTE("absolute"),
    RELATIVE("relative");

    private final String id;

    Level(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public Contraindication {
    cites = List.copyOf(cites);
  }
}
