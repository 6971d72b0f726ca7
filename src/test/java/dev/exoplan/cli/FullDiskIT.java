package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged program writing its output when the operating system refuses to store more: a file
 * size limit ({@code ulimit -f}, 8 KiB here) makes every write past it fail with EFBIG, as a full
 * disk fails with ENOSPC, partway through the file. The target is left exactly as it was — its old
 * content, or absent — with no temporary file beside it, one line on stderr and exit 73.
 */
class FullDiskIT {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final String OLD = "old content\n";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {
    "compare --format html --lang en -o out.html --force",
    "plan --method iv --intensive 1000 --maintenance 0 --start 2026-12-01 --format csv -o out.csv",
    "quote --pricing PRICING/example-clinic.yaml --patient Hanako --method iv --lang en -o out.pdf --force",
    "batch -i requests.jsonl -o out.jsonl --force",
    "batch -i requests.jsonl -o out.jsonl"
  })
  void aWriteThatTheSystemRefusesLeavesTheTargetAsItWas(String command) throws Exception {
    String[] args = command.replace("PRICING", ROOT.resolve("pricing").toString()).split(" ");
    String target = args[List.of(args).indexOf("-o") + 1];
    boolean existed = command.endsWith("--force");
    if (existed) {
      Files.writeString(dir.resolve(target), OLD);
    }
    Files.writeString(dir.resolve("requests.jsonl"),
        "{\"command\":\"compare\",\"months\":24}\n".repeat(200));
    ProcessBuilder pb = new ProcessBuilder("bash", "-c",
        "ulimit -f 8; exec \"$0\" \"$@\"", ROOT.resolve("target/exoplan").toString());
    pb.command().addAll(List.of(args));
    pb.directory(dir.toFile());
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().put("EXOPLAN_TODAY", "2026-11-21"); // no warning of a --start in the past
    pb.redirectOutput(dir.resolve("stdout.txt").toFile());
    pb.redirectError(dir.resolve("stderr.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(73);
    assertThat(err).isEqualTo(target + ": cannot write: File too large\n");
    if (existed) {
      assertThat(dir.resolve(target)).hasContent(OLD.strip());
    } else {
      assertThat(dir.resolve(target)).doesNotExist();
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(existed
              ? new String[] {target, "requests.jsonl", "stdout.txt", "stderr.txt"}
              : new String[] {"requests.jsonl", "stdout.txt", "stderr.txt"});
    }
  }
}
