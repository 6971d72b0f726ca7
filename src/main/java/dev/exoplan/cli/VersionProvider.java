package dev.exoplan.cli;

import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.pricing.PricingLoader;
import dev.exoplan.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code exoplan --version}: the program's version and the shipped tables'. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    return lines();
  }

  static String[] lines() {
    Properties p = new Properties();
    Optional<InputStream> version = Resources.open("dev/exoplan/version.properties");
    if (version.isPresent()) {
      try (InputStream in = version.get()) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    PriceTable market = PricingLoader.shipped().tables().get(0);
    return new String[] {
      "exoplan " + p.getProperty("version", "unknown"),
      "pricing tables: " + market.id() + " (format exoplan-pricing, version " + market.version() + ")"
    };
  }
}
