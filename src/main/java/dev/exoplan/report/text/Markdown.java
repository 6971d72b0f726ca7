package dev.exoplan.report.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for text placed in Markdown: only what Markdown would interpret, so the source stays readable. */
final class Markdown {
  private static final Pattern ORDERED = Pattern.compile("^([0-9]+)([.)])");

  private Markdown() {}

  /**
   * Backslash-escapes inline markup ({@code \ ` * _ [ ] < > |}), a block marker at the start
   * ({@code # + - = >}, {@code 1.}), and turns newlines into spaces.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|' -> sb.append('\\').append(c);
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    String out = sb.toString();
    if (!out.isEmpty() && "#+-=".indexOf(out.charAt(0)) >= 0) {
      return "\\" + out;
    }
    Matcher m = ORDERED.matcher(out);
    if (m.find()) {
      return m.group(1) + "\\" + m.group(2) + out.substring(m.end());
    }
    return out;
  }
}
