package dev.exoplan.cli;

import dev.exoplan.domain.instalment.Repayment;
import dev.exoplan.domain.instalment.Terms;
import dev.exoplan.domain.text.Message;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --instalments N} with {@code --apr P} (元利均等) or {@code --addon-rate P} (アドオン方式),
 * declared once for plan, quote, clinics and budget (issue 20; docs/instalments.md). The payments
 * are printed beside the total; they never change it.
 */
final class InstalmentOptions {
  @Option(names = "--instalments", paramLabel = "N", converter = CountConverter.class,
      description = "also print monthly payments over N months (2 to 120), with --apr or"
          + " --addon-rate")
  Integer count;

  @Option(names = "--apr", paramLabel = "P", converter = RateConverter.class,
      description = "the yearly rate of an amortised loan (元利均等), 0 to 20 %%: 15 or 15.00")
  BigDecimal apr;

  @Option(names = "--addon-rate", paramLabel = "P", converter = RateConverter.class,
      description = "instead of --apr: the add-on rate a year (アドオン方式), 0 to 20 %%")
  BigDecimal addon;

  /** The terms asked for, or empty; a UsageException for a half-given or doubled request. */
  Optional<Terms> terms() {
    if (apr != null && addon != null) {
      throw new UsageException(Message.of("usage.instalments.two.rates"));
    }
    BigDecimal rate = apr != null ? apr : addon;
    if (count == null) {
      if (rate != null) {
        throw new UsageException(Message.of("usage.instalments.no.count",
            apr != null ? "--apr" : "--addon-rate"));
      }
      return Optional.empty();
    }
    if (rate == null) {
      throw new UsageException(Message.of("usage.instalments.no.rate"));
    }
    return Optional.of(new Terms(count, apr != null ? Repayment.AMORTISED : Repayment.ADDON, rate));
  }

  /**
   * The options as the lean path holds them (keyed by long name), parsed by the converters'
   * parsers: a DomainException for a bad value, a UsageException for a bad combination (the lean
   * path then lets picocli say it).
   */
  static Optional<Terms> read(Map<String, String> values) {
    InstalmentOptions o = new InstalmentOptions();
    String v = values.get("--instalments");
    o.count = v == null ? null : Terms.count(v);
    v = values.get("--apr");
    o.apr = v == null ? null : Terms.rate(v);
    v = values.get("--addon-rate");
    o.addon = v == null ? null : Terms.rate(v);
    return o.terms();
  }

  static final class CountConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String s) {
      return Converters.convert(() -> Terms.count(s));
    }
  }

  static final class RateConverter implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String s) {
      return Converters.convert(() -> Terms.rate(s));
    }
  }
}
