package dev.exoplan.batch;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.text.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * JSON Lines in, JSON Lines out, streaming: each request line gives one result line, in order,
 * the JSON its command prints with {@code --format json} plus {@code "line": N}; a bad line gives
 * {@code {"line": N, "error": {"exit": 2 or 65, "message": …}}} and the rest go on.
 *
 * <p>Lines are read in chunks; worker threads compute and serialise whole chunks; the caller's
 * thread writes them back in order. Memory is bounded in bytes, whatever the lines, their length,
 * the thread count or the results: a chunk holds at most {@link #CHUNK_INPUT} bytes of requests
 * (plus one line) and {@link #CHUNK_OUTPUT} bytes of results (plus one result; a worker stops there
 * and the writer finishes the chunk line by line), at most {@link #MAX_IN_FLIGHT} chunks are in
 * flight, and a result over {@link #MAX_RESULT} bytes becomes its line's error. Each line's answer
 * is {@link Answers}'s.
 */
public final class Batch {
  /** Lines per chunk: big enough to amortise the hand-offs, small enough to keep memory low. */
  static final int CHUNK_LINES = 512;

  /** Request bytes per chunk, before its last line. */
  static final int CHUNK_INPUT = 256 * 1024;

  /** Result bytes per chunk a worker writes before it leaves the rest to the writer. */
  static final int CHUNK_OUTPUT = 2 * 1024 * 1024;

  /** The largest result line, in bytes (the answers' limit, {@link Answers#MAX_RESULT}). */
  public static final int MAX_RESULT = Answers.MAX_RESULT;

  /** Worker threads at most, whatever is asked for. */
  public static final int MAX_THREADS = 4;

  /** Chunks read, being computed or waiting to be written, at most. */
  static final int MAX_IN_FLIGHT = 4;

  /** The bytes chunk buffers can hold on to in all: what {@link #peakBytes} never passes. */
  static final long BOUND = (MAX_IN_FLIGHT + 1L)
      * (2L * (CHUNK_INPUT + LineReader.MAX_LINE) + CHUNK_OUTPUT + MAX_RESULT + 20L * CHUNK_LINES);

  private final int threads;
  private final Form form;
  private final boolean bom;
  /** Results by request line, for the compact forms; null for the full one. */
  private final LineCache lines;
  private final Answers answers;
  private long peakBytes;

  /** What a run did: lines read and lines that failed. */
  public record Outcome(long lines, long failed) {}

  /** Told how far the run has got, for a progress line. */
  @FunctionalInterface
  public interface Progress {
    void update(long lines, long bytesRead);
  }

  public Batch(Catalog catalog, int threads) {
    this(catalog, threads, java.time.LocalDate.now());
  }

  /**
   * A batch whose plans priced by a clinic buy as {@code plan --pricing} and {@code quote} do
   * (the purchase planner), with the clinic's list in force on {@code today}.
   */
  public Batch(Catalog catalog, int threads, java.time.LocalDate today) {
    this(catalog, threads, today, Form.FULL, false);
  }

  /**
   * A batch that writes each result in {@code form}; {@code bom} starts a CSV with a UTF-8 byte
   * order mark.
   */
  public Batch(Catalog catalog, int threads, java.time.LocalDate today, Form form, boolean bom) {
    this.form = form;
    this.bom = bom;
    this.lines = form == Form.FULL ? null : new LineCache();
    this.threads = Math.max(1, Math.min(MAX_THREADS, threads));
    this.answers = new Answers(catalog, today, form);
  }

  /** The most bytes the run's chunk buffers held at once. */
  long peakBytes() {
    return peakBytes;
  }

  /** The bytes the line cache holds (0 in the full form, which has none). */
  long lineCacheBytes() {
    return lines == null ? 0 : lines.capacity();
  }

  /** The bytes of results kept for reuse. */
  long cachedBytes() {
    return answers.cachedBytes();
  }

  public Outcome run(InputStream in, OutputStream out, Progress progress) throws IOException {
    LineReader reader = new LineReader(in);
    Deque<Chunk> free = new ArrayDeque<>();
    List<Chunk> all = new ArrayList<>();
    Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
    int maxInFlight = Math.min(MAX_IN_FLIGHT, 2 * threads);
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "exoplan-batch");
      t.setDaemon(true);
      return t;
    }) : null;
    long line = 1;
    long failed = 0;
    if (form == Form.CSV) {
      out.write(Rows.header(bom));
    }
    try {
      while (true) {
        Chunk c;
        if (free.isEmpty()) {
          c = new Chunk(CHUNK_LINES, 1 << 16);
          all.add(c);
        } else {
          c = free.pop();
        }
        c.reset(line);
        while (c.lines < CHUNK_LINES && c.size < CHUNK_INPUT) {
          int start = c.size;
          int n = reader.next(c);
          if (n == LineReader.EOF) {
            break;
          }
          c.starts[c.lines] = start;
          c.lengths[c.lines] = n;
          c.lines++;
        }
        if (c.lines == 0) {
          break;
        }
        line += c.lines;
        if (pool == null) {
          process(c);
          failed += drain(c, out);
          free.push(c);
        } else {
          inFlight.add(pool.submit(() -> {
            process(c);
            return c;
          }));
          if (inFlight.size() >= maxInFlight) {
            Chunk done = await(inFlight.removeFirst());
            failed += drain(done, out);
            free.push(done);
          }
        }
        measure(all);
        progress.update(line - 1, reader.consumed());
      }
      while (!inFlight.isEmpty()) {
        Chunk done = await(inFlight.removeFirst());
        failed += drain(done, out);
        measure(all);
      }
      out.flush();
      progress.update(line - 1, reader.consumed());
      return new Outcome(line - 1, failed);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private void measure(List<Chunk> all) {
    long sum = 0;
    for (Chunk c : all) {
      sum += c.capacity();
    }
    peakBytes = Math.max(peakBytes, sum);
  }

  private static Chunk await(Future<Chunk> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  /**
   * Writes a processed chunk's results, then computes and writes what its worker left (a worker
   * stops when the chunk's results pass {@link #CHUNK_OUTPUT}); returns the lines that failed.
   */
  private int drain(Chunk c, OutputStream out) throws IOException {
    int failed = 0;
    while (true) {
      out.write(c.output.data, 0, c.output.size);
      failed += c.failed;
      c.failed = 0;
      if (c.next >= c.lines) {
        return failed;
      }
      process(c);
    }
  }

  /**
   * Computes and serialises the chunk's lines from {@code c.next} into its output (emptied first),
   * until the output passes {@link #CHUNK_OUTPUT}; each result is at most {@link #MAX_RESULT}.
   */
  void process(Chunk c) {
    JsonBytes out = c.output;
    out.size = 0;
    if (lines != null) {
      for (int i = c.next; i < c.lines; i++) {
        int length = c.lengths[i];
        c.hashes[i] = length >= 0 && length <= LineCache.MAX_KEY
            ? LineCache.hash(c.bytes, c.starts[i], length) : 0;
      }
      c.sink += lines.touch(c.hashes, c.next, c.lines, c.found);
    }
    while (c.next < c.lines && out.size < CHUNK_OUTPUT) {
      int i = c.next++;
      long n = c.firstLine + i;
      int length = c.lengths[i];
      int start = c.starts[i];
      int mark = out.size;
      out.limit = mark + MAX_RESULT;
      if (form == Form.CSV) {
        out.number(n);
      } else {
        out.raw(Rows.JSON_LINE).number(n);
      }
      int body = out.size;
      int hash = 0;
      if (lines != null && length >= 0 && length <= LineCache.MAX_KEY) {
        hash = c.hashes[i];
        int found = lines.copy(c.bytes, start, length, hash, out);
        if (found != LineCache.MISS) {
          c.failed += found == LineCache.FAILED ? 1 : 0;
          continue;
        }
      }
      boolean failed = true;
      boolean keep = true;
      try {
        if (length == LineReader.TOO_LONG) {
          throw new BadLine(Request.DATA, "the line is longer than " + LineReader.MAX_LINE + " bytes");
        }
        Request r = Scanner.scan(c.bytes, start, length);
        answers.line(out, r != null ? r : Request.parse(answers.json, c.bytes, start, length));
        failed = false;
      } catch (BadLine e) {
        out.size = body;
        Rows.error(out, form, e.exit, e.getMessage());
      } catch (JsonBytes.TooLarge e) {
        out.size = body;
        Rows.error(out, form, Request.DATA, Answers.tooLarge());
        keep = false;
      } catch (DomainException e) {
        out.size = body;
        Rows.error(out, form, Request.USAGE, English.said(e));
      } catch (RuntimeException e) {
        out.size = body;
        Rows.error(out, form, 1, "internal error: " + e);
        keep = false;
      }
      if (failed) {
        c.failed++;
      }
      if (lines != null && keep && length >= 0 && length <= LineCache.MAX_KEY) {
        lines.put(c.bytes, start, length, hash, out.data, body, out.size - body, failed);
      }
    }
    out.limit = Integer.MAX_VALUE - 16;
  }

}
