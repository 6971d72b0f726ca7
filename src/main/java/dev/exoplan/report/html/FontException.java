package dev.exoplan.report.html;

/** A --font that cannot set the document: not a font, or without glyphs for its text. Exit 65. */
public final class FontException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FontException(String message) {
    super(message);
  }
}
