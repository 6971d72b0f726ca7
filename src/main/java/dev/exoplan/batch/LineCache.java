package dev.exoplan.batch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Results by request line, for the compact forms: a line's result depends only on its bytes (and
 * the run's tables and date), so a line seen before gets the bytes it got then, after its own line
 * number, without being parsed or computed again. Bounded: at most {@link #MAX_PAGES} pages of
 * {@link #PAGE} bytes and half a table of entries; past that, lines are computed each time.
 *
 * <p>Shared by the workers without a lock on the way in: an entry's bytes are written (under the
 * lock that orders writers) before its slot is published with a volatile write, and a reader finds
 * it through a volatile read of the slot. Pages are never moved or reused while the cache lives.
 */
final class LineCache {
  static final int PAGE = 1 << 20;
  static final int MAX_PAGES = 12;
  /** Lines longer than this are not kept (a request is usually about 100 bytes). */
  static final int MAX_KEY = 1024;
  /** Results longer than this are not kept: far below the result limit, whatever the line number. */
  static final int MAX_BODY = 4096;
  private static final int SLOTS = 1 << 17;
  /** The most bytes the cache holds: its pages and its table. */
  static final long BOUND = (long) MAX_PAGES * PAGE + 8L * SLOTS;
  private static final int HEADER = 5;

  /** What {@link #copy} found. */
  static final int MISS = 0;
  static final int OK = 1;
  static final int FAILED = 2;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final byte[][] pages = new byte[MAX_PAGES][];
  /** (hash << 32) | (location + 1), 0 when empty; location = page * PAGE + offset. */
  private final AtomicLongArray slots = new AtomicLongArray(SLOTS);
  private int page = -1;
  private int offset = PAGE;
  private int entries;

  /** A hash of the line, 8 bytes at a time. */
  static int hash(byte[] b, int start, int length) {
    long h = 0x9E3779B97F4A7C15L ^ length;
    int i = start;
    int end = start + length;
    for (; i + 8 <= end; i += 8) {
      h = Long.rotateLeft((h ^ (long) LONGS.get(b, i)) * 0xC2B2AE3D27D4EB4FL, 31);
    }
    for (; i < end; i++) {
      h = (h ^ (b[i] & 0xff)) * 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return (int) h;
  }

  /**
   * Reads the slots, then the entries, the lines' hashes lead to, so that the lookups that follow
   * find them in the processor's cache: the loads of one pass do not wait on each other, where a
   * lookup's do. Returns a value that depends on what was read, so that it is read.
   */
  int touch(int[] hashes, int from, int to, long[] found) {
    for (int i = from; i < to; i++) {
      found[i] = slots.get(hashes[i] & (SLOTS - 1));
    }
    int sink = 0;
    for (int i = from; i < to; i++) {
      long s = found[i];
      if (s != 0) {
        int location = (int) s - 1;
        byte[] p = pages[location / PAGE];
        int o = location % PAGE;
        int end = o + HEADER + (((p[o] & 0xff) << 8) | (p[o + 1] & 0xff))
            + (((p[o + 2] & 0xff) << 8) | (p[o + 3] & 0xff));
        for (int k = o + 64; k < end; k += 64) {
          sink += p[k];
        }
        sink += p[end - 1];
      }
    }
    return sink;
  }

  /**
   * Appends the result kept for this line to {@code out}: {@link #OK} or {@link #FAILED} (an
   * error line), or {@link #MISS} with nothing written.
   */
  int copy(byte[] b, int start, int length, int hash, JsonBytes out) {
    if (length > MAX_KEY) {
      return MISS;
    }
    int i = hash & (SLOTS - 1);
    while (true) {
      long s = slots.get(i);
      if (s == 0) {
        return MISS;
      }
      if ((int) (s >>> 32) == hash) {
        int location = (int) s - 1;
        byte[] p = pages[location / PAGE];
        int o = location % PAGE;
        int keyLength = ((p[o] & 0xff) << 8) | (p[o + 1] & 0xff);
        int bodyLength = ((p[o + 2] & 0xff) << 8) | (p[o + 3] & 0xff);
        int k = o + HEADER;
        if (keyLength == length && Arrays.equals(p, k, k + length, b, start, start + length)) {
          out.raw(p, k + length, bodyLength);
          return p[o + 4] != 0 ? FAILED : OK;
        }
      }
      i = (i + 1) & (SLOTS - 1);
    }
  }

  /** Keeps a line's result, {@code body[from, from + length)}, if it is small and there is room. */
  synchronized void put(byte[] b, int start, int length, int hash, byte[] body, int from,
      int bodyLength, boolean failed) {
    if (length > MAX_KEY || bodyLength > MAX_BODY || entries >= SLOTS / 2) {
      return;
    }
    int i = hash & (SLOTS - 1);
    long s;
    while ((s = slots.get(i)) != 0) {
      if ((int) (s >>> 32) == hash) {
        int location = (int) s - 1;
        byte[] p = pages[location / PAGE];
        int o = location % PAGE;
        int keyLength = ((p[o] & 0xff) << 8) | (p[o + 1] & 0xff);
        if (keyLength == length
            && Arrays.equals(p, o + HEADER, o + HEADER + length, b, start, start + length)) {
          return; // another worker kept it first
        }
      }
      i = (i + 1) & (SLOTS - 1);
    }
    int need = HEADER + length + bodyLength;
    if (offset + need > PAGE) {
      if (page + 1 >= MAX_PAGES) {
        return;
      }
      pages[++page] = new byte[PAGE];
      offset = 0;
    }
    byte[] p = pages[page];
    int o = offset;
    p[o] = (byte) (length >>> 8);
    p[o + 1] = (byte) length;
    p[o + 2] = (byte) (bodyLength >>> 8);
    p[o + 3] = (byte) bodyLength;
    p[o + 4] = (byte) (failed ? 1 : 0);
    System.arraycopy(b, start, p, o + HEADER, length);
    System.arraycopy(body, from, p, o + HEADER + length, bodyLength);
    offset += need;
    entries++;
    slots.set(i, ((long) hash << 32) | ((page * (long) PAGE + o + 1) & 0xFFFFFFFFL));
  }

  /** The bytes the cache holds: its pages and its table. */
  synchronized long capacity() {
    return (page + 1L) * PAGE + 8L * SLOTS;
  }

  synchronized int entries() {
    return entries;
  }
}
