package dev.exoplan.batch;

import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.ScheduledSession;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A plan result line, byte for byte what {@code report.plan.PlanJson} writes through Jackson
 * (a test compares the two over thousands of plans), written with pre-encoded field names: batch
 * throughput is mostly the writing of these lines.
 */
final class PlanJson {
  private static final byte[] SCHEMA_METHOD = JsonBytes.ascii(",\"schema\":\"exoplan.plan/1\",\"method\":");
  private static final byte[] CURRENCY = JsonBytes.ascii(",\"currency\":");
  private static final byte[] TAX_TRUE = JsonBytes.ascii(",\"taxIncluded\":true");
  private static final byte[] TAX_FALSE = JsonBytes.ascii(",\"taxIncluded\":false");
  private static final byte[] TOTAL = JsonBytes.ascii(",\"total\":");
  private static final byte[] SESSIONS = JsonBytes.ascii(",\"sessions\":");
  private static final byte[] PROTOCOL = JsonBytes.ascii(",\"protocol\":");
  private static final byte[] PRICE = JsonBytes.ascii(",\"price\":");
  private static final byte[] ORIGIN = JsonBytes.ascii(",\"origin\":");
  private static final byte[] SOURCES = JsonBytes.ascii(",\"sources\":[");
  private static final byte[] CLINIC = JsonBytes.ascii("],\"clinic\":");
  private static final byte[] PHASES = JsonBytes.ascii(",\"phases\":[");
  private static final byte[] KIND = JsonBytes.ascii("{\"kind\":");
  private static final byte[] PHASE_SESSIONS = JsonBytes.ascii(",\"sessions\":");
  private static final byte[] BASIS = JsonBytes.ascii(",\"sessionsBasis\":");
  private static final byte[] EVERY = JsonBytes.ascii(",\"every\":");
  private static final byte[] WINDOW = JsonBytes.ascii(",\"windowMonths\":");
  private static final byte[] UNIT_PRICE = JsonBytes.ascii(",\"unitPrice\":");
  private static final byte[] COST = JsonBytes.ascii(",\"cost\":");
  private static final byte[] START = JsonBytes.ascii("],\"start\":");
  private static final byte[] SCHEDULE = JsonBytes.ascii(",\"schedule\":[");
  private static final byte[] NUMBER = JsonBytes.ascii("{\"number\":");
  private static final byte[] PHASE = JsonBytes.ascii(",\"phase\":");
  private static final byte[] EARLIEST = JsonBytes.ascii(",\"earliest\":");
  private static final byte[] LATEST = JsonBytes.ascii(",\"latest\":");
  private static final byte[] OPTIONAL_TRUE = JsonBytes.ascii(",\"optional\":true}");
  private static final byte[] OPTIONAL_FALSE = JsonBytes.ascii(",\"optional\":false}");
  private static final byte[] REFERENCES = JsonBytes.ascii("],\"references\":");
  private static final byte[] LOW = JsonBytes.ascii("{\"low\":");
  private static final byte[] TYPICAL = JsonBytes.ascii(",\"typical\":");
  private static final byte[] HIGH = JsonBytes.ascii(",\"high\":");
  private static final byte[] TYPICAL_BASIS = JsonBytes.ascii(",\"typicalBasis\":");
  private static final byte[] UNIT = JsonBytes.ascii(",\"unit\":");
  private static final byte[] NULL = JsonBytes.ascii("null");

  private PlanJson() {}

  /**
   * {@code ,…plan fields…,"references":[…]}} and a newline, after the line number; {@code protocol} and
   * {@code references} are the JSON of those fields, serialised once per protocol and per set of
   * sources.
   */
  static void write(JsonBytes out, Plan p, byte[] protocol, byte[] references) {
    out.raw(SCHEMA_METHOD).string(p.method().id());
    out.raw(CURRENCY).string(p.total().currency().getCurrencyCode());
    out.raw(p.price().taxIncluded() ? TAX_TRUE : TAX_FALSE);
    out.raw(TOTAL);
    range(out, p.total()).raw('}');
    out.raw(SESSIONS);
    counts(out, p.sessions());
    out.raw(PROTOCOL).raw(protocol);
    out.raw(PRICE);
    range(out, p.price().perSession());
    out.raw(ORIGIN).string(p.price().origin().id()).raw(SOURCES);
    for (int i = 0; i < p.price().sourceIds().size(); i++) {
      if (i > 0) {
        out.raw(',');
      }
      out.string(p.price().sourceIds().get(i));
    }
    out.raw(CLINIC);
    if (p.price().clinic().isPresent()) {
      out.string(p.price().clinic().get().id());
    } else {
      out.raw(NULL);
    }
    out.raw('}').raw(PHASES);
    for (int i = 0; i < p.phases().size(); i++) {
      Phase ph = p.phases().get(i);
      if (i > 0) {
        out.raw(',');
      }
      out.raw(KIND).string(ph.kind().id()).raw(PHASE_SESSIONS);
      counts(out, ph.sessions());
      out.raw(BASIS).string(ph.sessionsBasis().id()).raw(EVERY);
      interval(out, ph.every());
      out.raw(WINDOW);
      if (ph.windowMonths().isPresent()) {
        out.number(ph.windowMonths().get());
      } else {
        out.raw(NULL);
      }
      out.raw(UNIT_PRICE);
      range(out, ph.unitPrice()).raw('}').raw(COST);
      range(out, ph.cost()).raw('}').raw('}');
    }
    out.raw(START);
    date(out, p.start());
    out.raw(SCHEDULE);
    for (int i = 0; i < p.schedule().size(); i++) {
      ScheduledSession s = p.schedule().get(i);
      if (i > 0) {
        out.raw(',');
      }
      out.raw(NUMBER).number(s.number()).raw(PHASE).string(s.phase().id()).raw(EARLIEST);
      date(out, s.earliest());
      out.raw(LATEST);
      date(out, s.latest());
      out.raw(s.optional() ? OPTIONAL_TRUE : OPTIONAL_FALSE);
    }
    out.raw(REFERENCES).raw(references).raw('}').raw('\n');
  }

  /** {"low":…,"typical":…,"high":…,"typicalBasis":"…" — the caller closes the object. */
  private static JsonBytes range(JsonBytes out, MoneyRange r) {
    return out.raw(LOW).number(r.low().minor()).raw(TYPICAL).number(r.typical().minor())
        .raw(HIGH).number(r.high().minor()).raw(TYPICAL_BASIS).string(r.basis().id());
  }

  private static void counts(JsonBytes out, CountRange c) {
    out.raw(LOW).number(c.low()).raw(TYPICAL);
    long sum = (long) c.low() + c.high();
    out.number(sum / 2);
    if (sum % 2 != 0) {
      out.raw('.').raw('5');
    }
    out.raw(HIGH).number(c.high()).raw('}');
  }

  private static void interval(JsonBytes out, Optional<Interval> every) {
    if (every.isEmpty()) {
      out.raw(NULL);
      return;
    }
    Interval i = every.get();
    out.raw(LOW).number(i.low()).raw(HIGH).number(i.high()).raw(UNIT).string(i.unit().id()).raw('}');
  }

  private static void date(JsonBytes out, Optional<LocalDate> d) {
    if (d.isPresent()) {
      out.string(d.get().toString());
    } else {
      out.raw(NULL);
    }
  }
}
