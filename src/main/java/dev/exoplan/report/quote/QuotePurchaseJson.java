package dev.exoplan.report.quote;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteLine;
import dev.exoplan.domain.quote.QuoteScenario;
import dev.exoplan.domain.purchase.Bought;
import dev.exoplan.domain.purchase.Purchase;
import java.io.IOException;
import java.util.Optional;

/**
 * The quote's JSON fields added with price-list version 2 (issue 9): the item and its options, each
 * line's coverage, and each plan's purchase (what is bought, when it is paid, what is paid by the
 * third session and in advance for courses, a cheaper purchase with unused course sessions).
 */
final class QuotePurchaseJson {
  private QuotePurchaseJson() {}

  /** item, member, taxBasis, effective. */
  static void itemFields(JsonGenerator g, Quote q) throws IOException {
    g.writeStringField("item", q.item().id());
    g.writeBooleanField("member", q.member());
    g.writeStringField("taxBasis", q.clinic().taxBasis().id());
    g.writeFieldName("effective");
    Optional<java.time.LocalDate> eff = q.clinic().menu().effective();
    if (eff.isPresent()) {
      g.writeString(eff.get().toString());
    } else {
      g.writeNull();
    }
  }

  /** covers (the sessions a line pays for) and from (a floor price). */
  static void lineExtras(JsonGenerator g, QuoteLine l) throws IOException {
    g.writeArrayFieldStart("covers");
    for (int s : l.covers()) {
      g.writeNumber(s);
    }
    g.writeEndArray();
    g.writeBooleanField("from", l.from());
  }

  /** lowerBound, paidByThirdSession, committedUpFront, purchases[], unusedCourse. */
  static void scenarioExtras(JsonGenerator g, QuoteScenario s) throws IOException {
    Purchase p = s.purchase();
    g.writeBooleanField("lowerBound", s.from());
    g.writeFieldName("paidByThirdSession");
    if (p.paidByThird().isPresent()) {
      g.writeNumber(p.paidByThird().get().minor());
    } else {
      g.writeNull();
    }
    g.writeNumberField("committedUpFront", p.committedUpFront().minor());
    g.writeArrayFieldStart("purchases");
    for (Bought b : p.bought()) {
      g.writeStartObject();
      g.writeStringField("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("id", b.id());
      g.writeNumberField("price", b.price().minor());
      g.writeNumberField("paidAtSession", b.paidAt());
      g.writeArrayFieldStart("covers");
      for (int c : b.covers()) {
        g.writeNumber(c);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("unusedCourse");
    if (p.unused().isPresent()) {
      Purchase.Unused u = p.unused().get();
      g.writeStartObject();
      g.writeStringField("course", u.courseId());
      g.writeNumberField("unusedSessions", u.unusedSessions());
      g.writeNumberField("total", u.total().minor());
      g.writeNumberField("quoted", u.quoted().minor());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    if (p.lapse().isPresent()) { // issue 19: only when the earliest and latest dates differ
      Purchase.Lapse l = p.lapse().get();
      g.writeObjectFieldStart("feeLapse");
      g.writeArrayFieldStart("chargedAgainAt");
      for (int at : l.charged()) {
        g.writeNumber(at);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("earliestChargedAgainAt");
      for (int at : l.earliest()) {
        g.writeNumber(at);
      }
      g.writeEndArray();
      g.writeNumberField("earliestTotal", l.total().minor());
      g.writeEndObject();
    }
  }
}
