package dev.exoplan.domain.catalog;

import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Method;

import java.util.List;
import java.util.Optional;

/**
 * Something a source says about price that is not a range to compute with, such as 002's "tens of
 * thousands to a few hundred thousand yen" or 004's "200,000 yen and up" for premium products.
 * {@code methods} empty means it applies to every method.
 */
public record SourceNote(
    Optional<String> id, String sourceId, List<Method> methods, Text text, List<Citation> cites) {

  public SourceNote {
    methods = List.copyOf(methods);
    cites = List.copyOf(cites);
  }

  public boolean appliesTo(Method method) {
    return methods.isEmpty() || methods.contains(method);
  }
}
