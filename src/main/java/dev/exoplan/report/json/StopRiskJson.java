package dev.exoplan.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exoplan.domain.quote.StopRisk;
import java.io.IOException;
import java.util.Optional;

/**
 * Issue 23: the amount at risk if the patient stops after the 3rd session, as {@code clinics} and
 * {@code budget} write it: {@code {applies, low, high}} (applies null: unknown), or null where there
 * is no course or fewer than 3 sessions.
 */
public final class StopRiskJson {
  private StopRiskJson() {}

  public static void write(JsonGenerator g, Optional<StopRisk> risk) throws IOException {
    if (risk.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (risk.get().applies().isPresent()) {
      g.writeBooleanField("applies", risk.get().applies().get());
    } else {
      g.writeNullField("applies");
    }
    g.writeNumberField("low", risk.get().low().minor());
    g.writeNumberField("high", risk.get().high().minor());
    g.writeEndObject();
  }
}
