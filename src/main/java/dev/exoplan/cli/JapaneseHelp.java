package dev.exoplan.cli;

import dev.exoplan.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import picocli.CommandLine;

/**
 * The usage help in Japanese: picocli's own resource-bundle support, fed from
 * {@code help_ja.properties} (UTF-8), for every command and option. Set only when the run's
 * language is Japanese and picocli builds its model, so neither the lean path nor an English run
 * reads the file. The help wraps at 80 columns; picocli counts a Japanese character as two.
 */
final class JapaneseHelp {
  static final String BUNDLE = "dev/exoplan/cli/help_ja.properties";
  static final int WIDTH = 80;

  private JapaneseHelp() {}

  /** English wordings of shared options that differ by command ({@link PlanShape}'s, for plan). */
  static final String ENGLISH = "dev/exoplan/cli/help_en.properties";

  /** The help in the run's language: Japanese, or English with each command's own wordings. */
  static void apply(CommandLine cl, dev.exoplan.domain.text.Lang lang) {
    if (lang == dev.exoplan.domain.text.Lang.JA) {
      cl.setResourceBundle(bundle());
      cl.setUsageHelpWidth(WIDTH);
    } else {
      cl.setResourceBundle(bundle(ENGLISH));
    }
  }

  static PropertyResourceBundle bundle() {
    return bundle(BUNDLE);
  }

  static PropertyResourceBundle bundle(String name) {
    Optional<InputStream> in = Resources.open(name);
    if (in.isEmpty()) {
      throw new IllegalStateException("the help is missing from the jar: " + name);
    }
    try (InputStreamReader r = new InputStreamReader(in.get(), StandardCharsets.UTF_8)) {
      return new PropertyResourceBundle(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
