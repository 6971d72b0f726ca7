package dev.exoplan.domain;

import java.util.List;

/** A named schedule from a source, such as 003's monthly ×3–5 then every 6–12 months. */
public record Protocol(
    String id,
    String sourceId,
    Text name,
    List<Method> methods,
    List<ProtocolPhase> phases,
    List<Citation> cites) {

  public Protocol {
    methods = List.copyOf(methods);
    phases = List.copyOf(phases);
    cites = List.copyOf(cites);
    if (phases.isEmpty()) {
      throw new DomainException("a protocol needs at least one phase");
    }
  }

  public boolean appliesTo(Method method) {
    return methods.contains(method);
  }
}
