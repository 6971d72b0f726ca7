package dev.exoplan.cli;

import dev.exoplan.domain.value.Amount;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Dates;
import dev.exoplan.domain.value.Months;
import dev.exoplan.domain.value.Interval;
import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.report.Format;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters; each delegates to the domain's parser and keeps its message. */
final class Converters {
  /** {@code --color}'s values. */
  static final java.util.List<String> COLORS = java.util.List.of("auto", "always", "never");

  /** {@code --yen}'s values. */
  static final java.util.List<String> YENS = java.util.List.of("plain", "man");

  private Converters() {}

  static <T> T convert(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (dev.exoplan.domain.text.DomainException e) {
      throw e.message().<TypeConversionException>map(KeyedConversion::new)
          .orElseGet(() -> new TypeConversionException(e.getMessage()));
    }
  }

  static final class MethodConverter implements ITypeConverter<Method> {
    @Override
    public Method convert(String s) {
      return Converters.convert(() -> Method.of(s));
    }
  }

  static final class CountConverter implements ITypeConverter<CountRange> {
    @Override
    public CountRange convert(String s) {
      return Converters.convert(() -> CountRange.parse(s));
    }
  }

  /** {@code --cc}: a volume in cc, {@code 2}, {@code 2cc} or {@code 1..3cc} (issue 22). */
  static final class CcConverter implements ITypeConverter<CountRange> {
    @Override
    public CountRange convert(String s) {
      return Converters.convert(() -> Amount.cc(s));
    }
  }

  /** {@code --dose}: an amount in the item's unit, {@code 2}, {@code 2cc} or {@code 2 ampoules}. */
  static final class DoseConverter implements ITypeConverter<Amount.Dose> {
    @Override
    public Amount.Dose convert(String s) {
      return Converters.convert(() -> Amount.doseAsTyped(s));
    }
  }

  static final class PriceConverter implements ITypeConverter<PriceRange> {
    @Override
    public PriceRange convert(String s) {
      return Converters.convert(() -> PriceRange.parse(s));
    }
  }

  /** A budget's amount (issue 20): one amount in yen, as --price reads one. */
  static final class BudgetAmountConverter implements ITypeConverter<dev.exoplan.domain.value.Money> {
    @Override
    public dev.exoplan.domain.value.Money convert(String s) {
      return Converters.convert(() -> dev.exoplan.domain.value.BudgetAmount.parse(s));
    }
  }

  static final class IntervalConverter implements ITypeConverter<Interval> {
    @Override
    public Interval convert(String s) {
      return Converters.convert(() -> Interval.parse(s));
    }
  }

  static final class MonthsConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String s) {
      return Converters.convert(() -> Months.parse(s));
    }
  }

  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String s) {
      return Converters.convert(() -> Dates.parse(s));
    }
  }

  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String s) {
      return Format.byId(s)
          .orElseThrow(() -> new KeyedConversion(Message.of("usage.format.unknown", s)));
    }
  }

  static final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String s) {
      return Lang.byId(s)
          .orElseThrow(() -> new KeyedConversion(Message.of("usage.lang.unknown", s)));
    }
  }

  static final class ColorConverter implements ITypeConverter<String> {
    @Override
    public String convert(String s) {
      if (COLORS.contains(s)) {
        return s;
      }
      throw new KeyedConversion(Message.of("usage.color.unknown", s));
    }
  }

  static final class YenConverter implements ITypeConverter<String> {
    @Override
    public String convert(String s) {
      if (YENS.contains(s)) {
        return s;
      }
      throw new KeyedConversion(Message.of("usage.yen.unknown", s));
    }
  }
}
