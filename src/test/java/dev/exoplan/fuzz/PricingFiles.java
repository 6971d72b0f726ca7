package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.cli.CliSupport;
import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinic.ClinicPrice;
import dev.exoplan.domain.catalog.MarketPrice;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.PriceRange;
import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.pricing.PricingException;
import dev.exoplan.pricing.PricingLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every pricing file, however mangled, must do: load, or fail with a {@code PricingException}
 * that names the file, line and column. One that loads holds only ordered, non-negative prices, and
 * every command run over it either succeeds or fails with one of exoplan's messages — never exit 1
 * (an internal error) and never a stack trace.
 */
final class PricingFiles {
  static final Catalog MARKET = PricingLoader.shipped();
  private static Path dir;

  private PricingFiles() {}

  static void check(String name, byte[] content) {
    PriceTable table;
    try {
      table = PricingLoader.parse(name, content, MARKET);
    } catch (PricingException e) {
      assertThat(e.position().file()).isEqualTo(name);
      assertThat(e.position().line()).isPositive();
      assertThat(e.position().column()).isPositive();
      assertThat(e.problem()).isNotBlank();
      return;
    }
    for (MarketPrice p : table.prices()) {
      ordered(p.range());
    }
    table.clinic().ifPresent(c -> {
      for (ClinicPrice p : c.prices().values()) {
        p.perSession().ifPresent(m -> assertThat(m.isNegative()).isFalse());
        p.perCc().ifPresent(m -> assertThat(m.isNegative()).isFalse());
      }
    });
    Catalog layered = MARKET.with(table);
    assertThat(layered.tables()).contains(table);
    runEverything(name, content, table);
  }

  private static void ordered(PriceRange r) {
    assertThat(r.low().isNegative()).isFalse();
    assertThat(r.low().compareTo(r.high())).isLessThanOrEqualTo(0);
    r.typical().ifPresent(t -> assertThat(t).isBetween(r.low(), r.high()));
  }

  /** The commands a user would run over this file: each succeeds or fails with a message. */
  private static void runEverything(String name, byte[] content, PriceTable table) {
    Path file = write(name, content);
    List<List<String>> runs = new ArrayList<>();
    runs.add(List.of("pricing", "show", "--format", "json"));
    runs.add(List.of("pricing", "show"));
    runs.add(List.of("compare", "--format", "html"));
    for (Method m : Method.values()) {
      runs.add(List.of("estimate", "--method", m.id()));
      runs.add(List.of("plan", "--method", m.id(), "--format", "csv"));
      if (table.clinic().isPresent()) {
        runs.add(List.of("quote", "--patient", "<b>山田</b> & 'x'", "--method", m.id(),
            "--format", "html", "--start", "2026-12-01"));
        runs.add(List.of("quote", "--patient", "=HYPERLINK(\"x\")", "--method", m.id(),
            "--format", "json", "--intensive", "3..5", "--maintenance", "1..2"));
      }
    }
    for (List<String> run : runs) {
      List<String> args = new ArrayList<>(run);
      args.add("--pricing");
      args.add(file.toString());
      CliSupport.Result r = CliSupport.run(dir, args.toArray(String[]::new));
      assertThat(r.exit()).as("exit of %s: %s", args, r.err()).isIn(0, 2, 3, 65);
      assertThat(r.err()).as("stderr of %s", args).doesNotContain("\tat ").doesNotContain("Exception");
      if (r.exit() != 0) {
        assertThat(r.err().lines().count()).as("one line for %s: %s", args, r.err()).isEqualTo(1);
      }
    }
  }

  private static synchronized Path write(String name, byte[] content) {
    try {
      if (dir == null) {
        dir = Files.createTempDirectory("exoplan-fuzz");
        dir.toFile().deleteOnExit();
      }
      Path file = dir.resolve(name);
      Files.write(file, content);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
