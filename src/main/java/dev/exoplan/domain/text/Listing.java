package dev.exoplan.domain.text;

import java.util.List;

/**
 * A list of ids in a message, cut short: at most {@value #SHOWN} of them, then "and N more"
 * (issue 22: {@code quote --pricing DIR} over 3,000 clinics printed a 20 KB line).
 */
public final class Listing {
  /** How many ids a message names before it says how many more there are. */
  public static final int SHOWN = 10;

  private Listing() {}

  /** "a, b, c" when there are few; "a, b, …, j and 2990 more" (a message) when there are many. */
  public static Object of(List<String> ids) {
    if (ids.size() <= SHOWN) {
      return String.join(", ", ids);
    }
    return Message.of("list.more", String.join(", ", ids.subList(0, SHOWN)), ids.size() - SHOWN);
  }
}
