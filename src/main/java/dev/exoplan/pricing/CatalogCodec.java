package dev.exoplan.pricing;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.catalog.Disclosure;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.ProtocolPhase;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.TimeUnit;
import dev.exoplan.domain.catalog.Treatment;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import dev.exoplan.domain.value.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A compact binary form of a market {@link PriceTable}, written at build time from the shipped YAML
 * so that a run on the default tables reads a few kilobytes with {@link DataInputStream} instead of
 * starting a YAML parser. A test proves the round trip equal to the YAML.
 */
public final class CatalogCodec {
  /** Changes whenever the layout does; a mismatch falls back to the YAML. */
  static final int MAGIC = 0x45584F31; // "EXO1"

  static final int LAYOUT = 3;

  private CatalogCodec() {}

  // ---- writing ------------------------------------------------------------------------------

  public static void write(PriceTable t, DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(LAYOUT);
    out.writeUTF(t.origin());
    out.writeInt(t.version());
    out.writeUTF(t.id());
    text(out, t.name());
    out.writeUTF(t.currency().getCurrencyCode());
    out.writeBoolean(t.taxIncluded());
    optText(out, t.taxNote());
    out.writeInt(t.sources().size());
    for (Source s : t.sources()) {
      out.writeUTF(s.id());
      out.writeUTF(s.file());
      out.writeUTF(s.title());
      out.writeBoolean(s.date().isPresent());
      if (s.date().isPresent()) {
        out.writeLong(s.date().get().toEpochDay()); // no date parser at start-up
      }
      optString(out, s.publisher());
      text(out, s.summary());
    }
    out.writeInt(t.prices().size());
    for (MarketPrice p : t.prices()) {
      out.writeByte(p.method().ordinal());
      out.writeUTF(p.sourceId());
      range(out, p.range());
      out.writeBoolean(p.taxIncluded());
      cites(out, p.cites());
    }
    out.writeInt(t.protocols().size());
    for (Protocol p : t.protocols()) {
      out.writeUTF(p.id());
      out.writeUTF(p.sourceId());
      text(out, p.name());
      out.writeInt(p.methods().size());
      for (Method m : p.methods()) {
        out.writeByte(m.ordinal());
      }
      out.writeInt(p.phases().size());
      for (ProtocolPhase ph : p.phases()) {
        out.writeByte(ph.kind().ordinal());
        out.writeBoolean(ph.sessions().isPresent());
        if (ph.sessions().isPresent()) {
          out.writeInt(ph.sessions().get().low());
          out.writeInt(ph.sessions().get().high());
        }
        optInterval(out, ph.every());
        out.writeInt(ph.fromMonth().orElse(0));
      }
      cites(out, p.cites());
      notes(out, p.notes());
    }
    out.writeInt(t.treatments().size());
    for (Treatment x : t.treatments()) {
      out.writeUTF(x.id());
      text(out, x.name());
      out.writeUTF(x.sourceId());
      range(out, x.price());
      out.writeBoolean(x.taxIncluded());
      optInterval(out, x.duration());
      optText(out, x.durationNote());
      text(out, x.downtime());
      text(out, x.effect());
      out.writeBoolean(x.exosome());
      cites(out, x.cites());
      notes(out, x.notes());
    }
    notes(out, t.notes());
    out.writeInt(t.disclosures().size());
    for (Disclosure d : t.disclosures()) {
      out.writeUTF(d.id());
      out.writeUTF(d.sourceId());
      text(out, d.text());
      cites(out, d.cites());
    }
    out.writeInt(t.contraindications().size());
    for (Contraindication c : t.contraindications()) {
      out.writeUTF(c.id());
      out.writeByte(c.level().ordinal());
      out.writeUTF(c.sourceId());
      text(out, c.text());
      cites(out, c.cites());
    }
  }

  private static void text(DataOutputStream out, Text t) throws IOException {
    out.writeUTF(t.ja());
    out.writeUTF(t.en());
  }

  private static void optText(DataOutputStream out, Optional<Text> t) throws IOException {
    out.writeBoolean(t.isPresent());
    if (t.isPresent()) {
      text(out, t.get());
    }
  }

  private static void optString(DataOutputStream out, Optional<String> s) throws IOException {
    out.writeBoolean(s.isPresent());
    if (s.isPresent()) {
      out.writeUTF(s.get());
    }
  }

  private static void range(DataOutputStream out, PriceRange r) throws IOException {
    out.writeUTF(r.currency().getCurrencyCode());
    out.writeLong(r.low().minor());
    out.writeLong(r.high().minor());
    out.writeBoolean(r.typical().isPresent());
    if (r.typical().isPresent()) {
      out.writeLong(r.typical().get().minor());
    }
  }

  private static void optInterval(DataOutputStream out, Optional<Interval> i) throws IOException {
    out.writeBoolean(i.isPresent());
    if (i.isPresent()) {
      out.writeInt(i.get().low());
      out.writeInt(i.get().high());
      out.writeByte(i.get().unit().ordinal());
    }
  }

  private static void cites(DataOutputStream out, List<Citation> cites) throws IOException {
    out.writeInt(cites.size());
    for (Citation c : cites) {
      out.writeUTF(c.source());
      out.writeInt(c.line());
      out.writeUTF(c.quote());
    }
  }

