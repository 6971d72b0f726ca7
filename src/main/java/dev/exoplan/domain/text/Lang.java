package dev.exoplan.domain.text;

import java.util.Locale;
import java.util.Optional;

/** The two languages exoplan speaks. */
public enum Lang {
  JA("ja", Locale.JAPANESE),
  EN("en", Locale.ENGLISH);

  private final String id;
  private final Locale locale;

  Lang(String id, Locale locale) {
    this.id = id;
    this.locale = locale;
  }

  public String id() {
    return id;
  }

  public Locale locale() {
    return locale;
  }

  public static Optional<Lang> byId(String id) {
    for (Lang l : values()) {
      if (l.id.equals(id)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
