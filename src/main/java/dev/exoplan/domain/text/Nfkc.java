package dev.exoplan.domain.text;

import java.text.Normalizer;

/**
 * NFKC, as a Japanese keyboard's full-width letters and digits are read (ＩＶ is IV, ５ is 5),
 * with plain ASCII returned as it is: NFKC leaves every ASCII character unchanged, and the JDK's
 * normaliser loads its Unicode data from the runtime image on first use, about 5 ms of a command's
 * start-up (issue 21).
 */
public final class Nfkc {
  private Nfkc() {}

  public static String of(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s;
  }
}
