package dev.exoplan.report.html;

import dev.exoplan.domain.text.Message;
import java.util.Optional;

/** A --font that cannot set the document: not a font, or without glyphs for its text. Exit 65. */
public final class FontException extends RuntimeException implements Message.Carrier {
  private static final long serialVersionUID = 1L;
  private final transient Message message;

  /** A message in the reader's language (the font's name included): prefer this one. */
  public FontException(Message message) {
    super(message.toString());
    this.message = message;
  }

  /** An English-only text (legacy; being replaced by {@link #FontException(Message)}). */
  public FontException(String message) {
    super(message);
    this.message = null;
  }

  @Override
  public Optional<Message> message() {
    return Optional.ofNullable(message);
  }
}
