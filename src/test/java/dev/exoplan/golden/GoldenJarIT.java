package dev.exoplan.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A sample of the golden cases again, through the packaged launcher {@code target/exoplan} in a
 * child process with a clean environment: proves the jar, the launcher and the shipped resources,
 * not just the classes. Every case runs in-process in {@link GoldenCliTest}; here run only those
 * that exercise something only the launcher and the jar do. A case is taken when it is (see
 * {@link #why}):
 *
 * <ol>
 *   <li><b>folder</b>: the first case of its folder (src/test/golden/*), by file name;
 *   <li><b>env</b>: a case with an {@code env:} line (LANG and LC_ALL, which the launcher turns into
 *       EXOPLAN_LOCALE while the JVM runs in C.UTF-8; COLUMNS; TERM);
 *   <li><b>files</b>: a case that finds or leaves files or reads stdin ({@code given:},
 *       {@code stdin:}, {@code --- file}): output files written by the packaged JVM;
 *   <li><b>help</b>: help/top* and help/version* (the help from the jar's compiled messages, the
 *       version from its manifest);
 *   <li><b>japanese</b>: the first case of each folder with a non-ASCII argument (arguments decoded
 *       by a JVM that the launcher starts in C.UTF-8);
 *   <li><b>batch</b>: the batch/ cases in {@link #BATCH}: the launcher's batch JVM (its 64 MiB heap)
 *       on a long line, a result too large, an unpaired surrogate, a CSV of every command and a
 *       global option before {@code batch} (the launcher's own scan of the arguments).
 * </ol>
 *
 * <p>Cases marked {@code only: in-process} never run here. Besides the golden cases, the launcher
 * runs with stdout closed, stdout full and stdin closed ({@link #closedAndFullStreams}); HardeningIT
 * covers those for every kind of output.
 */
class GoldenJarIT {
  static final Path LAUNCHER = Golden.ROOT.resolve("target/exoplan");

  /** The batch/ cases run through the launcher's batch JVM. */
  static final Set<String> BATCH = Set.of("batch/long-line", "batch/result-too-large",
      "batch/unpaired-surrogate", "batch/csv-every-command", "batch/clinic-plans");

  private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");

  /** The sample: each case with the rules that took it. */
  static Map<GoldenCase, Set<String>> sample() throws IOException {
    Map<GoldenCase, Set<String>> sample = new LinkedHashMap<>();
    Set<String> folders = new TreeSet<>();
    Set<String> japaneseFolders = new TreeSet<>();
    for (Path file : Golden.caseFiles()) {
      GoldenCase c = GoldenCase.read(file);
      if (c.inProcessOnly()) {
        continue;
      }
      Set<String> why = why(c, folders, japaneseFolders);
      if (!why.isEmpty()) {
        sample.put(c, why);
      }
    }
    return sample;
  }

  /** The rules of the class comment that take the case ({@code folders} are those seen so far). */
  static Set<String> why(GoldenCase c, Set<String> folders, Set<String> japaneseFolders) {
    String folder = c.file().getParent().getFileName().toString();
    Set<String> why = new TreeSet<>();
    if (folders.add(folder)) {
      why.add("folder");
    }
    if (!c.env().isEmpty()) {
      why.add("env");
    }
    if (!c.given().isEmpty() || c.stdin() != null || !c.files().isEmpty()) {
      why.add("files");
    }
    if (c.name().startsWith("help/top") || c.name().startsWith("help/version")) {
      why.add("help");
    }
    if (c.args().stream().anyMatch(a -> NON_ASCII.matcher(a).find())
        && japaneseFolders.add(folder)) {
      why.add("japanese");
    }
    if (BATCH.contains(c.name())) {
      why.add("batch");
    }
    return why;
  }

  @TestFactory
  Stream<DynamicTest> aSampleOfTheGoldenCasesThroughTheLauncher() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    sample().forEach((c, why) -> tests.add(DynamicTest.dynamicTest(
        c.name() + " " + why + ": exoplan " + String.join(" ", c.args()), c.file().toUri(),
        () -> Golden.check(c, GoldenJarIT::launch, false))));
    return tests.stream();
  }

  /** The sample holds every kind the class comment names, and is a sample, not all. */
  @Test
  void theSampleCoversEveryRuleAndEveryFolder() throws Exception {
    Map<GoldenCase, Set<String>> sample = sample();
    assertThat(sample.values().stream().flatMap(Set::stream).distinct())
        .containsExactlyInAnyOrder("folder", "env", "files", "help", "japanese", "batch");
    Set<String> folders = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(Golden.CASES)) {
      dirs.filter(Files::isDirectory).forEach(d -> folders.add(d.getFileName().toString()));
    }
    assertThat(sample.keySet().stream().map(c -> c.file().getParent().getFileName().toString()))
        .containsAll(folders);
    assertThat(sample.keySet().stream().map(GoldenCase::name)).containsAll(BATCH)
        .contains("estimate/lang-from-env", "estimate/lang-from-lc-all", "help/version");
    assertThat(sample).hasSizeLessThan(Golden.caseFiles().size() / 5);
  }

  /**
   * The streams the launcher checks itself (a closed one is pointed at /dev/null, and exoplan is
   * told): stdout closed or full is exit 73 with one line; stdin closed is an empty input.
   */
  @TestFactory
  Stream<DynamicTest> closedAndFullStreams() {
    return Stream.of(
        DynamicTest.dynamicTest("stdout closed: exoplan plan --method iv >&-", () -> {
          Golden.Result r = shell("\"$X\" plan --method iv >&-");
          assertThat(r.stderr()).matches("stdout: cannot write: [^\n]+\n");
          assertThat(r.exit()).isEqualTo(73);
        }),
        DynamicTest.dynamicTest("stdout full: exoplan --help > /dev/full", () -> {
          Golden.Result r = shell("\"$X\" --help > /dev/full");
          assertThat(r.stderr()).matches("stdout: cannot write: [^\n]+\n");
          assertThat(r.exit()).isEqualTo(73);
        }),
        DynamicTest.dynamicTest("stdin closed: exoplan batch <&-", () -> {
          Golden.Result r = shell("\"$X\" batch <&-");
          assertThat(r.stdout()).isEmpty();
          assertThat(r.stderr()).isEmpty();
          assertThat(r.exit()).isZero();
        }));
  }

  /** Runs a shell script ($X the launcher) in a clean environment; stdout and stderr captured. */
  static Golden.Result shell(String script) throws Exception {
    Path dir = Files.createTempDirectory("exoplan-launcher-");
    try {
      return run(List.of("sh", "-c", script), dir, Map.of("X", LAUNCHER.toString()), null);
    } finally {
      Golden.deleteTree(dir);
    }
  }

  static Golden.Result launch(List<String> args, Path dir, Map<String, String> env, Path stdin,
      boolean terminal) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(LAUNCHER.toString());
    cmd.addAll(args);
    return run(cmd, dir, env, stdin);
  }

  private static Golden.Result run(List<String> cmd, Path dir, Map<String, String> env, Path stdin)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Map<String, String> e = pb.environment();
    String path = e.get("PATH");
    String javaHome = System.getProperty("java.home");
    e.clear();
    e.put("PATH", path);
    e.put("JAVA_HOME", javaHome);
    // the day GoldenCliTest's clock says, so that "today" (a quote's date, a past --start) reads
    // the same through the launcher as in-process, whatever the day the suite runs
    e.put("EXOPLAN_TODAY", GoldenCliTest.CLOCK.instant().atZone(GoldenCliTest.CLOCK.getZone())
        .toLocalDate().toString());
    e.putAll(env);
    pb.redirectInput(stdin != null ? stdin.toFile() : new File("/dev/null"));
    Path out = Files.createTempFile("exoplan-out-", ".txt");
    Path err = Files.createTempFile("exoplan-err-", ".txt");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + cmd);
      }
      return new Golden.Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
