package dev.exoplan.report.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a line of text may be broken, for a reader of English or Japanese (issue 18: 80 columns).
 * A good break is after a space, after closing punctuation (、。:,;)」 but not an amount's thousands
 * separator), before an opening parenthesis, or where a phrase ends in hiragana (a particle or
 * an inflection: 受けた|場合); never inside a word, a katakana run (エクソソーム), a number with
 * its unit (10%、88,000円) or around 〜. Only when a line has no good break is it broken where the
 * script changes (頭皮|エクソソーム), and only when a single run is wider than the line, between
 * two characters. Widths are display columns ({@link DisplayWidth}).
 */
public final class LineBreaks {
  private LineBreaks() {}

  private static final String OPENING = "((「『[【〔";
  private static final String CLOSING = "))」』]】〕、。,.:;:;!?!?%%・";
  private static final String PHRASE_END = "はがをにでともへやのてただしるくかなれず";
  private static final String NO_START = CLOSING + "ー〜ぁぃぅぇぉっゃゅょァィゥェォッャュョ々";

  /** {@code s} in lines of at most {@code width} display columns; spaces at a break dropped. */
  public static List<String> wrap(String s, int width) {
    List<String> lines = new ArrayList<>();
    if (DisplayWidth.of(s) <= width) {
      lines.add(s);
      return lines;
    }
    int start = 0;
    while (start < s.length()) {
      while (!lines.isEmpty() && start < s.length() && s.charAt(start) == ' ') {
        start++;
      }
      if (start >= s.length()) {
        break;
      }
      int used = 0;
      int i = start;
      int good = -1;
      int poor = -1;
      while (i < s.length()) {
        int cp = s.codePointAt(i);
        int cw = DisplayWidth.of(cp);
        if (i > start) {
          int kind = kind(s, i);
          if (kind == 2 && used <= width) {
            good = i;
          } else if (kind == 1 && used <= width) {
            poor = i;
          }
        }
        if (used + cw > width && i > start) {
          break;
        }
        used += cw;
        i += Character.charCount(cp);
      }
      int end = i >= s.length() ? i : good > start ? good : poor > start ? poor : i;
      lines.add(Grid.stripTrailing(s.substring(start, end)));
      start = end;
    }
    return lines;
  }

  /** The widest run of {@code s} with no good break in it: the narrowest a column can wrap it. */
  public static int longestWord(String s) {
    int longest = 0;
    int from = 0;
    for (int i = 1; i <= s.length(); i++) {
      if (i == s.length() || (!Character.isLowSurrogate(s.charAt(i)) && kind(s, i) == 2)) {
        longest = Math.max(longest, DisplayWidth.of(s.substring(from, i).strip()));
        from = i;
      }
    }
    return longest;
  }

  /** A break before index {@code i}: 2 good, 1 poor (a change of script), 0 none. */
  static int kind(String s, int i) {
    int b = s.codePointAt(i);
    int a = s.codePointBefore(i);
    if (b == ' ') {
      return 0; // break after the spaces, not before them
    }
    if (a == ' ') {
      return 2;
    }
    if (NO_START.indexOf(b) >= 0 || a == '〜') {
      return 0;
    }
    if (OPENING.indexOf(a) >= 0) {
      return 0;
    }
    if (OPENING.indexOf(b) >= 0) {
      return 2;
    }
    if (a == ',' || a == '.') {
      boolean inNumber = Character.isDigit(b) && i >= 2 && Character.isDigit(s.charAt(i - 2));
      return inNumber || DisplayWidth.of(b) == 1 && a == '.' ? 0 : 2;
    }
    if (CLOSING.indexOf(a) >= 0) {
      // a particle after a bracket (税込)が) belongs to it; a unit's % is part of its number
      return a == '%' || a == '%' || hiragana(b) && ")」』".indexOf(a) >= 0 ? 1 : 2;
    }
    if (hiragana(a) && !hiragana(b)) {
      // a phrase ends with a particle or an inflection (を|, で|, なる|); うち|消費税 and 切り|捨て
      // do not end one, and お, ご belong to the word after them (ご確認, お支払い)
      return PHRASE_END.indexOf(a) >= 0 ? 2 : 1;
    }
    boolean wideA = DisplayWidth.of(a) == 2;
    boolean wideB = DisplayWidth.of(b) == 2;
    if (!wideA && !wideB) {
      return 0; // inside an English word or a number
    }
    if (wideA != wideB || katakana(a) != katakana(b) || hiragana(a) != hiragana(b)) {
      return b == '円' || b == '回' || b == '件' || b == '歳' ? 0 : 1;
    }
    return wideA && wideB && !katakana(a) ? 1 : 0;
  }

  private static boolean hiragana(int cp) {
    return cp >= 0x3041 && cp <= 0x309F;
  }

  private static boolean katakana(int cp) {
    return (cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0xFF66 && cp <= 0xFF9F);
  }
}
