package dev.exoplan.domain.compare;

import dev.exoplan.domain.value.Method;

import java.util.Optional;

/** What {@code compare} is asked for: the window in months, and optionally a method and protocol. */
public record CompareRequest(int months, Optional<Method> method, Optional<String> protocolId) {}
