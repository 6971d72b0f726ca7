package dev.exoplan.util;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@link DataInput} over a byte array, for the binaries the build compiles (the market tables, the
 * message texts): what DataInputStream reads, read faster by a cold JVM. DataInputStream decodes
 * each readUTF text a character at a time in Java, and reads each int through four virtual calls;
 * in the interpreter that was most of reading the tables and messages at start-up (issue 21).
 * A text in plain ASCII or in ordinary UTF-8 (modified UTF-8 differs only for U+0000 and
 * characters beyond U+FFFF) is decoded by the JDK's String decoders; any other goes to
 * DataInputStream.readUTF itself. BytesInTest reads what DataOutputStream wrote.
 */
public final class BytesIn implements DataInput {
  private final byte[] b;
  private int at;

  public BytesIn(byte[] b) {
    this.b = b;
  }

  private int need(int n) throws EOFException {
    if (n < 0 || b.length - at < n) {
      throw new EOFException();
    }
    int was = at;
    at += n;
    return was;
  }

  @Override
  public void readFully(byte[] to) throws IOException {
    readFully(to, 0, to.length);
  }

  @Override
  public void readFully(byte[] to, int off, int len) throws IOException {
    System.arraycopy(b, need(len), to, off, len);
  }

  @Override
  public int skipBytes(int n) {
    int skipped = Math.max(0, Math.min(n, b.length - at));
    at += skipped;
    return skipped;
  }

  @Override
  public boolean readBoolean() throws IOException {
    return b[need(1)] != 0;
  }

  @Override
  public byte readByte() throws IOException {
    return b[need(1)];
  }

  @Override
  public int readUnsignedByte() throws IOException {
    return b[need(1)] & 0xff;
  }

  @Override
  public short readShort() throws IOException {
    return (short) readUnsignedShort();
  }

  @Override
  public int readUnsignedShort() throws IOException {
    int i = need(2);
    return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
  }

  @Override
  public char readChar() throws IOException {
    return (char) readUnsignedShort();
  }

  @Override
  public int readInt() throws IOException {
    int i = need(4);
    return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8
        | (b[i + 3] & 0xff);
  }

  @Override
  public long readLong() throws IOException {
    return (long) readInt() << 32 | (readInt() & 0xffffffffL);
  }

  @Override
  public float readFloat() throws IOException {
    return Float.intBitsToFloat(readInt());
  }

  @Override
  public double readDouble() throws IOException {
    return Double.longBitsToDouble(readLong());
  }

  @Override
  public String readLine() {
    throw new UnsupportedOperationException("no lines in a compiled binary");
  }

  @Override
  public String readUTF() throws IOException {
    int n = readUnsignedShort();
    int from = need(n);
    boolean ascii = true;
    for (int i = from; i < from + n; i++) {
      int c = b[i] & 0xff;
      if (c >= 0x80) {
        ascii = false;
        if (c == 0xC0 || c == 0xED) { // U+0000 or a surrogate: modified UTF-8's own forms
          return DataInputStream.readUTF(new DataInputStream(
              new ByteArrayInputStream(b, from - 2, n + 2)));
        }
      }
    }
    return new String(b, from, n, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /** Whether every byte has been read. */
  public boolean atEnd() {
    return at == b.length;
  }
}
