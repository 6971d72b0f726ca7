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

  static void apply(CommandLine cl) {
    cl.setResourceBundle(bundle());
    cl.setUsageHelpWidth(WIDTH);
  }

  static PropertyResourceBundle bundle() {
    Optional<InputStream> in = Resources.open(BUNDLE);
    if (in.isEmpty()) {
      throw new IllegalStateException("the Japanese help is missing from the jar: " + BUNDLE);
    }
    try (InputStreamReader r = new InputStreamReader(in.get(), StandardCharsets.UTF_8)) {
      return new PropertyResourceBundle(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
