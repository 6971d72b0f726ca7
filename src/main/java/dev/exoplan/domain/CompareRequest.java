package dev.exoplan.domain;

import java.util.Optional;

/** What {@code compare} is asked for: the window in months, and optionally a method and protocol. */
public record CompareRequest(int months, Optional<Method> method, Optional<String> protocolId) {}
