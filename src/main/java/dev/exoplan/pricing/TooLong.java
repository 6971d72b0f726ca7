package dev.exoplan.pricing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.exoplan.domain.text.Message;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A number or a text longer than the reader takes, said in exoplan's words at the value's own
 * position (issue 22: a 200,000-digit JSON price was "StreamReadConstraints… String value length
 * (10587)" at 1:1; the same in YAML, which the reader passes on as text, was "remove the quotes").
 */
final class TooLong {
  /** The longest number the reader takes, in characters; a whole amount needs at most 13. */
  static final int DIGITS = 40;

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private TooLong() {}

  /** "number too long: 200000 characters, at most 40 (11111111111111111111...)". */
  static Message number(String text) {
    return Message.of("data.number.digits", text.substring(0, Math.min(20, text.length())),
        text.length(), DIGITS);
  }

  /** A value as a message quotes it: whole up to {@value #DIGITS} characters, else cut. */
  static String abbreviate(String s) {
    return s.length() <= DIGITS ? s : s.substring(0, 37) + "...";
  }

  /**
   * Whether a YAML text is a number too long for the reader, written as a number (unquoted): the
   * reader gives such a number as text, which would otherwise be told to lose its quotes.
   */
  static boolean plainNumber(String text, byte[] content, JsonLocation at) {
    if (text.length() <= DIGITS || !NUMBER.matcher(text).matches()) {
      return false;
    }
    int i = offset(content, at.getLineNr(), at.getColumnNr());
    return i >= 0 && i < content.length && (content[i] == '-' || digit(content[i]));
  }

  /** The JSON value a size limit stopped the reader in, and what was too long about it. */
  static PricingException json(String file, byte[] content, JsonLocation token,
      StreamConstraintsException e) {
    long offset = token == null ? -1 : token.getByteOffset();
    String limit = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (offset < 0 || offset >= content.length) {
      return new PricingException(new Position(file, 1, 1), Message.of("data.size.limit", limit));
    }
    int i = (int) offset;
    if (content[i] == '"' && !limit.startsWith("Name")) {
      // the token may be the name before the value: the value follows its colon
      int k = space(content, endOfString(content, i));
      if (k < content.length && content[k] == ':') {
        i = space(content, k + 1);
      }
    }
    Position at = position(file, content, i);
    if (i < content.length && (content[i] == '-' || digit(content[i]))) {
      int end = i;
      while (end < content.length && (digit(content[end]) || "-+.eE".indexOf(content[end]) >= 0)) {
        end++;
      }
      return new PricingException(at,
          number(new String(content, i, end - i, StandardCharsets.US_ASCII)));
    }
    if (i < content.length && content[i] == '"') {
      return new PricingException(at, Message.of("data.text.too.long", TreeReader.MAX_STRING));
    }
    return new PricingException(at, Message.of("data.size.limit", limit));
  }

  private static boolean digit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static int endOfString(byte[] c, int quote) {
    int i = quote + 1;
    while (i < c.length && c[i] != '"') {
      i += c[i] == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  private static int space(byte[] c, int i) {
    while (i < c.length && (c[i] == ' ' || c[i] == '\t' || c[i] == '\r' || c[i] == '\n')) {
      i++;
    }
    return i;
  }

  /** The line and column (in characters, as an editor counts them) of byte {@code at}. */
  static Position position(String file, byte[] c, int at) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < at && i < c.length; i++) {
      if (c[i] == '\n') {
        line++;
        column = 1;
      } else if ((c[i] & 0xc0) != 0x80) {
        column++;
      }
    }
    return new Position(file, line, column);
  }

  /** The byte where a line and a column (both 1-based, the column in characters) start, or -1. */
  private static int offset(byte[] c, int line, int column) {
    int i = 0;
    for (int l = 1; l < line; l++) {
      while (i < c.length && c[i] != '\n') {
        i++;
      }
      if (i >= c.length) {
        return -1;
      }
      i++;
    }
    for (int col = 1; col < column && i < c.length; col++) {
      i++;
      while (i < c.length && (c[i] & 0xc0) == 0x80) {
        i++;
      }
    }
    return i;
  }
}
