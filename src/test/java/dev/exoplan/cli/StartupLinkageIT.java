package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The benchmarked commands (bench/startup.py) link no {@code ObjectMethods} bootstrap: a record's
 * generated {@code equals}, {@code hashCode} or {@code toString} is linked at its first call by
 * method-handle classes spun at run time, which the start-up archive cannot hold; one cost a short
 * run 25 to 50 ms (issue 21). A record that a new feature puts in a map, a set or a message on
 * these paths fails here by name: write its methods out (see {@code Bought}) and add it to
 * RecordMethodsTest. Runs the launcher with the JDK's own linkage trace.
 *
 * <p>Since the build desugars lambdas and sends the stream operations that link the JDK's own to
 * dev.exoplan.jdk.Streams, the five benchmarked commands link no call site at all: a new lambda
 * the build cannot turn into a class, or a new JDK operation that links one, fails here by name.
 */
class StartupLinkageIT {
  static final Path LAUNCHER = Path.of("target/exoplan").toAbsolutePath();

  static Stream<List<String>> commands() throws IOException {
    List<String> clinics = new ArrayList<>(List.of("clinics"));
    try (Stream<Path> files = Files.list(Path.of("src/test/data/clinics"))) {
      files.sorted().limit(5).forEach(f -> clinics.add(f.toString()));
    }
    clinics.addAll(List.of("--method", "iv", "--date", "2026-12-01"));
    List<String> quote = List.of("quote", "--pricing", "pricing/example-clinic.yaml", "--method",
        "iv", "--patient", "Test", "--date", "2026-12-01");
    List<String> json = new ArrayList<>(quote);
    json.addAll(List.of("--format", "json"));
    return Stream.of(List.of("estimate", "--method", "iv"), List.of("plan", "--method", "iv"),
        quote, json, clinics, List.of("budget", "300000", "--method", "iv"));
  }

  /**
   * The five commands bench/startup.py times (budget, not among them, reads its amount by a
   * regular expression).
   */
  static Stream<List<String>> benchmarked() throws IOException {
    return commands().filter(a -> !a.get(0).equals("budget"));
  }

  /**
   * The pricing files' tree cache these runs share: the benchmark's runs, as a counselor's second
   * quote on the same price list, read the trees from it (a first run parses the YAML, whose
   * reader links the JDK's regular-expression lambdas).
   */
  @org.junit.jupiter.api.io.TempDir static Path TREES;

  /** The launcher's run with the JDK's linkage trace on: every line it wrote. */
  static String traced(List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("EXOPLAN_TODAY", "2026-11-21");
    pb.environment().put("EXOPLAN_CACHE", TREES.toString()); // as a counselor's runs: see below
    pb.environment().put("EXOPLAN_JAVA_OPTS",
        "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** The trace works through the launcher: a calendar (ical4j's own lambdas) links call sites. */
  @org.junit.jupiter.api.Test
  void theTraceSeesWhatIsLinked() throws Exception {
    assertThat(traced(List.of("plan", "--method", "iv", "--start", "2026-12-01", "--format",
        "ics"))).contains("linkCallSite");
  }

  @ParameterizedTest
  @MethodSource("benchmarked")
  void linksNoCallSiteAtAll(List<String> args) throws Exception {
    traced(args); // keeps the pricing files' trees, as the benchmark's warm-up runs do
    List<String> linked = traced(args).lines().filter(l -> l.startsWith("linkCallSite "))
        .toList();
    assertThat(linked).as("call sites %s links", args).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void linksNoRecordMethodBootstrap(List<String> args) throws Exception {
    String out = traced(args);
    List<String> records = out.lines().filter(l -> l.startsWith("linkCallSite"))
        .filter(l -> l.contains("java.lang.runtime.ObjectMethods.bootstrap"))
        .map(l -> l.split(" ")[1] + " " + l.substring(l.indexOf("/invokeStatic ") + 14,
            l.indexOf('(', l.indexOf("/invokeStatic "))))
        .toList();
    assertThat(records).as("records whose generated methods %s links", args).isEmpty();
  }
}
