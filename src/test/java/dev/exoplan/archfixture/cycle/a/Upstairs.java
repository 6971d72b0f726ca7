package dev.exoplan.archfixture.cycle.a;

import dev.exoplan.archfixture.cycle.b.Downstairs;

/** Half of a package circle, on purpose: ArchitectureTest's cycle rule must find it. */
public final class Upstairs {
  private Upstairs() {}

  public static int floor() {
    return Downstairs.floor() + 1;
  }
}
