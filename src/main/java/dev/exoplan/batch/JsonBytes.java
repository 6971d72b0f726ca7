package dev.exoplan.batch;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Compact JSON appended straight to a byte array: pre-encoded constants, numbers without a detour
 * through String, strings quoted exactly as Jackson's generator quotes them (its own encoder).
 */
final class JsonBytes {
  byte[] data;
  int size;
  /** The size the content may not pass: {@link #ensure} throws {@link TooLarge} instead. */
  int limit = Integer.MAX_VALUE - 16;

  /** Content that would pass the limit: nothing is allocated for it. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("too large", null, false, false);
    }
  }

  JsonBytes(int capacity) {
    data = new byte[capacity];
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  JsonBytes raw(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, data, size, b.length);
    size += b.length;
    return this;
  }

  JsonBytes raw(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, data, size, len);
    size += len;
    return this;
  }

  JsonBytes raw(char c) {
    ensure(1);
    data[size++] = (byte) c;
    return this;
  }

  /** "00" to "99": two digits per step when writing a number. */
  private static final byte[] PAIRS = new byte[200];

  static {
    for (int i = 0; i < 100; i++) {
      PAIRS[2 * i] = (byte) ('0' + i / 10);
      PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

  JsonBytes number(long v) {
    ensure(20);
    if (v < 0 || v > Integer.MAX_VALUE) {
      byte[] s = ascii(Long.toString(v));
      System.arraycopy(s, 0, data, size, s.length);
      size += s.length;
      return this;
    }
    int x = (int) v;
    int digits = x < 10 ? 1 : x < 100 ? 2 : x < 1000 ? 3 : x < 10_000 ? 4 : x < 100_000 ? 5
        : x < 1_000_000 ? 6 : x < 10_000_000 ? 7 : x < 100_000_000 ? 8 : x < 1_000_000_000 ? 9 : 10;
    int i = size + digits;
    while (x >= 100) {
      int q = x / 100;
      int r = (x - q * 100) * 2;
      x = q;
      data[--i] = PAIRS[r + 1];
      data[--i] = PAIRS[r];
    }
    if (x >= 10) {
      data[--i] = PAIRS[2 * x + 1];
      data[--i] = PAIRS[2 * x];
    } else {
      data[--i] = (byte) ('0' + x);
    }
    size += digits;
    return this;
  }

  /** A JSON string: quotes, and escapes where Jackson escapes (control characters, " and \). */
  JsonBytes string(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) {
        plain = false;
        break;
      }
    }
    raw('"');
    if (plain) {
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) {
        data[size++] = (byte) s.charAt(i);
      }
    } else {
      raw(JsonStringEncoder.getInstance().quoteAsUTF8(wellFormed(s)));
    }
    return raw('"');
  }

  /**
   * The text with each unpaired surrogate (a request line may hold "\\udd05") replaced by U+FFFD,
   * the replacement character: UTF-8 has no encoding for it, and a message that echoes the request
   * must still be written.
   */
  static String wellFormed(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        if (b != null) {
          b.append(c).append(s.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
        b.append('\uFFFD');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private void ensure(int more) {
    long needed = (long) size + more;
    if (needed > limit) {
      throw new TooLarge();
    }
    if (needed > data.length) {
      long grown = Math.min(Math.max(data.length * 2L, needed), limit);
      data = Arrays.copyOf(data, (int) grown);
    }
  }
}
