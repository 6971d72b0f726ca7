package dev.exoplan.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.report.MoneyFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {
  @ParameterizedTest
  @CsvSource({
    "abc, 3",
    "出典, 4",
    "'100,000円', 9",
    "'¥100,000', 8",
    "初期集中(月1回), 15",
    "ｱｲｳ, 3",
    "６〜１２, 8",
    "e\u0301, 1",
    "'', 0"
  })
  void countsTerminalColumns(String s, int width) {
    assertThat(DisplayWidth.of(s)).isEqualTo(width);
  }

  @ParameterizedTest
  @CsvSource({"100000, '¥100,000', '100,000円'", "0, ¥0, 0円", "1234567, '¥1,234,567', '1,234,567円'",
      "-5000, '-¥5,000', '-5,000円'"})
  void formatsYenAsEachReaderExpects(long yen, String en, String ja) {
    assertThat(new MoneyFormat(dev.exoplan.domain.text.Lang.EN).format(dev.exoplan.domain.value.Money.yen(yen)))
        .isEqualTo(en);
    assertThat(new MoneyFormat(dev.exoplan.domain.text.Lang.JA).format(dev.exoplan.domain.value.Money.yen(yen)))
        .isEqualTo(ja);
  }

  @ParameterizedTest
  @CsvSource({"100000, 10万円", "125000, '12万5,000円'", "700000, 70万円",
      "123456, '12万3,456円'", "5000, '5,000円'", "0, 0円", "10000, 1万円", "1062500, '106万2,500円'",
      "3500000, 350万円", "100000000, 1億円", "123456789, '1億2,345万6,789円'",
      "120000000, '1億2,000万円'", "100000001, 1億1円", "-1062500, '-106万2,500円'",
      "-9223372036854775808, '-9,223,372,036,854,775,808円'",
      "9223372036854775807, '9,223,372兆368億5,477万5,807円'"})
  void writesEveryAmountInManStyle(long yen, String ja) {
    assertThat(new MoneyFormat(dev.exoplan.domain.text.Lang.JA, true).format(dev.exoplan.domain.value.Money.yen(yen)))
        .isEqualTo(ja);
  }
}
