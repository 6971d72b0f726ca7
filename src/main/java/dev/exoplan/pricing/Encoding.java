package dev.exoplan.pricing;

import dev.exoplan.domain.text.Message;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Price lists are UTF-8 (a byte order mark allowed). A file that is not is refused before any
 * parser sees it, in exoplan's words and at the first byte that is not UTF-8 (issue 22: a UTF-16
 * file said "java.io.CharConversionException … byte #-1" at 1:1, a Shift_JIS one the same).
 */
final class Encoding {
  private Encoding() {}

  static void check(String file, byte[] content) {
    String wide = wide(content);
    if (wide != null) {
      throw new PricingException(new Position(file, 1, 1), Message.of("data.encoding.wide", wide));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        int at = in.position();
        throw new PricingException(TooLong.position(file, content, at),
            Message.of("data.encoding.invalid",
                String.format(Locale.ROOT, "0x%02X", content[at] & 0xff)));
      }
      if (r.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  /**
   * "UTF-16" or "UTF-32" when the file starts as one does (a byte order mark, or a zero byte
   * among its first four, which no price list starts with), else null.
   */
  private static String wide(byte[] c) {
    if (c.length >= 4 && ((c[0] == 0 && c[1] == 0)
        || (c[2] == 0 && c[3] == 0 && (c[1] == 0 || (c[0] == (byte) 0xff && c[1] == (byte) 0xfe))))) {
      return "UTF-32";
    }
    if (c.length >= 2 && ((c[0] == (byte) 0xfe && c[1] == (byte) 0xff)
        || (c[0] == (byte) 0xff && c[1] == (byte) 0xfe) || c[0] == 0 || c[1] == 0)) {
      return "UTF-16";
    }
    return null;
  }
}
