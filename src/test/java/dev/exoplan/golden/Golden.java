package dev.exoplan.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs every {@code src/test/golden/**.case} with a given runner and compares stdout, stderr, the
 * exit code and any expected files. With {@code -Dgolden.update=true} it rewrites the cases with
 * what was observed and prints each change, so a change of output is one command and a reviewed
 * diff ({@code git diff src/test/golden}).
 */
public final class Golden {
  public static final Path ROOT = Path.of("").toAbsolutePath();
  public static final Path CASES = ROOT.resolve("src/test/golden");

  /** What one run produced. */
  public record Result(int exit, String stdout, String stderr) {}

  /** Runs exoplan with arguments in a working directory, with extra environment variables. */
  @FunctionalInterface
  public interface Runner {
    Result run(List<String> args, Path workDir, Map<String, String> env, Path stdin, boolean terminal)
        throws Exception;
  }

  private Golden() {}

  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  public static List<Path> caseFiles() throws IOException {
    try (Stream<Path> s = Files.walk(CASES)) {
      return s.filter(p -> p.toString().endsWith(".case")).sorted().toList();
    }
  }

  public static Stream<DynamicTest> tests(Runner runner, boolean update, boolean inProcess)
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : caseFiles()) {
      GoldenCase c = GoldenCase.read(file);
      if (c.inProcessOnly() && !inProcess) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(c.name() + ": exoplan " + String.join(" ", c.args()),
          file.toUri(), () -> check(c, runner, update)));
    }
    return tests.stream();
  }

  /** A fresh working directory with pricing/ and testdata/ linked in, and any given files. */
  public static Path workDir(GoldenCase c) throws IOException {
    Path dir = Files.createTempDirectory("exoplan-golden-");
    Files.createSymbolicLink(dir.resolve("pricing"), ROOT.resolve("pricing"));
    Files.createSymbolicLink(dir.resolve("testdata"), ROOT.resolve("src/test/data"));
    for (String g : c.given()) {
      Files.writeString(dir.resolve(g), GoldenCase.GIVEN_CONTENT, StandardCharsets.UTF_8);
    }
    return dir;
  }

  static void check(GoldenCase c, Runner runner, boolean update) throws Exception {
    check(c, runner, update, "");
  }

  /** {@link #check(GoldenCase, Runner, boolean)}, naming the path run in a failure's message. */
  static void check(GoldenCase c, Runner runner, boolean update, String path) throws Exception {
    String run = path.isEmpty() ? c.name() : c.name() + " (" + path + ")";
    Path dir = workDir(c);
    try {
      Path stdin = c.stdin() == null ? null : dir.resolve(c.stdin());
      Result r = runner.run(c.args(), dir, c.env(), stdin, c.stdoutTerminal());
      Map<String, String> files = new LinkedHashMap<>();
      for (String name : c.files().keySet()) {
        Path f = dir.resolve(name);
        files.put(name, Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "(missing)\n");
      }
      if (update) {
        String updated = c.format(r.exit(), r.stdout(), r.stderr(), files);
        String old = Files.readString(c.file(), StandardCharsets.UTF_8);
        if (!updated.equals(old)) {
          Files.writeString(c.file(), updated, StandardCharsets.UTF_8);
          System.err.println("golden: updated " + ROOT.relativize(c.file()));
        }
        return;
      }
      assertThat(r.stdout()).as("stdout of %s", run).isEqualTo(c.stdout());
      assertThat(r.stderr()).as("stderr of %s", run).isEqualTo(c.stderr());
      assertThat(r.exit()).as("exit code of %s", run).isEqualTo(c.exit());
      assertThat(files).as("files left by %s", run).isEqualTo(c.files());
      try (Stream<Path> left = Files.list(dir)) {
        assertThat(left.map(p -> p.getFileName().toString()))
            .as("no temporary files left by %s", run)
            .noneMatch(n -> n.endsWith(".tmp"));
      }
    } finally {
      deleteTree(dir);
    }
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
