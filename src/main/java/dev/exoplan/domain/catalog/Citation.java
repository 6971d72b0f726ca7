package dev.exoplan.domain.catalog;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

/** Where a figure comes from: a source, a line of its article, and the words on that line. */
public record Citation(String source, int line, String quote) {
  public Citation {
    if (line < 1) {
      throw new DomainException(Message.of("domain.line.min", line));
    }
  }
}
