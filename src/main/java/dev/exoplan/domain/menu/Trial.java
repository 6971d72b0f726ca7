package dev.exoplan.domain.menu;

import java.util.Optional;

/**
 * A trial or first-visit price (初回限定) for the plan's first session; on an item priced by volume
 * or count it holds for one amount only.
 */
public record Trial(Optional<Integer> amount, Price price) {}
