package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checks written by hand for start-up (issue 21) accept exactly what the regular expressions
 * they replace accepted: ids, whole numbers and the Fields.thing key.
 */
class HandMatchersTest {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final String ALPHABET = "az09AZ-._ é-0-1";

  private static String random(Random r, int max) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  @Test
  void idsAsTheRegularExpression() {
    Random r = new Random(21);
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      String s = random(r, i % 2 == 0 ? 6 : 70);
      assertThat(TableBinder.isId(s)).as(s).isEqualTo(ID.matcher(s).matches());
      accepted += TableBinder.isId(s) ? 1 : 0;
    }
    for (String s : new String[] {"a".repeat(64), "a".repeat(65), "-a", "a-", "0", ""}) {
      assertThat(TableBinder.isId(s)).as(s).isEqualTo(ID.matcher(s).matches());
    }
    assertThat(accepted).isGreaterThan(1000);
  }

  @Test
  void wholeNumbersAsTheRegularExpression() {
    Random r = new Random(22);
    String digits = "-0123456789x";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = r.nextInt(8); k > 0; k--) {
        s.append(digits.charAt(r.nextInt(digits.length())));
      }
      assertThat(Fields.whole(s.toString())).as(s.toString()).isEqualTo(WHOLE.matcher(s).matches());
    }
  }

  @Test
  void thingKeysAsTheRegularExpressions() {
    for (String what : new String[] {"a clinic price list", "an item's price", " lead. ",
        "A B--C", "x", "fee (one-off)", "...", ""}) {
      String slug = what.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".")
          .replaceAll("^\\.|\\.$", "");
      assertThat(Fields.thing(what).key()).as(what).isEqualTo("data.thing." + slug);
    }
  }
}
