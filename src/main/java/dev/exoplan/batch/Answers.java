package dev.exoplan.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.compare.CompareRequest;
import dev.exoplan.domain.compare.Comparisons;
import dev.exoplan.domain.estimate.Estimator;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.plan.Planner;
import dev.exoplan.domain.plan.PriceChoice;
import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Dates;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Months;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.options.OptionTable;
import dev.exoplan.report.compare.CompareReport;
import dev.exoplan.report.estimate.EstimateReport;
import dev.exoplan.report.json.JsonFields;
import dev.exoplan.report.output.ReportWriter;
import dev.exoplan.report.plan.PlanFields;
import dev.exoplan.report.plan.PlanReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One request line's answer, written after its line number in the run's form: the command's JSON
 * (or its summary, or its CSV row). What depends only on the loaded tables (an estimate, a
 * comparison, the price of a method over every source, a plan's references) is computed once and
 * kept while the cache is under {@link #CACHE_BYTES}. Safe for the batch's worker threads.
 */
final class Answers {
  /** The largest result line, in bytes: a larger result becomes its line's error. */
  static final int MAX_RESULT = 1024 * 1024;

  /** Bytes of results kept for reuse, at most. */
  static final long CACHE_BYTES = 2L * 1024 * 1024;

  /** The shortest a scheduled session's JSON can be: a schedule surely over the limit is refused unbuilt. */
  static final int SESSION_BYTES = 90;

  /** Each command's request keys: its command-line options without the dashes. */
  private static final Map<String, java.util.Set<String>> ALLOWED = Map.of(
      "estimate", keys("estimate"), "plan", keys("plan"), "compare", keys("compare"));

  private final Catalog catalog;
  private final java.time.LocalDate today;
  final JsonFactory json = factory();
  private static final com.fasterxml.jackson.databind.ObjectMapper READER =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private final Form form;
  private final Map<String, Optional<PriceChoice>> prices = new ConcurrentHashMap<>();
  private final Map<String, byte[]> cached = new ConcurrentHashMap<>();
  private final AtomicLong cachedBytes = new AtomicLong();

  Answers(Catalog catalog, java.time.LocalDate today, Form form) {
    this.catalog = catalog;
    this.today = today;
    this.form = form;
  }

  /** Strict on input (duplicate keys refused); no separator between output lines but our newline. */
  private static JsonFactory factory() {
    JsonFactory f = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    f.setRootValueSeparator(null);
    return f;
  }

  private static java.util.Set<String> keys(String command) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (OptionTable.Opt o : OptionTable.of(command)) {
      keys.add(o.key());
    }
    // issue 18: plan --cc/--dose price a plan at a clinic list's steps, which a batch does not load
    keys.removeAll(java.util.Set.of("cc", "dose"));
    // issue 20: a batch answers the plan's cost; payments are asked of plan itself, and a batch
    // writes JSON or CSV, never a calendar
    keys.removeAll(java.util.Set.of("instalments", "apr", "addon-rate", "time", "tz"));
    return java.util.Set.copyOf(keys);
  }

  /** The bytes of results kept for reuse. */
  long cachedBytes() {
    return cachedBytes.get();
  }

  /** The message of a result over the limit. */
  static String tooLarge() {
    return "the result is larger than " + MAX_RESULT + " bytes, the most a batch line may give:"
        + " ask for fewer sessions or months, or run this request on its own";
  }

  /** Writes a request's result after its line number, in the run's form. */
  void line(JsonBytes g, Request r) throws BadLine {
    Options o = r.options();
    switch (r.command()) {
      case "plan" -> {
        check("plan", o);
        plan(g, o);
      }
      case "estimate" -> {
        check("estimate", o);
        Method m = method("estimate", o);
        Optional<String> source = Optional.ofNullable(o.get("source"));
        whole(g, "estimate", "estimate\u0000" + m + "\u0000" + source, k -> render(
            EstimateReport.of(catalog, Estimator.estimate(catalog, m, source))));
      }
      case "compare" -> {
        check("compare", o);
        CompareRequest req = new CompareRequest(
            opt(o, "months").map(v -> convert("months", v, Months::parse))
                .orElse(Comparisons.DEFAULT_MONTHS),
            opt(o, "method").map(v -> convert("method", v, Method::of)),
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
    PlanRequest req = PlanRequest.builder(method)
        .protocol(o.get("protocol"))
        .intensive(parsed(o, "intensive", CountRange::parse))
        .maintenance(parsed(o, "maintenance", CountRange::parse))
        .maintenanceEvery(parsed(o, "maintenance-every", Interval::parse))
        .months(parsed(o, "months", Months::parse))
        .price(parsed(o, "price", PriceRange::parse))
        .source(o.get("source"))
        .start(parsed(o, "start", Dates::parse))
        .build();
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
        PlanFields.protocol(PlanFields.into(g2), plan.protocol());
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

  /** Refuses an option the command does not take; the command's options are its command line's. */
  private static void check(String command, Options o) throws BadLine {
    for (int i = 0; i < o.size(); i++) {
      String k = o.name(i);
      if (!ALLOWED.get(command).contains(k)) {
        throw new BadLine(Request.USAGE, "unknown option '" + k + "' for " + command
            + ": expected " + String.join(", ", ALLOWED.get(command).stream().sorted().toList()));
      }
    }
  }

  private static Method method(String command, Options o) throws BadLine {
    String m = o.get("method");
    if (m == null) {
      throw new BadLine(Request.USAGE, "missing option 'method' for " + command);
    }
    return convert("method", m, Method::of);
  }

  private static Optional<String> opt(Options o, String name) {
    return Optional.ofNullable(o.get(name));
  }

  /** An option's value parsed, or null when the request does not give it. */
  private static <T> T parsed(Options o, String option, Function<String, T> parse) {
    String v = o.get(option);
    return v == null ? null : convert(option, v, parse);
  }

  /** A value parsed as the command line parses it; its message names the option. */
  private static <T> T convert(String option, String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (DomainException e) {
      throw new DomainException(option + ": " + English.said(e));
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
