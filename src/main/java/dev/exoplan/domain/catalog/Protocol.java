package dev.exoplan.domain.catalog;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Method;

import java.util.List;

/**
 * A named schedule from a source, such as 003's monthly ×3–5 then every 6–12 months, with what the
 * sources say that a plan on it should tell the patient ({@code notes}: when the effect appears,
 * when to decide, how a phrase of the source is read).
 */
public record Protocol(
    String id,
    String sourceId,
    Text name,
    List<Method> methods,
    List<ProtocolPhase> phases,
    List<Citation> cites,
    List<SourceNote> notes) {

  public Protocol {
    methods = List.copyOf(methods);
    phases = List.copyOf(phases);
    cites = List.copyOf(cites);
    notes = List.copyOf(notes);
    if (phases.isEmpty()) {
      throw new DomainException(Message.of("data.phases.none"));
    }
  }

  public boolean appliesTo(Method method) {
    return methods.contains(method);
  }
}