  private static void notes(DataOutputStream out, List<SourceNote> notes) throws IOException {
    out.writeInt(notes.size());
    for (SourceNote n : notes) {
      optString(out, n.id());
      out.writeUTF(n.sourceId());
      out.writeInt(n.methods().size());
      for (Method m : n.methods()) {
        out.writeByte(m.ordinal());
      }
      text(out, n.text());
      cites(out, n.cites());
    }
  }

  // ---- reading ------------------------------------------------------------------------------

  /** The table, or empty when the data is of another layout (then the YAML is read instead). */
  public static Optional<PriceTable> read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != LAYOUT) {
      return Optional.empty();
    }
    String origin = in.readUTF();
    int version = in.readInt();
    String id = in.readUTF();
    Text name = text(in);
    Currency currency = Currency.getInstance(in.readUTF());
    boolean taxIncluded = in.readBoolean();
    Optional<Text> taxNote = optText(in);
    List<Source> sources = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String sid = in.readUTF();
      String file = in.readUTF();
      String title = in.readUTF();
      Optional<LocalDate> date =
          in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
      sources.add(new Source(sid, file, title, date, optString(in), text(in)));
    }
    List<MarketPrice> prices = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      prices.add(new MarketPrice(method(in), in.readUTF(), range(in), in.readBoolean(), cites(in)));
    }
    List<Protocol> protocols = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String pid = in.readUTF();
      String source = in.readUTF();
      Text pname = text(in);
      List<Method> methods = new ArrayList<>();
      for (int m = in.readInt(); m > 0; m--) {
        methods.add(method(in));
      }
      List<ProtocolPhase> phases = new ArrayList<>();
      for (int p = in.readInt(); p > 0; p--) {
        PhaseKind kind = PhaseKind.values()[in.readByte()];
        Optional<CountRange> sessions =
            in.readBoolean() ? Optional.of(new CountRange(in.readInt(), in.readInt())) : Optional.empty();
        Optional<Interval> every = optInterval(in);
        int from = in.readInt();
        phases.add(new ProtocolPhase(kind, sessions, every,
            from > 0 ? Optional.of(from) : Optional.empty()));
      }
      List<Citation> pcites = cites(in);
      protocols.add(new Protocol(pid, source, pname, methods, phases, pcites, notes(in)));
    }
    List<Treatment> treatments = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      treatments.add(new Treatment(in.readUTF(), text(in), in.readUTF(), range(in), in.readBoolean(),
          optInterval(in), optText(in), text(in), text(in), in.readBoolean(), cites(in), notes(in)));
    }
    List<SourceNote> notes = notes(in);
    List<Disclosure> disclosures = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      disclosures.add(new Disclosure(in.readUTF(), in.readUTF(), text(in), cites(in)));
    }
    List<Contraindication> contraindications = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      contraindications.add(new Contraindication(in.readUTF(),
          Contraindication.Level.values()[in.readByte()], in.readUTF(), text(in), cites(in)));
    }
    return Optional.of(new PriceTable(origin, PriceTable.Kind.MARKET, version, id, name, currency,
        taxIncluded, taxNote, sources, prices, protocols, treatments, notes, disclosures,
        contraindications, Optional.empty()));
  }

  private static Method method(DataInputStream in) throws IOException {
    return Method.values()[in.readByte()];
  }

  private static Text text(DataInputStream in) throws IOException {
    return new Text(in.readUTF(), in.readUTF());
  }

  private static Optional<Text> optText(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
  }

  private static Optional<String> optString(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
  }

  private static PriceRange range(DataInputStream in) throws IOException {
    Currency c = Currency.getInstance(in.readUTF());
    Money low = Money.of(in.readLong(), c);
    Money high = Money.of(in.readLong(), c);
    Optional<Money> typical = in.readBoolean() ? Optional.of(Money.of(in.readLong(), c)) : Optional.empty();
    return new PriceRange(low, high, typical);
  }

  private static Optional<Interval> optInterval(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return Optional.empty();
    }
    return Optional.of(new Interval(in.readInt(), in.readInt(), TimeUnit.values()[in.readByte()]));
  }

  private static List<Citation> cites(DataInputStream in) throws IOException {
    List<Citation> out = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      out.add(new Citation(in.readUTF(), in.readInt(), in.readUTF()));
    }
    return out;
  }

  private static List<SourceNote> notes(DataInputStream in) throws IOException {
    List<SourceNote> out = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      Optional<String> id = optString(in);
      String source = in.readUTF();
      List<Method> methods = new ArrayList<>();
      for (int m = in.readInt(); m > 0; m--) {
        methods.add(method(in));
      }
      out.add(new SourceNote(id, source, methods, text(in), cites(in)));
    }
    return out;
  }

  /** Build step: compiles pricing/market.yaml into the binary the jar ships. */
  public static void main(String[] args) throws IOException {
    java.nio.file.Path yaml = java.nio.file.Path.of(args[0]);
    java.nio.file.Path out = java.nio.file.Path.of(args[1]);
    PriceTable t = PricingLoader.parse(PricingLoader.SHIPPED, java.nio.file.Files.readAllBytes(yaml),
        dev.exoplan.domain.catalog.Catalog.of(List.of()));
    java.nio.file.Files.createDirectories(out.getParent());
    try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(
        java.nio.file.Files.newOutputStream(out)))) {
      write(t, o);
    }
  }
}
