package dev.exoplan.pricing;

import dev.exoplan.domain.catalog.Citation;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.catalog.SourceNote;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.TimeUnit;
import dev.exoplan.util.BytesIn;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import dev.exoplan.domain.value.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The parts {@link CatalogCodec} writes and reads inside a table, each type's writing and reading
 * side by side, so a field added to one is added to the other in the same place. Plain loops, no
 * lambdas: the reading runs at every start-up.
 */
final class CodecParts {
  private CodecParts() {}

  static void method(DataOutputStream out, Method m) throws IOException {
    out.writeByte(m.ordinal());
  }

  static Method method(BytesIn in) throws IOException {
    return Method.values()[in.readByte()];
  }

  static void text(DataOutputStream out, Text t) throws IOException {
    out.writeUTF(t.ja());
    out.writeUTF(t.en());
  }

  static Text text(BytesIn in) throws IOException {
    return new Text(in.readUTF(), in.readUTF());
  }

  static void optText(DataOutputStream out, Optional<Text> t) throws IOException {
    out.writeBoolean(t.isPresent());
    if (t.isPresent()) {
      text(out, t.get());
    }
  }

  static Optional<Text> optText(BytesIn in) throws IOException {
    return in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
  }

  static void optString(DataOutputStream out, Optional<String> s) throws IOException {
    out.writeBoolean(s.isPresent());
    if (s.isPresent()) {
      out.writeUTF(s.get());
    }
  }

  static Optional<String> optString(BytesIn in) throws IOException {
    return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
  }

  static void range(DataOutputStream out, PriceRange r) throws IOException {
    out.writeUTF(r.currency().getCurrencyCode());
    out.writeLong(r.low().minor());
    out.writeLong(r.high().minor());
    out.writeBoolean(r.typical().isPresent());
    if (r.typical().isPresent()) {
      out.writeLong(r.typical().get().minor());
    }
  }

  static PriceRange range(BytesIn in) throws IOException {
    Currency c = Currency.getInstance(in.readUTF());
    Money low = Money.of(in.readLong(), c);
    Money high = Money.of(in.readLong(), c);
    Optional<Money> typical = in.readBoolean() ? Optional.of(Money.of(in.readLong(), c)) : Optional.empty();
    return new PriceRange(low, high, typical);
  }

  static void optInterval(DataOutputStream out, Optional<Interval> i) throws IOException {
    out.writeBoolean(i.isPresent());
    if (i.isPresent()) {
      out.writeInt(i.get().low());
      out.writeInt(i.get().high());
      out.writeByte(i.get().unit().ordinal());
    }
  }

  static Optional<Interval> optInterval(BytesIn in) throws IOException {
    if (!in.readBoolean()) {
      return Optional.empty();
    }
    return Optional.of(new Interval(in.readInt(), in.readInt(), TimeUnit.values()[in.readByte()]));
  }

  static void cites(DataOutputStream out, List<Citation> cites) throws IOException {
    out.writeInt(cites.size());
    for (Citation c : cites) {
      out.writeUTF(c.source());
      out.writeInt(c.line());
      out.writeUTF(c.quote());
    }
  }

  static List<Citation> cites(BytesIn in) throws IOException {
    List<Citation> out = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      out.add(new Citation(in.readUTF(), in.readInt(), in.readUTF()));
    }
    return out;
  }

  static void notes(DataOutputStream out, List<SourceNote> notes) throws IOException {
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

  static List<SourceNote> notes(BytesIn in) throws IOException {
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
}
