package dev.exoplan.report.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Checks a font before it is used: a TrueType or OpenType font with a glyph for every character of
 * the document. The bundled IPAex Gothic is checked too (it has Japanese and Latin, not Korean,
 * Vietnamese letters with two marks, Greek or emoji): a character it lacks is refused by name
 * rather than printed as "#" or dropped.
 */
final class Fonts {
  private Fonts() {}

  /** The bundled font: every character of {@code text} must have a glyph in it. */
  static void checkBundled(String text, byte[] bytes) {
    try (TrueTypeFont ttf = parseBundled(bytes)) {
      checkBundled(text, ttf);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // the bundled font is exoplan's own
    }
  }

  /** The same, for the bundled font already parsed (a PDF uses the one it checked). */
  static void checkBundled(String text, TrueTypeFont ttf) {
    Set<String> missing = missing(ttf, text, "IPAexGothic");
    if (!missing.isEmpty()) {
      List<String> some = new ArrayList<>(missing).subList(0, Math.min(8, missing.size()));
      throw new FontException(dev.exoplan.domain.text.Message.of(
          missing.size() == 1 ? "data.font.bundled.glyph.one" : "data.font.bundled.glyph.many",
          missing.size(), String.join(" ", some) + (missing.size() > some.size() ? " …" : "")));
    }
  }

  /** The bundled font's bytes as a font, open (the caller closes it). */
  static TrueTypeFont parseBundled(byte[] bytes) throws IOException {
    return new TTFParser(false).parse(new RandomAccessReadBuffer(bytes));
  }

  static void check(String name, byte[] bytes, String text) {
    Set<String> missing = missing(bytes, text, name);
    if (!missing.isEmpty()) {
      int count = missing.size();
      List<String> some = new ArrayList<>(missing).subList(0, Math.min(8, missing.size()));
      throw new FontException(dev.exoplan.domain.text.Message.of(
          count == 1 ? "data.font.glyph.one" : "data.font.glyph.many", name, count,
          String.join(" ", some) + (count > some.size() ? " …" : "")));
    }
  }

  /** The characters of {@code text} (not spaces or controls) the font has no glyph for, in order. */
  private static Set<String> missing(byte[] bytes, String text, String name) {
    TrueTypeFont ttf;
    try {
      boolean cff = bytes.length >= 4 && bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T'
          && bytes[3] == 'O';
      ttf = cff ? new OTFParser(false).parse(new RandomAccessReadBuffer(bytes))
          : new TTFParser(false).parse(new RandomAccessReadBuffer(bytes));
    } catch (IOException | RuntimeException e) {
      throw notAFont(name);
    }
    try (TrueTypeFont f = ttf) {
      return missing(f, text, name);
    } catch (IOException e) {
      throw notAFont(name);
    }
  }

  private static Set<String> missing(TrueTypeFont f, String text, String name) {
    try {
      CmapLookup cmap = f.getUnicodeCmapLookup(false);
      if (cmap == null) {
        throw notAFont(name);
      }
      Set<String> missing = new TreeSet<>();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
          continue;
        }
        if (cmap.getGlyphId(cp) == 0) {
          missing.add(new String(Character.toChars(cp)));
        }
      }
      return missing;
    } catch (IOException | RuntimeException e) {
      if (e instanceof FontException fe) {
        throw fe;
      }
      throw notAFont(name);
    }
  }

  private static FontException notAFont(String name) {
    return new FontException(dev.exoplan.domain.text.Message.of("data.font.not.a.font", name));
  }
}
