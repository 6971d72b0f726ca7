package dev.exoplan.report.compare;

import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.MoneyRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 18: the chart's typical line climbs one whole session at a time. The cumulative typical
 * cost is the typical price times the middle of the session range, which is half a session when
 * the fewest and the most sessions differ by an odd number, so the line rose in half-session
 * steps; the line instead counts the middle rounded down to a whole session. The sessions are
 * read back from the band (low = the lowest price × the fewest sessions, high = the highest × the
 * most); a price of zero leaves the typical cost as it is.
 */
final class WholeSessions {
  private WholeSessions() {}

  static List<Money> line(MoneyRange unit, List<MoneyRange> cumulative) {
    List<Money> out = new ArrayList<>();
    for (MoneyRange m : cumulative) {
      if (unit.low().isZero() || unit.high().isZero()) {
        out.add(m.typical());
        continue;
      }
      long fewest = m.low().minor() / unit.low().minor();
      long most = m.high().minor() / unit.high().minor();
      out.add(unit.typical().times((fewest + most) / 2));
    }
    return out;
  }
}
