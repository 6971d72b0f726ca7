package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;

import java.util.Objects;
import java.util.Optional;

/**
 * A per-session price range as a table states it: {@code low ≤ high}, optionally a stated
 * {@code typical} with {@code low ≤ typical ≤ high}, all non-negative and in one currency.
 */
public record PriceRange(Money low, Money high, Optional<Money> typical) {

  public PriceRange {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(typical, "typical");
    if (low.isNegative()) {
      throw new DomainException(Message.of("domain.price.negative", low.minor()));
    }
    if (low.isGreaterThan(high)) {
      throw new DomainException(Message.of("data.low.above.high", low.minor(), high.minor()));
    }
    if (typical.isPresent()) {
      Money t = typical.get();
      if (t.isLessThan(low) || t.isGreaterThan(high)) {
        throw new DomainException(
            Message.of("data.typical.outside", t.minor(), low.minor(), high.minor()));
      }
    }
  }

  public static PriceRange of(Money low, Money high) {
    return new PriceRange(low, high, Optional.empty());
  }

  public static PriceRange point(Money price) {
    return new PriceRange(price, price, Optional.empty());
  }

  /**
   * A per-session price or price range in yen as a user writes it: {@code 100000},
   * {@code 100,000}, {@code 10万}, {@code 100000円}, {@code ¥100000}, or a range of them
   * ({@code 50000..200000}, {@code 5万〜20万}); full-width forms too (read after NFKC
   * normalisation, linear in the text's length). A DomainException saying what was expected
   * otherwise.
   */
  public static PriceRange parse(String given) {
    long[] plain = ValueText.plainRange(given);
    if (plain != null && plain[0] <= plain[1]) {
      return of(Money.yen(plain[0]), Money.yen(plain[1]));
    }
    String s = ValueText.ascii(given);
    Message expected = Message.of("usage.price.expected", ValueText.shown(given));
    String[] range = ValueText.splitRange(s.trim());
    long low;
    long high;
    if (range != null) {
      low = YenText.yen(range[0], expected);
      high = YenText.yen(range[1], expected);
    } else {
      low = high = YenText.yen(s.trim(), expected);
    }
    if (low > high) {
      throw new DomainException(Message.of("usage.range.reversed", ValueText.shown(given)));
    }
    return of(Money.yen(low), Money.yen(high));
  }

  public Currency currency() {
    return low.currency();
  }

  public boolean isPoint() {
    return low.equals(high);
  }

  /** The three figures, with the typical one taken from the table or else the midpoint. */
  public MoneyRange resolve() {
    if (isPoint()) {
      return new MoneyRange(low, low, high, TypicalBasis.FIXED);
    }
    if (typical.isPresent()) {
      return new MoneyRange(low, typical.get(), high, TypicalBasis.TABLE);
    }
    return new MoneyRange(low, MoneyRange.midpoint(low, high), high, TypicalBasis.MIDPOINT);
  }

  /**
   * The record's own form, {@code PriceRange[low=…, high=…, typical=…]}, written out: the generated
   * one is linked at its first call by an invokedynamic bootstrap that costs a short run
   * milliseconds (a quote's number hashes this text; RecordMethodsTest keeps it the record's form).
   */
  @Override
  public String toString() {
    return "PriceRange[low=" + low + ", high=" + high + ", typical=" + typical + "]";
  }
}
