package dev.exoplan.report;

/** Escaping for text placed in Markdown. */
final class Markdown {
  private Markdown() {}

  /** Backslash-escapes the characters Markdown would interpret; newlines become spaces. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '(', ')', '#', '+', '!', '|', '~' ->
            sb.append('\\').append(c);
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
