package dev.exoplan.report.plan;

import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.plan.FurtherYear;
import dev.exoplan.domain.plan.Phase;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.plan.ScheduledSession;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.MoneyRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The plan object's fields ({@code exoplan.plan/1}), listed once, in order: the command's JSON
 * writes them through Jackson ({@link PlanJson}), a batch result line as pre-encoded bytes; both
 * are a {@link Sink}, so a field added here appears in both alike. {@code references} is not among
 * them: each writer adds its own (a batch serialises it once per set of sources).
 */
public final class PlanFields {
  private PlanFields() {}

  /** Where the fields go. A name is followed by exactly one value (or an object or array). */
  public interface Sink {
    void name(String field) throws IOException;

    void string(String value) throws IOException;

    void number(long value) throws IOException;

    void number(BigDecimal value) throws IOException;

    void bool(boolean value) throws IOException;

    void nul() throws IOException;

    void startObject() throws IOException;

    void endObject() throws IOException;

    void startArray() throws IOException;

    void endArray() throws IOException;

    /** The protocol's value; a batch writes the bytes it made once per protocol with {@link #protocol(Sink, Optional)}. */
    default void protocol(Optional<Protocol> protocol) throws IOException {
      PlanFields.protocol(this, protocol);
    }
  }

  /** A sink writing to a Jackson generator: what a caller uses to serialise a part of the plan. */
  public static Sink into(com.fasterxml.jackson.core.JsonGenerator g) {
    return new PlanJson.Generated(g);
  }

  /** Every field of the plan object but {@code references}, inside an object already open. */
  public static void write(Plan p, Sink s) throws IOException {
    s.name("schema");
    s.string("exoplan.plan/1");
    s.name("method");
    s.string(p.method().id());
    s.name("currency");
    s.string(p.total().currency().getCurrencyCode());
    s.name("taxIncluded");
    s.bool(p.price().taxIncluded());
    s.name("total");
    range(s, p.total());
    s.name("sessions");
    counts(s, p.sessions());
    s.name("protocol");
    s.protocol(p.protocol());
    s.name("price");
    s.startObject();
    rangeFields(s, p.price().perSession());
    s.name("origin");
    s.string(p.price().origin().id());
    s.name("sources");
    s.startArray();
    for (String id : p.price().sourceIds()) {
      s.string(id);
    }
    s.endArray();
    s.name("clinic");
    if (p.price().clinic().isPresent()) {
      s.string(p.price().clinic().get().id());
    } else {
      s.nul();
    }
    s.endObject();
    s.name("phases");
    s.startArray();
    for (Phase ph : p.phases()) {
      phase(s, ph);
    }
    s.endArray();
    s.name("start");
    date(s, p.start());
    s.name("schedule");
    s.startArray();
    for (ScheduledSession x : p.schedule()) {
      s.startObject();
      s.name("number");
      s.number(x.number());
      s.name("phase");
      s.string(x.phase().id());
      s.name("earliest");
      date(s, x.earliest());
      s.name("latest");
      date(s, x.latest());
      s.name("optional");
      s.bool(x.optional());
      s.endObject();
    }
    s.endArray();
    s.name("furtherYear");
    furtherYear(s, FurtherYear.of(p));
  }

  /**
   * Each further year of maintenance after the window (issue 18, finding 12): its interval and
   * where that comes from ({@code plan}, or {@code 003} line 195), its sessions and its cost.
   */
  public static void furtherYear(Sink s, FurtherYear y) throws IOException {
    s.startObject();
    s.name("every");
    interval(s, Optional.of(y.every()));
    s.name("everyFrom");
    s.string(y.planInterval() ? "plan" : "003");
    s.name("sessions");
    counts(s, y.sessions());
    s.name("cost");
    range(s, y.cost());
    s.name("cites");
    s.startArray();
    for (String[] c : FurtherYear.CITES) {
      s.startObject();
      s.name("source");
      s.string(c[0]);
      s.name("line");
      s.number(Long.parseLong(c[1]));
      s.endObject();
    }
    s.endArray();
    s.endObject();
  }

  /** {@code {"id":…,"source":…,"name":{"ja":…,"en":…}}}, or null for a plan without a protocol. */
  public static void protocol(Sink s, Optional<Protocol> protocol) throws IOException {
    if (protocol.isEmpty()) {
      s.nul();
      return;
    }
    Protocol pr = protocol.get();
    s.startObject();
    s.name("id");
    s.string(pr.id());
    s.name("source");
    s.string(pr.sourceId());
    s.name("name");
    s.startObject();
    s.name("ja");
    s.string(pr.name().ja());
    s.name("en");
    s.string(pr.name().en());
    s.endObject();
    s.endObject();
  }

  private static void phase(Sink s, Phase ph) throws IOException {
    s.startObject();
    s.name("kind");
    s.string(ph.kind().id());
    s.name("sessions");
    counts(s, ph.sessions());
    s.name("sessionsBasis");
    s.string(ph.sessionsBasis().id());
    s.name("every");
    interval(s, ph.every());
    s.name("windowMonths");
    if (ph.windowMonths().isPresent()) {
      s.number(ph.windowMonths().get());
    } else {
      s.nul();
    }
    s.name("unitPrice");
    range(s, ph.unitPrice());
    s.name("cost");
    range(s, ph.cost());
    s.endObject();
  }

  private static void range(Sink s, MoneyRange r) throws IOException {
    s.startObject();
    rangeFields(s, r);
    s.endObject();
  }

  private static void rangeFields(Sink s, MoneyRange r) throws IOException {
    s.name("low");
    s.number(r.low().minor());
    s.name("typical");
    s.number(r.typical().minor());
    s.name("high");
    s.number(r.high().minor());
    s.name("typicalBasis");
    s.string(r.basis().id());
  }

  private static void counts(Sink s, CountRange c) throws IOException {
    s.startObject();
    s.name("low");
    s.number(c.low());
    s.name("typical");
    s.number(c.typical());
    s.name("high");
    s.number(c.high());
    s.endObject();
  }

  private static void interval(Sink s, Optional<Interval> every) throws IOException {
    if (every.isEmpty()) {
      s.nul();
      return;
    }
    Interval i = every.get();
    s.startObject();
    s.name("low");
    s.number(i.low());
    s.name("high");
    s.number(i.high());
    s.name("unit");
    s.string(i.unit().id());
    s.endObject();
  }

  private static void date(Sink s, Optional<LocalDate> d) throws IOException {
    if (d.isPresent()) {
      s.string(d.get().toString());
    } else {
      s.nul();
    }
  }
}
