package dev.exoplan.golden;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden case again, through the packaged launcher {@code target/exoplan} in a child process
 * with a clean environment: proves the jar, the launcher and the shipped resources, not just the
 * classes.
 */
class GoldenJarIT {
  static final Path LAUNCHER = Golden.ROOT.resolve("target/exoplan");

  @TestFactory
  Stream<DynamicTest> goldenCasesThroughTheLauncher() throws Exception {
    return Golden.tests(GoldenJarIT::launch, false, false);
  }

  static Golden.Result launch(List<String> args, Path dir, Map<String, String> env, Path stdin,
      boolean terminal)
      throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(LAUNCHER.toString());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Map<String, String> e = pb.environment();
    String path = e.get("PATH");
    String javaHome = System.getProperty("java.home");
    e.clear();
    e.put("PATH", path);
    e.put("JAVA_HOME", javaHome);
    e.putAll(env);
    if (stdin != null) {
      pb.redirectInput(stdin.toFile());
    } else {
      pb.redirectInput(new File("/dev/null"));
    }
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
