package dev.exoplan.cli;

import dev.exoplan.pricing.TreeCache;
import java.nio.file.Path;

/**
 * Where a run keeps pricing files' parsed trees between runs (issue 21; {@link TreeCache}):
 * {@code EXOPLAN_CACHE} names a directory, or {@code off} for none; else {@code exoplan} under
 * {@code $XDG_CACHE_HOME}, else {@code ~/.cache/exoplan}; none when neither is set (a script's
 * bare environment, the test suites).
 */
final class TreeCaches {
  static final String VARIABLE = "EXOPLAN_CACHE";

  private TreeCaches() {}

  static TreeCache of(Env env) {
    String asked = env.variable(VARIABLE);
    if (asked != null && !asked.isEmpty()) {
      return asked.equals("off") ? TreeCache.none() : TreeCache.in(env.resolve(asked));
    }
    String xdg = env.variable("XDG_CACHE_HOME");
    if (xdg != null && xdg.startsWith("/")) { // the XDG spec: a relative path is to be ignored
      return TreeCache.in(Path.of(xdg, "exoplan"));
    }
    String home = env.variable("HOME");
    if (home != null && home.startsWith("/")) {
      return TreeCache.in(Path.of(home, ".cache", "exoplan"));
    }
    return TreeCache.none();
  }
}
