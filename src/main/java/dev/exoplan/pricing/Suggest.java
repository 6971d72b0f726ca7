package dev.exoplan.pricing;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …": the closest candidate within a small edit distance. */
public final class Suggest {
  private Suggest() {}

  public static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = dev.exoplan.domain.text.EditDistance.of(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, word.length() / 3);
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }
}
