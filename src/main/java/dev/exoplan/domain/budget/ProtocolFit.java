package dev.exoplan.domain.budget;

import dev.exoplan.domain.catalog.Protocol;
import java.util.Optional;

/**
 * What a budget does for one protocol at one price: its minimum plan (each phase at its lowest
 * count over the window), tried; and the longest plan of the protocol that fits, if any does.
 */
public record ProtocolFit(Protocol protocol, Tried minimum, Optional<Tried> longest) {}
