package dev.exoplan.cli;

import dev.exoplan.domain.PriceTable;
import dev.exoplan.pricing.PricingLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code exoplan --version}: the program's version and the shipped tables'. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/exoplan/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    PriceTable market = PricingLoader.shipped().tables().get(0);
    return new String[] {
      "exoplan " + p.getProperty("version", "unknown"),
      "pricing tables: " + market.id() + " (format exoplan-pricing, version " + market.version() + ")"
    };
  }
}
