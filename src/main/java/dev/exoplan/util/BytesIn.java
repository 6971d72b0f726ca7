package dev.exoplan.util;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What {@link java.io.DataInput} reads, over a byte array, for the binaries the build compiles (the market tables, the
 * message texts): what DataInputStream reads, read faster by a cold JVM. DataInputStream decodes
 * each readUTF text a character at a time in Java, and reads each int through four virtual calls;
 * in the interpreter that was most of reading the tables and messages at start-up (issue 21).
 * A text in plain ASCII or in ordinary UTF-8 (modified UTF-8 differs only for U+0000 and
 * characters beyond U+FFFF) is decoded by the JDK's String decoders; any other goes to
 * DataInputStream.readUTF itself. No floating point (money is exact: ArchitectureTest), so not
 * DataInput itself. BytesInTest reads what DataOutputStream wrote.
 */
public final class BytesIn {
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

  public void readFully(byte[] to) throws IOException {
    readFully(to, 0, to.length);
  }

  public void readFully(byte[] to, int off, int len) throws IOException {
    System.arraycopy(b, need(len), to, off, len);
  }

  public int skipBytes(int n) {
    int skipped = Math.max(0, Math.min(n, b.length - at));
    at += skipped;
    return skipped;
  }

  public boolean readBoolean() throws IOException {
    return b[need(1)] != 0;
  }

  public byte readByte() throws IOException {
    return b[need(1)];
  }

  public int readUnsignedByte() throws IOException {
    return b[need(1)] & 0xff;
  }

  public short readShort() throws IOException {
    return (short) readUnsignedShort();
  }

  public int readUnsignedShort() throws IOException {
    int i = need(2);
    return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
  }

  public char readChar() throws IOException {
    return (char) readUnsignedShort();
  }

  public int readInt() throws IOException {
    int i = need(4);
    return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8
        | (b[i + 3] & 0xff);
  }

  public long readLong() throws IOException {
    return (long) readInt() << 32 | (readInt() & 0xffffffffL);
  }




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

  /** Where the next read starts. */
  public int position() {
    return at;
  }

  /**
   * The text writeUTF wrote at {@code position}, read without moving this reader (so readers on
   * several threads may ask at once: the bytes never change).
   */
  public String utfAt(int position) throws IOException {
    BytesIn there = new BytesIn(b);
    there.at = position;
    return there.readUTF();
  }

  /** Passes over a text written by writeUTF without decoding it. */
  public void skipUTF() throws IOException {
    need(readUnsignedShort());
  }

  /** Whether every byte has been read. */
  public boolean atEnd() {
    return at == b.length;
  }
}
