package dev.exoplan.report;

import dev.exoplan.domain.Lang;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of human-readable output, per language, from {@code messages*.properties}. Placeholders
 * are {@code {0}}, {@code {1}}, … replaced literally (no MessageFormat quoting rules).
 */
public final class Messages {
  private static final String BUNDLE = "dev.exoplan.report.messages";
  private final ResourceBundle bundle;

  private Messages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  public static Messages of(Lang lang) {
    Locale locale = lang == Lang.JA ? Locale.JAPANESE : Locale.ROOT;
    return new Messages(
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  public String get(String key, Object... args) {
    String s;
    try {
      s = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message '" + key + "'", e);
    }
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }
}
