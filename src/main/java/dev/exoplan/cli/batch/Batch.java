package dev.exoplan.cli.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.exoplan.cli.Args;
import dev.exoplan.cli.UsageException;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.compare.CompareRequest;
import dev.exoplan.domain.compare.Comparisons;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.estimate.Estimator;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.plan.PriceChoice;
import dev.exoplan.report.compare.CompareReport;
import dev.exoplan.report.estimate.EstimateReport;
import dev.exoplan.report.json.JsonFields;
import dev.exoplan.report.output.ReportWriter;
import dev.exoplan.report.plan.PlanReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

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
 * flight, and a result over {@link #MAX_RESULT} bytes becomes its line's error. What depends only
 * on the loaded tables (an estimate, a comparison, the price of a method over every source, a
 * plan's references) is computed once and kept while the cache is under {@link #CACHE_BYTES}.
 */
public final class Batch {
  /** Lines per chunk: big enough to amortise the hand-offs, small enough to keep memory low. */
  static final int CHUNK_LINES = 512;

  /** Request bytes per chunk, before its last line. */
  static final int CHUNK_INPUT = 256 * 1024;

  /** Result bytes per chunk a worker writes before it leaves the rest to the writer. */
  static final int CHUNK_OUTPUT = 2 * 1024 * 1024;

  /** The largest result line, in bytes. */
  public static final int MAX_RESULT = 1024 * 1024;

  /** Worker threads at most, whatever is asked for. */
  public static final int MAX_THREADS = 4;

  /** Chunks read, being computed or waiting to be written, at most. */
  static final int MAX_IN_FLIGHT = 4;

  /** Bytes of results kept for reuse, at most. */
  static final long CACHE_BYTES = 2L * 1024 * 1024;

  /** The bytes chunk buffers can hold on to in all: what {@link #peakBytes} never passes. */
  static final long BOUND = (MAX_IN_FLIGHT + 1L)
      * (2L * (CHUNK_INPUT + LineReader.MAX_LINE) + CHUNK_OUTPUT + MAX_RESULT + 20L * CHUNK_LINES);

  /** The shortest a scheduled session's JSON can be: a schedule surely over the limit is refused unbuilt. */
  static final int SESSION_BYTES = 90;

  private static final Set<String> ESTIMATE = Set.of("method", "source");

  private static final Set<String> PLAN = Set.of("method", "protocol", "intensive", "maintenance",
      "maintenance-every", "months", "price", "source", "start");

  private static final Set<String> COMPARE = Set.of("months", "method", "protocol");

  private final Catalog catalog;
  private final int threads;
  private final java.time.LocalDate today;
  private final JsonFactory json = factory();
  private static final com.fasterxml.jackson.databind.ObjectMapper READER =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private final Form form;
  private final boolean bom;
  /** Results by request line, for the compact forms; null for the full one. */
  private final LineCache lines;
  private final Map<String, Optional<PriceChoice>> prices = new ConcurrentHashMap<>();
  private final Map<String, byte[]> cached = new ConcurrentHashMap<>();
  private final AtomicLong cachedBytes = new AtomicLong();
  private long peakBytes;

  /** What a run did: lines read and lines that failed. */
  public record Outcome(long lines, long failed) {}

  /** Told how far the run has got, for a progress line. */
  @FunctionalInterface
  public interface Progress {
    void update(long lines, long bytesRead);
  }

  /** Strict on input (duplicate keys refused); no separator between output lines but our newline. */
  private static JsonFactory factory() {
    JsonFactory f = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    f.setRootValueSeparator(null);
    return f;
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
    this.catalog = catalog;
    this.threads = Math.max(1, Math.min(MAX_THREADS, threads));
    this.today = today;
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
    return cachedBytes.get();
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
        line(out, r != null ? r : Request.parse(json, c.bytes, start, length));
        failed = false;
      } catch (BadLine e) {
        out.size = body;
        Rows.error(out, form, e.exit, e.getMessage());
      } catch (JsonBytes.TooLarge e) {
        out.size = body;
        Rows.error(out, form, Request.DATA, tooLarge());
        keep = false;
      } catch (DomainException | UsageException e) {
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

  /** The message of a result over the limit. */
  static String tooLarge() {
    return "the result is larger than " + MAX_RESULT + " bytes, the most a batch line may give:"
        + " ask for fewer sessions or months, or run this request on its own";
  }

  /** Writes a request's result after its line number, in the run's form. */
  private void line(JsonBytes g, Request r) throws BadLine {
    Options o = r.options();
    switch (r.command()) {
      case "plan" -> {
        check("plan", o, PLAN);
        plan(g, o);
      }
      case "estimate" -> {
        check("estimate", o, ESTIMATE);
        Method m = method("estimate", o);
        Optional<String> source = Optional.ofNullable(o.get("source"));
        whole(g, "estimate", "estimate\u0000" + m + "\u0000" + source, k -> render(
            EstimateReport.of(catalog, Estimator.estimate(catalog, m, source))));
      }
      case "compare" -> {
        check("compare", o, COMPARE);
        CompareRequest req = new CompareRequest(
            opt(o, "months").map(v -> convert("months", v, Args::months))
                .orElse(Comparisons.DEFAULT_MONTHS),
            opt(o, "method").map(v -> convert("method", v, Args::method)),
            opt(o, "protocol"));
        whole(g, "compare", "compare\u0000" + req, k -> render(
            CompareReport.of(catalog, Comparisons.compare(catalog, req))));
      }
      default -> throw new BadLine(Request.USAGE,
          "unknown command '" + r.command() + "': expected estimate, plan or compare");
    }
  }

  private void plan(JsonBytes out, Options o) throws BadLine {
    Method method = method("plan", o);
    PlanRequest req = new PlanRequest(method, opt(o, "protocol"),
        opt(o, "intensive").map(v -> convert("intensive", v, Args::count)),
        opt(o, "maintenance").map(v -> convert("maintenance", v, Args::count)),
        opt(o, "maintenance-every").map(v -> convert("maintenance-every", v, Args::interval)),
        opt(o, "months").map(v -> convert("months", v, Args::months)),
        opt(o, "price").map(v -> convert("price", v, Args::price)),
        opt(o, "source"),
        opt(o, "start").map(v -> convert("start", v, Args::date)));
    if (req.start().isPresent()) {
      long sessions = req.intensive().map(x -> (long) x.high()).orElse(0L)
          + req.maintenance().map(x -> (long) x.high()).orElse(0L);
      if (sessions * SESSION_BYTES > MAX_RESULT) {
        throw new JsonBytes.TooLarge(); // a schedule this long would only be built to be refused
      }
    }
    Optional<PriceChoice> price = req.price().isPresent() ? Optional.empty()
        : prices.computeIfAbsent(method + "\u0000" + req.sourceId(), k -> Optional.of(
            Planner.selectPrice(catalog, method, Optional.empty(), req.sourceId())));
    Plan plan = dev.exoplan.domain.quote.ClinicPlans.reprice(catalog, Planner.plan(catalog, req, price),
        today);
    if (form != Form.FULL) {
      write(out, Summary.of(plan));
      return;
    }
    String protocolId = plan.protocol().map(p -> p.id()).orElse("");
    byte[] protocol = cache("protocol\u0000" + protocolId, k -> {
      String obj = render(g2 -> {
        g2.writeStartObject();
        g2.writeFieldName("protocol");
        if (plan.protocol().isPresent()) {
          g2.writeStartObject();
          g2.writeStringField("id", plan.protocol().get().id());
          g2.writeStringField("source", plan.protocol().get().sourceId());
          g2.writeObjectFieldStart("name");
          g2.writeStringField("ja", plan.protocol().get().name().ja());
          g2.writeStringField("en", plan.protocol().get().name().en());
          g2.writeEndObject();
          g2.writeEndObject();
        } else {
          g2.writeNull();
        }
        g2.writeEndObject();
      });
      // {"protocol":X} → X
      return JsonBytes.ascii(obj.substring("{\"protocol\":".length(), obj.length() - 1));
    });
    byte[] references = cache(
        "refs\u0000" + protocolId + "\u0000" + plan.price().sourceIds(), k -> {
          PlanReport report = PlanReport.of(catalog, plan);
          String obj = render(g2 -> JsonFields.referencesArray(g2, report.sources()));
          // {"references":[…]} → […]
          return JsonBytes.ascii(obj.substring(obj.indexOf('['), obj.lastIndexOf(']') + 1));
        });
    PlanJson.write(out, plan, protocol, references);
  }

  /**
   * A result that depends only on the tables: serialised once, then spliced after the line number;
   * its summary is read from that document, so the two cannot disagree.
   */
  private void whole(JsonBytes out, String command, String key, Function<String, String> compute) {
    byte[] body = cache(key, k -> JsonBytes.ascii(compute.apply(k).strip().substring(1)));
    if (form == Form.FULL) {
      out.raw(',').raw(body).raw('\n');
      return;
    }
    byte[] summary = cache(form + "\u0000" + key, k -> {
      try {
        JsonBytes b = new JsonBytes(256);
        String doc = "{" + new String(body, java.nio.charset.StandardCharsets.UTF_8);
        write(b, Summary.of(command, READER.readTree(doc)));
        return java.util.Arrays.copyOf(b.data, b.size);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    out.raw(summary);
  }

  private void write(JsonBytes out, Summary s) {
    if (form == Form.CSV) {
      Rows.csv(out, s);
    } else {
      Rows.json(out, s);
    }
  }

  /** A value computed once and kept while the cache is under {@link #CACHE_BYTES}, else each time. */
  private byte[] cache(String key, Function<String, byte[]> compute) {
    byte[] v = cached.get(key);
    if (v != null) {
      return v;
    }
    v = compute.apply(key);
    if (cachedBytes.addAndGet(v.length + 2L * key.length()) <= CACHE_BYTES) {
      byte[] old = cached.putIfAbsent(key, v);
      if (old != null) {
        cachedBytes.addAndGet(-(v.length + 2L * key.length()));
        return old;
      }
    } else {
      cachedBytes.addAndGet(-(v.length + 2L * key.length()));
    }
    return v;
  }

  private static void check(String command, Options o, Set<String> allowed) throws BadLine {
    for (int i = 0; i < o.size(); i++) {
      String k = o.name(i);
      if (!allowed.contains(k)) {
        throw new BadLine(Request.USAGE, "unknown option '" + k + "' for " + command
            + ": expected " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private static Method method(String command, Options o) throws BadLine {
    String m = o.get("method");
    if (m == null) {
      throw new BadLine(Request.USAGE, "missing option 'method' for " + command);
    }
    return convert("method", m, Args::method);
  }

  private static Optional<String> opt(Options o, String name) {
    return Optional.ofNullable(o.get(name));
  }

  /** A value parsed as the command line parses it; its message names the option. */
  private static <T> T convert(String option, String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (UsageException e) {
      throw new UsageException(option + ": " + English.said(e));
    }
  }

  private String render(dev.exoplan.report.output.Report report) {
    StringWriter w = new StringWriter();
    try {
      ReportWriter.json(report, false, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes something with a fresh compact generator and returns the text. */
  private String render(Writing body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = json.createGenerator(w)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  @FunctionalInterface
  private interface Writing {
    void write(JsonGenerator g) throws IOException;
  }

}
