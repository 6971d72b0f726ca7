package dev.exoplan.batch;

import java.util.Arrays;

/**
 * A run of consecutive request lines, read together and processed together: their bytes, where
 * each line starts and ends, the number of the first line, and once processed, the result lines.
 */
final class Chunk {
  byte[] bytes;
  int size;
  final int[] starts;
  final int[] lengths; // LineReader.TOO_LONG for a line over the limit
  /** The lines' hashes, for the line cache, and what a first look at the cache found. */
  final int[] hashes;
  final long[] found;
  int sink;
  int lines;
  /** The first line not yet processed: a worker stops early when the output passes its budget. */
  int next;
  long firstLine;
  /** The result lines; reused, like the chunk, from one batch of lines to the next. */
  final JsonBytes output = new JsonBytes(1 << 16);
  int failed;

  Chunk(int maxLines, int initialBytes) {
    bytes = new byte[initialBytes];
    starts = new int[maxLines];
    lengths = new int[maxLines];
    hashes = new int[maxLines];
    found = new long[maxLines];
  }

  /** The bytes this chunk holds on to: its input and its output buffers. */
  long capacity() {
    return bytes.length + (long) output.data.length + 20L * starts.length;
  }

  void append(byte[] src, int off, int len) {
    if (size + len > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + len));
    }
    System.arraycopy(src, off, bytes, size, len);
    size += len;
  }

  void reset(long first) {
    size = 0;
    lines = 0;
    next = 0;
    firstLine = first;
    output.size = 0;
    failed = 0;
  }
}
