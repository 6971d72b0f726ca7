package dev.exoplan.report.text;

/**
 * How many terminal columns a string takes: 2 for East Asian wide and fullwidth characters (kanji,
 * kana, fullwidth forms), 0 for combining marks and zero-width characters, 1 otherwise. Ambiguous
 * characters (–, ×, ¥) count 1, as in terminals outside CJK legacy modes.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  public static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  public static int of(int cp) {
    if (cp < 0x300) {
      // Latin, with the yen sign of every amount: no Unicode tables asked (issue 21, start-up);
      // controls and the soft hyphen (a format character) take no column, as below
      return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xAD ? 0 : 1;
    }
    if (cp == 0 || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF) {
      return 0;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, punctuation (、。〜「」)
        || (cp >= 0x3041 && cp <= 0x33FF) // kana, CJK symbols
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth signs
        || (cp >= 0x1F300 && cp <= 0x1F64F) // emoji
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and beyond
  }

  /** {@code s} padded with spaces on the right to {@code width} columns. */
  public static String padRight(String s, int width) {
    int pad = width - of(s);
    return pad <= 0 ? s : s + " ".repeat(pad);
  }

  /** {@code s} padded with spaces on the left to {@code width} columns. */
  public static String padLeft(String s, int width) {
    int pad = width - of(s);
    return pad <= 0 ? s : " ".repeat(pad) + s;
  }
}
