package dev.exoplan.domain.catalog;

import dev.exoplan.domain.text.Text;

import java.util.List;

/** Something a quote must tell the patient (not approved, self-pay, side effects…), with its sources. */
public record Disclosure(String id, String sourceId, Text text, List<Citation> cites) {
  public Disclosure {
    cites = List.copyOf(cites);
  }
}
