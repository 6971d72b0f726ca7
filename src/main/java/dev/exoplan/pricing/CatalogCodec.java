package dev.exoplan.pricing;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.catalog.Disclosure;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.PhaseKind;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.catalog.ProtocolPhase;
import dev.exoplan.domain.catalog.Source;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.catalog.Treatment;
import dev.exoplan.util.BytesIn;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import dev.exoplan.domain.value.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A compact binary form of a market {@link PriceTable}, written at build time from the shipped YAML
 * so that a run on the default tables reads a few kilobytes with {@link BytesIn} instead of
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
    CodecParts.text(out, t.name());
    out.writeUTF(t.currency().getCurrencyCode());
    out.writeBoolean(t.taxIncluded());
    CodecParts.optText(out, t.taxNote());
    out.writeInt(t.sources().size());
    for (Source s : t.sources()) {
      out.writeUTF(s.id());
      out.writeUTF(s.file());
      out.writeUTF(s.title());
      out.writeBoolean(s.date().isPresent());
      if (s.date().isPresent()) {
        out.writeLong(s.date().get().toEpochDay()); // no date parser at start-up
      }
      CodecParts.optString(out, s.publisher());
      CodecParts.text(out, s.summary());
    }
    out.writeInt(t.prices().size());
    for (MarketPrice p : t.prices()) {
      CodecParts.method(out, p.method());
      out.writeUTF(p.sourceId());
      CodecParts.range(out, p.range());
      out.writeBoolean(p.taxIncluded());
      CodecParts.cites(out, p.cites());
    }
    out.writeInt(t.protocols().size());
    for (Protocol p : t.protocols()) {
      out.writeUTF(p.id());
      out.writeUTF(p.sourceId());
      CodecParts.text(out, p.name());
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
        CodecParts.optInterval(out, ph.every());
        out.writeInt(ph.fromMonth().orElse(0));
      }
      CodecParts.cites(out, p.cites());
      CodecParts.notes(out, p.notes());
    }
    out.writeInt(t.treatments().size());
    for (Treatment x : t.treatments()) {
      out.writeUTF(x.id());
      CodecParts.text(out, x.name());
      out.writeUTF(x.sourceId());
      CodecParts.range(out, x.price());
      out.writeBoolean(x.taxIncluded());
      CodecParts.optInterval(out, x.duration());
      CodecParts.optText(out, x.durationNote());
      CodecParts.text(out, x.downtime());
      CodecParts.text(out, x.effect());
      out.writeBoolean(x.exosome());
      CodecParts.cites(out, x.cites());
      CodecParts.notes(out, x.notes());
    }
    CodecParts.notes(out, t.notes());
    out.writeInt(t.disclosures().size());
    for (Disclosure d : t.disclosures()) {
      out.writeUTF(d.id());
      out.writeUTF(d.sourceId());
      CodecParts.text(out, d.text());
      CodecParts.cites(out, d.cites());
    }
    out.writeInt(t.contraindications().size());
    for (Contraindication c : t.contraindications()) {
      out.writeUTF(c.id());
      out.writeByte(c.level().ordinal());
      out.writeUTF(c.sourceId());
      CodecParts.text(out, c.text());
      CodecParts.cites(out, c.cites());
    }
  }

  // ---- reading ------------------------------------------------------------------------------

  /** The table, or empty when the data is of another layout (then the YAML is read instead). */
  public static Optional<PriceTable> read(BytesIn in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != LAYOUT) {
      return Optional.empty();
    }
    String origin = in.readUTF();
    int version = in.readInt();
    String id = in.readUTF();
    Text name = CodecParts.text(in);
    Currency currency = Currency.getInstance(in.readUTF());
    boolean taxIncluded = in.readBoolean();
    Optional<Text> taxNote = CodecParts.optText(in);
    List<Source> sources = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String sid = in.readUTF();
      String file = in.readUTF();
      String title = in.readUTF();
      Optional<LocalDate> date =
          in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
      sources.add(new Source(sid, file, title, date, CodecParts.optString(in), CodecParts.text(in)));
    }
    List<MarketPrice> prices = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      prices.add(new MarketPrice(CodecParts.method(in), in.readUTF(), CodecParts.range(in), in.readBoolean(), CodecParts.cites(in)));
    }
    List<Protocol> protocols = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String pid = in.readUTF();
      String source = in.readUTF();
      Text pname = CodecParts.text(in);
      List<Method> methods = new ArrayList<>();
      for (int m = in.readInt(); m > 0; m--) {
        methods.add(CodecParts.method(in));
      }
      List<ProtocolPhase> phases = new ArrayList<>();
      for (int p = in.readInt(); p > 0; p--) {
        PhaseKind kind = PhaseKind.values()[in.readByte()];
        Optional<CountRange> sessions =
            in.readBoolean() ? Optional.of(new CountRange(in.readInt(), in.readInt())) : Optional.empty();
        Optional<Interval> every = CodecParts.optInterval(in);
        int from = in.readInt();
        phases.add(new ProtocolPhase(kind, sessions, every,
            from > 0 ? Optional.of(from) : Optional.empty()));
      }
      List<Citation> pcites = CodecParts.cites(in);
      protocols.add(new Protocol(pid, source, pname, methods, phases, pcites, CodecParts.notes(in)));
    }
    List<Treatment> treatments = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      treatments.add(new Treatment(in.readUTF(), CodecParts.text(in), in.readUTF(), CodecParts.range(in), in.readBoolean(),
          CodecParts.optInterval(in), CodecParts.optText(in), CodecParts.text(in), CodecParts.text(in), in.readBoolean(), CodecParts.cites(in), CodecParts.notes(in)));
    }
    List<SourceNote> notes = CodecParts.notes(in);
    List<Disclosure> disclosures = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      disclosures.add(new Disclosure(in.readUTF(), in.readUTF(), CodecParts.text(in), CodecParts.cites(in)));
    }
    List<Contraindication> contraindications = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      contraindications.add(new Contraindication(in.readUTF(),
          Contraindication.Level.values()[in.readByte()], in.readUTF(), CodecParts.text(in), CodecParts.cites(in)));
    }
    return Optional.of(new PriceTable(origin, PriceTable.Kind.MARKET, version, id, name, currency,
        taxIncluded, taxNote, sources, prices, protocols, treatments, notes, disclosures,
        contraindications, Optional.empty()));
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
