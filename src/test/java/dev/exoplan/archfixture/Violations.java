package dev.exoplan.archfixture;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.math.BigDecimal;

/**
 * Code that breaks every architecture rule, on purpose: ArchitectureTest checks that each rule
 * finds its violation here, so a rule that could never fail would fail that test.
 */
public final class Violations {
  private Violations() {}

  /** money as a double. */
  public static double total(double price, int sessions) {
    return price * sessions;
  }

  /** a BigDecimal from a double: 0.1 becomes 0.1000000000000000055511151231257827... */
  public static BigDecimal fromDouble(double d) {
    return new BigDecimal(d);
  }

  public static BigDecimal valueOfDouble(double d) {
    return BigDecimal.valueOf(d);
  }

  public static long rounded(BigDecimal b) {
    return Math.round(b.doubleValue());
  }

  public static void print(String s) {
    System.out.println(s);
  }

  public static FileOutputStream stdout() {
    return new FileOutputStream(FileDescriptor.out);
  }

  /** the domain reaching into the command line. */
  public static Object commandLine() {
    return dev.exoplan.cli.ExitCode.class;
  }
}
