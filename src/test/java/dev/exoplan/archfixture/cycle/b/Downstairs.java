package dev.exoplan.archfixture.cycle.b;

import dev.exoplan.archfixture.cycle.a.Upstairs;

/** The other half of the circle: it reaches back up to the package that imports it. */
public final class Downstairs {
  private Downstairs() {}

  public static int floor() {
    return 1;
  }

  public static int above() {
    return Upstairs.floor();
  }
}
