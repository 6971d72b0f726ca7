package dev.exoplan.batch;

import java.io.OutputStream;
import java.util.Arrays;

/** An unsynchronised growable byte buffer (ByteArrayOutputStream locks on every write). */
final class Bytes extends OutputStream {
  byte[] data;
  int size;

  Bytes(int capacity) {
    data = new byte[capacity];
  }

  @Override
  public void write(int b) {
    ensure(1);
    data[size++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, data, size, len);
    size += len;
  }

  private void ensure(int more) {
    if (size + more > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
    }
  }
}
