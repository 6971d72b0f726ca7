package dev.exoplan.domain.menu;

/** What a volume or count price counts: cc of product, or ampoules. */
public enum Unit {
  CC("cc"),
  AMPOULE("ampoule");

  private final String id;

  Unit(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
