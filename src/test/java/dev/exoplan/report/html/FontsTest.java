package dev.exoplan.report.html;

import dev.exoplan.Said;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 7: a --font that is not a font is refused by name (it was a
 * NullPointerException); a font without glyphs for the document's text is refused with the
 * characters it lacks (it printed every Japanese character as '#').
 */
class FontsTest {
  static byte[] resource(String name) throws IOException {
    try (InputStream in = FontsTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void notAFontIsRefusedByName() {
    assertThatThrownBy(() -> Fonts.check("x.ttf", "not a font".getBytes(), "abc"))
        .isInstanceOf(FontException.class)
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("x.ttf: not a usable font (a TrueType or OpenType file expected)"));
  }

  @Test
  void aLatinFontLacksJapaneseGlyphs() throws IOException {
    byte[] latin = resource("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
    assertThatCode(() -> Fonts.check("latin.ttf", latin, "Quote for Hanako Yamada")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Fonts.check("latin.ttf", latin, "見積書 山田 花子 様"))
        .isInstanceOf(FontException.class)
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("latin.ttf: the font has no glyph for 8 characters of this document"
            + " (子 山 書 様 田 積 花 見): choose a font that has them, or leave out --font for the"
            + " bundled IPAex Gothic"));
  }

  @Test
  void theBundledFontHasTheGlyphs() throws IOException {
    byte[] ipa = resource(PdfRenderer.BUNDLED_FONT);
    assertThatCode(() -> Fonts.check("ipaexg.ttf", ipa, "見積書 山田 花子 様 ¥100,000"))
        .doesNotThrowAnyException();
  }
}
