package dev.exoplan.batch;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines of bytes from a stream into a caller's buffer, never holding more than one line
 * longer than the limit: a line over {@link #MAX_LINE} bytes is skipped to its end and reported as
 * too long. A final line without a newline counts; a CR before the newline is dropped.
 */
final class LineReader {
  /** The longest request line accepted, in bytes. */
  static final int MAX_LINE = 64 * 1024;

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private long consumed;
  private boolean eof;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** Bytes read from the stream so far (for progress). */
  long consumed() {
    return consumed;
  }

  /** The outcome of reading one line into {@code dest} at {@code at}. */
  static final int EOF = -1;

  static final int TOO_LONG = -2;

  /**
   * Reads the next line into {@code dest.bytes} starting at {@code dest.size}, growing it as
   * needed; returns the line's length, {@link #EOF} when there are no more lines, or
   * {@link #TOO_LONG} (nothing appended) for a line over the limit.
   */
  int next(Chunk dest) throws IOException {
    int start = dest.size;
    boolean any = false;
    boolean tooLong = false;
    while (true) {
      if (pos == limit) {
        if (eof || !fill()) {
          if (!any) {
            return EOF;
          }
          break;
        }
      }
      any = true;
      int nl = -1;
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl < 0 ? limit : nl;
      if (!tooLong) {
        int length = dest.size - start + (end - pos);
        if (length > MAX_LINE) {
          tooLong = true;
          dest.size = start;
        } else {
          dest.append(buf, pos, end - pos);
        }
      }
      if (nl >= 0) {
        pos = nl + 1;
        break;
      }
      pos = limit;
    }
    if (tooLong) {
      return TOO_LONG;
    }
    int length = dest.size - start;
    if (length > 0 && dest.bytes[dest.size - 1] == '\r') {
      dest.size--;
      length--;
    }
    return length;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      pos = limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    consumed += n;
    return true;
  }
}
