package dev.exoplan.report;

import dev.exoplan.domain.Lang;
import dev.exoplan.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The words of human-readable output, per language, from {@code messages.properties} (English)
 * and {@code messages_ja.properties} (UTF-8). Placeholders are {@code {0}}, {@code {1}}, … replaced
 * literally (no MessageFormat quoting rules). Read as plain properties: ResourceBundle's locale
 * machinery has nothing to choose between here and costs more at start-up than the rest.
 */
public final class Messages {
  private static final String DIR = "dev/exoplan/report/";

  private final Properties texts;

  private Messages(Properties texts) {
    this.texts = texts;
  }

  public static Messages of(Lang lang) {
    return new Messages(load(lang == Lang.JA ? "messages_ja.properties" : "messages.properties"));
  }

  private static Properties load(String file) {
    Optional<InputStream> in = Resources.open(DIR + file);
    if (in.isEmpty()) {
      throw new IllegalStateException("the messages are missing from the jar: " + file);
    }
    Properties p = new Properties();
    try (InputStreamReader r = new InputStreamReader(in.get(), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  public String get(String key, Object... args) {
    String s = texts.getProperty(key);
    if (s == null) {
      throw new IllegalStateException("no message '" + key + "'");
    }
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }
}
