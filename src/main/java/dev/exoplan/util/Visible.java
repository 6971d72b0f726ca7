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

  /**
   * Where {@code s} has a character no name may hold (issue 22), or -1: a control character (C0,
   * DEL, C1), a direction control ({@link #direction}), a line or paragraph separator, or one of the
   * invisible characters that have no use in a name ({@link #invisible}). Names from files and from
   * arguments are checked with this one function; {@link #blank} first, so that a name of nothing
   * visible is said to be empty.
   */
  public static int hidden(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (control(c) || invisible(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code s} shows nothing (issue 22): it is empty or holds only spaces (U+00A0 and
   * U+3000 too), controls and invisible characters: zero-width spaces and joiners (U+200B–D),
   * the word joiner (U+2060), the byte order mark (U+FEFF), other format characters, variation
   * selectors, the combining grapheme joiner, Hangul fillers and the blank Braille pattern.
   */
  public static boolean blank(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!showsNothing(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * A direction control, which reorders the text around it ("gnp.exe" shown as "exe.png"): the
   * marks U+200E, U+200F and U+061C, the embeddings and overrides U+202A–U+202E and the isolates
   * U+2066–U+2069.
   */
  public static boolean direction(int c) {
    return c == 0x200e || c == 0x200f || c == 0x061c || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * An invisible character with no use in a name or a price list's text: the zero-width space
   * U+200B, the word joiner and invisible operators U+2060–U+2064, the byte order mark U+FEFF
   * inside a text, the Mongolian vowel separator U+180E, the Hangul fillers, and the line and
   * paragraph separators U+2028 and U+2029. (The zero-width joiners U+200C and U+200D are kept:
   * scripts and emoji need them.)
   */
  public static boolean invisible(int c) {
    return c == 0x200b || (c >= 0x2060 && c <= 0x2064) || c == 0xfeff || c == 0x180e
        || c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0 || c == 0x2028 || c == 0x2029;
  }

  private static boolean showsNothing(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.FORMAT || invisible(cp) || cp == 0x034f || cp == 0x2800
        || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
  }

  /** C0 controls, DEL, C1 controls, bidirectional overrides and isolates, line separators. */
  static boolean control(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0x200e
        || c == 0x200f || c == 0x061c;
  }
}
