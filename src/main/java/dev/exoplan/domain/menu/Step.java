package dev.exoplan.domain.menu;

import java.util.Optional;

/** One step of a volume or count price: {@code amount} cc (or ampoules) per session for a price. */
public record Step(int amount, Price price, Optional<Price> member) {}
