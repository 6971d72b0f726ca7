package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Three resolved figures, {@code low ≤ typical ≤ high}, in one currency, with the basis of the
 * typical figure. Sums of such ranges add each figure separately, so the displayed parts always add
 * up to the displayed total.
 */
public record MoneyRange(Money low, Money typical, Money high, TypicalBasis basis) {

  public MoneyRange {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(typical, "typical");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(basis, "basis");
    if (low.isGreaterThan(typical) || typical.isGreaterThan(high)) {
      throw new DomainException(
          Message.of("domain.range.order", low.minor(), typical.minor(), high.minor()));
    }
  }

  public static MoneyRange zero(Currency currency, TypicalBasis basis) {
    Money z = Money.zero(currency);
    return new MoneyRange(z, z, z, basis);
  }

  public Currency currency() {
    return low.currency();
  }

  public boolean isPoint() {
    return low.equals(high);
  }

  public MoneyRange plus(MoneyRange other) {
    return new MoneyRange(
        low.plus(other.low), typical.plus(other.typical), high.plus(other.high), basis);
  }

  /** Midpoint of two amounts, fractions of a minor unit dropped (rounded down). */
  static Money midpoint(Money low, Money high) {
    return low.plus(high).times(1, 2, RoundingMode.DOWN);
  }

  /**
   * The envelope over several ranges: the lowest low, the highest high, and as typical the median
   * of their typical figures (the mean of the middle two, rounded down, for an even count).
   */
  public static MoneyRange envelope(List<MoneyRange> ranges) {
    if (ranges.isEmpty()) {
      throw new IllegalArgumentException("no ranges");
    }
    if (ranges.size() == 1) {
      return ranges.get(0);
    }
    Money low = ranges.get(0).low;
    Money high = ranges.get(0).high;
    for (MoneyRange r : ranges) {
      low = Money.min(low, r.low);
      high = Money.max(high, r.high);
    }
    List<Money> typicals = new ArrayList<>();
    for (MoneyRange r : ranges) {
      typicals.add(r.typical());
    }
    Collections.sort(typicals);
    int n = typicals.size();
    Money median =
        n % 2 == 1
            ? typicals.get(n / 2)
            : midpoint(typicals.get(n / 2 - 1), typicals.get(n / 2));
    return new MoneyRange(low, median, high, TypicalBasis.MEDIAN);
  }
}
