package dev.exoplan.domain.menu;

import java.util.Optional;

/**
 * A trial or first-visit price (初回限定) for the plan's first session; on an item priced by volume
 * or count it holds for one amount only. {@code member} is the members' first-visit price (issue
 * 19: 39,600, 33,000 for members), used with {@code --member}.
 */
public record Trial(Optional<Integer> amount, Price price, Optional<Price> member) {
  /** A first-visit price with no member price of its own. */
  public Trial(Optional<Integer> amount, Price price) {
    this(amount, price, Optional.empty());
  }

  /** The price a patient pays: the member one for a member when the list gives one. */
  public Price price(boolean asMember) {
    return asMember && member.isPresent() ? member.get() : price;
  }
}
