package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher and the start-up archives the build writes next to it, on every JDK this machine
 * has (17, the default, and 25 if installed): the archive for the JDK in use is actually used, and
 * an archive that does not match (stale, foreign, or garbage) is ignored without a word, so that
 * stdout stays clean JSON and stderr stays empty.
 */
class LauncherIT {
  static final Path TARGET = Path.of("target").toAbsolutePath();

  @TempDir Path dir;

  record Jdk(int feature, Path home) {
    String archiveName() {
      return feature >= 25 ? "exoplan-jdk" + feature + ".aot" : "exoplan-jdk" + feature + ".jsa";
    }

    @Override
    public String toString() {
      return "JDK " + feature;
    }
  }

  static Stream<Jdk> jdks() throws IOException {
    List<Jdk> found = new ArrayList<>();
    found.add(new Jdk(Runtime.version().feature(), Path.of(System.getProperty("java.home"))));
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> homes = Files.list(jvms)) {
        for (Path home : homes.sorted().toList()) {
          Path release = home.resolve("release");
          if (!Files.isRegularFile(release) || Files.isSymbolicLink(home)) {
            continue;
          }
          for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
            if (line.startsWith("JAVA_VERSION=\"")) {
              int feature = Integer.parseInt(line.substring(14).split("[^0-9]")[0]);
              if (feature >= 25 && found.stream().noneMatch(j -> j.feature() == feature)) {
                found.add(new Jdk(feature, home));
              }
            }
          }
        }
      }
    }
    return found.stream();
  }

  record Result(int exit, String out, String err) {}

  Result launch(Path launcher, Jdk jdk, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", jdk.home().toString());
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().remove("LC_ALL");
    pb.environment().remove("EXOPLAN_JAVA_OPTS");
    pb.environment().putAll(env);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /**
   * A copy of the launcher and jar, in a directory of our own, with the given archive bytes and,
   * if {@code claim}, a .path file saying the archive was built for this jar (so the launcher
   * passes it to the JVM).
   */
  Path install(Jdk jdk, byte[] archive, boolean claim) throws IOException {
    Path home = Files.createDirectories(dir.resolve("install")).toRealPath();
    Files.copy(TARGET.resolve("exoplan"), home.resolve("exoplan"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(TARGET.resolve("exoplan.jar"), home.resolve("exoplan.jar"));
    Path file = home.resolve(jdk.archiveName());
    Files.write(file, archive);
    if (claim) {
      Files.writeString(home.resolve(jdk.archiveName() + ".path"), home.resolve("exoplan.jar") + "\n");
    }
    return home.resolve("exoplan");
  }

  /** How the launcher's JVM loaded exoplan's main class. */
  String howMainLoads(Path launcher, Jdk jdk) throws Exception {
    Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
    Result r = launch(launcher, jdk, Map.of("EXOPLAN_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
        "estimate", "--method", "iv", "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("{").contains("\"method\": \"iv\"");
    List<String> lines = Files.readAllLines(log);
    List<String> loaded = lines.stream().filter(l -> l.contains("dev.exoplan.cli.Main ")).toList();
    assertThat(loaded).hasSize(1);
    return loaded.get(0);
  }

  /** Runs and says whether the JDK's own classes came from an archive (the default one at least). */
  boolean jdkClassesShared(Path launcher, Jdk jdk) throws Exception {
    Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
    Result r = launch(launcher, jdk, Map.of("EXOPLAN_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
        "--version");
    assertThat(r.exit()).isZero();
    return Files.readAllLines(log).stream()
        .filter(l -> l.contains(" java.lang.Object ")).anyMatch(l -> l.contains("shared objects file"));
  }

  /** The archive the build made for this JDK (the test is skipped if there is none). */
  static byte[] builtArchive(Jdk jdk) throws IOException {
    Path archive = TARGET.resolve(jdk.archiveName());
    Assumptions.assumeTrue(Files.exists(archive), "the build made no archive for " + jdk);
    return Files.readAllBytes(archive);
  }

  /** exoplan runs with the JDK's default archive: its own classes from the jar, the JDK's shared. */
  void runsOnTheDefaultArchive(Path launcher, Jdk jdk) throws Exception {
    assertThat(howMainLoads(launcher, jdk)).contains("source: file:");
    assertThat(jdkClassesShared(launcher, jdk)).as("the default archive serves").isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void theBuiltArchiveIsUsed(Jdk jdk) throws Exception {
    builtArchive(jdk);
    assertThat(howMainLoads(TARGET.resolve("exoplan"), jdk)).containsAnyOf("shared objects file", "AOT cache");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void anArchiveBuiltForAnotherPathIsNotPassed(Jdk jdk) throws Exception {
    // a copy of the whole build: the archive's .path names the original jar, so the copy runs
    // with the JDK's default archive rather than with none
    Path launcher = install(jdk, builtArchive(jdk), false);
    Files.copy(TARGET.resolve(jdk.archiveName() + ".path"),
        launcher.resolveSibling(jdk.archiveName() + ".path"));
    runsOnTheDefaultArchive(launcher, jdk);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void aJarNewerThanItsArchiveRunsWithout(Jdk jdk) throws Exception {
    Path launcher = install(jdk, builtArchive(jdk), true);
    Path archiveCopy = launcher.resolveSibling(jdk.archiveName());
    Files.setLastModifiedTime(archiveCopy, java.nio.file.attribute.FileTime.fromMillis(0));
    runsOnTheDefaultArchive(launcher, jdk);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void aGarbageArchiveIsIgnoredSilently(Jdk jdk) throws Exception {
    byte[] garbage = new byte[64 * 1024];
    new java.util.Random(42).nextBytes(garbage);
    Path launcher = install(jdk, garbage, true);
    Result r = launch(launcher, jdk, Map.of(), "estimate", "--method", "iv", "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("{").contains("\"method\": \"iv\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void anArchiveForAnotherJarIsIgnoredSilently(Jdk jdk) throws Exception {
    Path launcher = install(jdk, builtArchive(jdk), true);
    // claimed for this copy, but built for another path and jar: the JVM refuses it
    Files.setLastModifiedTime(launcher.resolveSibling("exoplan.jar"),
        java.nio.file.attribute.FileTime.fromMillis(0));
    Result r = launch(launcher, jdk, Map.of(), "plan", "--method", "iv", "--format", "csv");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("\"row\",\"method\",\"phase\"");
  }
}
