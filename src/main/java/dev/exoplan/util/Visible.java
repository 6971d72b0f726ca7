package dev.exoplan.util;

/**
 * Text from a file or an argument made visible before it reaches a terminal: control characters
 * (C0, DEL, C1) and the invisible direction and line separators are written as escapes
 * ({@code \e}, {@code \n}, {@code \t}, {@code \x7f}, {@code \u202e}), never sent raw, so a message
 * stays one line and cannot move the cursor or change colours.
 */
public final class Visible {
  private Visible() {}

  /** The text with every control character escaped; the text itself when it has none. */
  public static String escape(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !control(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!control(c)) {
        b.append(c);
        continue;
      }
      switch (c) {
        case 0x1b -> b.append("\\e");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case 0 -> b.append("\\0");
        case 0x07 -> b.append("\\a");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        case 0x0b -> b.append("\\v");
        default -> {
          if (c < 0x100) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return b.toString();
  }

  /** C0 controls, DEL, C1 controls, bidirectional overrides and isolates, line separators. */
  static boolean control(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0x200e
        || c == 0x200f || c == 0x061c;
  }
}
