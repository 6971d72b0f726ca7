package dev.exoplan.cli;

import dev.exoplan.Said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, findings 3, 5 and 11: -o writes only regular files (a FIFO, a device, a link to one are
 * refused with or without --force); a link to a regular file is replaced (the link, not its target,
 * and without the target's mode); a read-only file of one's own is replaced with --force; a name
 * near the 255-byte limit works; a temporary file left by a killed run is removed by the next one.
 */
class OutputTargetTest {
  @TempDir Path dir;

  private static void mkfifo(Path p) throws Exception {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mk.exitValue()).isZero();
  }

  private static AtomicOutput.Content text(String s) {
    return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private long filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  @Test
  void aFifoIsRefusedWithOrWithoutForce() throws Exception {
    Path fifo = dir.resolve("pipe");
    mkfifo(fifo);
    for (boolean force : new boolean[] {false, true}) {
      assertThatThrownBy(() -> AtomicOutput.write(fifo, "pipe", force, text("x")))
          .isInstanceOf(OutputFileException.class)
          .satisfies(e -> assertThat(Said.en(e)).isEqualTo("pipe: cannot write: a FIFO (named pipe); -o writes only regular files"));
      assertThat(Files.isRegularFile(fifo)).isFalse();
      assertThat(filesIn(dir)).isEqualTo(1);
    }
  }

  @Test
  void aLinkToADeviceIsRefusedAndTheDeviceUntouched() throws Exception {
    Path link = dir.resolve("null");
    Files.createSymbolicLink(link, Path.of("/dev/null"));
    assertThatThrownBy(() -> AtomicOutput.write(link, "null", true, text("x")))
        .isInstanceOf(OutputFileException.class)
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("null: cannot write: a link to a character device; -o writes only regular files"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
  }

  @Test
  void aLinkToARegularFileIsReplacedNotItsTargetAndGetsANewFilesMode() throws Exception {
    Path target = dir.resolve("theirs.txt");
    Files.writeString(target, "theirs\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
    Path link = dir.resolve("out.txt");
    Files.createSymbolicLink(link, target);
    AtomicOutput.write(link, "out.txt", true, text("mine\n"));
    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(link).hasContent("mine");
    assertThat(target).hasContent("theirs");
    Path probe = Files.createFile(dir.resolve("probe"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
    assertThat(Files.getPosixFilePermissions(link)).isEqualTo(Files.getPosixFilePermissions(probe));
  }

  @Test
  void aNewFileGetsTheModeTheUmaskGives() throws Exception {
    Path out = dir.resolve("new.txt");
    AtomicOutput.write(out, "new.txt", false, text("x"));
    Path probe = Files.createFile(dir.resolve("probe"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(probe));
  }

  @Test
  void withForceAReadOnlyFileIsReplacedAndStaysReadOnly() throws Exception {
    Path out = dir.resolve("ro.txt");
    Files.writeString(out, "old\n");
    Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r--r--r--");
    Files.setPosixFilePermissions(out, readOnly);
    AtomicOutput.write(out, "ro.txt", true, text("new\n"));
    assertThat(out).hasContent("new");
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(readOnly);
  }

  @Test
  void aNameNearTheFileSystemLimitIsWritten() throws Exception {
    String name = "a".repeat(250) + ".txt";
    Path out = dir.resolve(name);
    AtomicOutput.write(out, name, false, text("x"));
    assertThat(out).hasContent("x");
    assertThat(filesIn(dir)).isEqualTo(1);
    String japanese = "見".repeat(83) + ".txt"; // 249 + 4 bytes
    AtomicOutput.write(dir.resolve(japanese), japanese, false, text("y"));
    assertThat(dir.resolve(japanese)).hasContent("y");
  }

  @Test
  void aTemporaryFileOfAKilledRunIsRemovedByTheNextRunButALiveOnesIsNot() throws Exception {
    Path out = dir.resolve("out.jsonl");
    String prefix = TempFiles.prefix("out.jsonl");
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path stale = Files.writeString(dir.resolve(prefix + gone.pid() + "-abc.tmp"), "half");
    Path live = Files.writeString(dir.resolve(prefix + "1-abc.tmp"), "pid 1 is alive");
    AtomicOutput.write(out, "out.jsonl", false, text("x"));
    assertThat(stale).doesNotExist();
    assertThat(live).exists();
    assertThat(out).hasContent("x");
  }
}
