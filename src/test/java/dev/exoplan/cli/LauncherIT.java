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

  /** A copy of the launcher and jar, in a directory of our own, with the given archive bytes. */
  Path install(Jdk jdk, byte[] archive) throws IOException {
    Path home = Files.createDirectories(dir.resolve("install"));
    Files.copy(TARGET.resolve("exoplan"), home.resolve("exoplan"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(TARGET.resolve("exoplan.jar"), home.resolve("exoplan.jar"));
    Files.write(home.resolve(jdk.archiveName()), archive);
    return home.resolve("exoplan");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void theBuiltArchiveIsUsed(Jdk jdk) throws Exception {
    Path archive = TARGET.resolve(jdk.archiveName());
    Assumptions.assumeTrue(Files.exists(archive), "the build made no archive for " + jdk);
    Path log = dir.resolve("classes.log");
    Result r = launch(TARGET.resolve("exoplan"), jdk,
        Map.of("EXOPLAN_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
        "estimate", "--method", "iv", "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("{").contains("\"method\": \"iv\"");
    List<String> loaded = Files.readAllLines(log).stream()
        .filter(l -> l.contains("dev.exoplan.cli.Main "))
        .toList();
    assertThat(loaded).as("how Main was loaded").singleElement().asString()
        .containsAnyOf("shared objects file", "AOT cache");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void aGarbageArchiveIsIgnoredSilently(Jdk jdk) throws Exception {
    byte[] garbage = new byte[64 * 1024];
    new java.util.Random(42).nextBytes(garbage);
    Path launcher = install(jdk, garbage);
    Result r = launch(launcher, jdk, Map.of(), "estimate", "--method", "iv", "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("{").contains("\"method\": \"iv\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void anArchiveForAnotherJarIsIgnoredSilently(Jdk jdk) throws Exception {
    Path archive = TARGET.resolve(jdk.archiveName());
    Assumptions.assumeTrue(Files.exists(archive), "the build made no archive for " + jdk);
    Path launcher = install(jdk, Files.readAllBytes(archive));
    // the same bytes, but the jar is a copy with another modification time: the JVM refuses it
    Files.setLastModifiedTime(launcher.resolveSibling("exoplan.jar"),
        java.nio.file.attribute.FileTime.fromMillis(0));
    Result r = launch(launcher, jdk, Map.of(), "plan", "--method", "iv", "--format", "csv");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("\"row\",\"method\",\"phase\"");
  }
}
