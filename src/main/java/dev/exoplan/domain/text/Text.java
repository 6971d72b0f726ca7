package dev.exoplan.domain.text;

import java.util.Objects;

/** A short text in Japanese and English, as a price table gives it. */
public record Text(String ja, String en) {

  public Text {
    Objects.requireNonNull(ja, "ja");
    Objects.requireNonNull(en, "en");
  }

  public static Text of(String both) {
    return new Text(both, both);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Text t && t.ja.equals(ja) && t.en.equals(en);
  }

  @Override
  public int hashCode() {
    return ja.hashCode() * 31 + en.hashCode();
  }

  public String in(Lang lang) {
    return lang == Lang.JA ? ja : en;
  }
}
