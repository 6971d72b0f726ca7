package dev.exoplan.report.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;

/**
 * The running header's CSS string: whatever the patient's name, it holds nothing but letters,
 * digits and hex escapes between its quotes, so it cannot end the string, the rule or the style
 * element; and it reads back as the name.
 */
class QuoteHtmlCssTest {
  @Test
  void aHostileNameBecomesEscapes() {
    assertThat(QuoteHtml.css("<script>alert(1)</script> \"&"))
        .isEqualTo("\"\\00003Cscript\\00003Ealert\\0000281\\000029\\00003C\\00002Fscript"
            + "\\00003E\\000020\\000022\\000026\"");
    assertThat(QuoteHtml.css("山田 花子")).isEqualTo("\"\\005C71\\007530\\000020\\0082B1\\005B50\"");
  }

  @FuzzTest(maxDuration = "5s")
  void anyTextIsEscapedAndReadsBack(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    String css = QuoteHtml.css(text);
    assertThat(css).matches("\"[A-Za-z0-9\\\\]*\"");
    StringBuilder back = new StringBuilder();
    String body = css.substring(1, css.length() - 1);
    for (int i = 0; i < body.length(); ) {
      if (body.charAt(i) == '\\') {
        back.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 7), 16));
        i += 7;
      } else {
        back.append(body.charAt(i++));
      }
    }
    assertThat(back.toString()).isEqualTo(text);
  }
}
