package dev.exoplan.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, finding 6: input files are regular files or pipes; a device is refused unread, a size
 * limit holds on the bytes read (a pipe has no size), and a pipe with no writer is given up.
 */
class InputFilesTest {
  @TempDir Path dir;

  private Path fifo() throws Exception {
    Path p = dir.resolve("pipe.yaml");
    Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
    assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return p;
  }

  @Test
  void aDeviceIsRefusedBeforeAByteIsRead() {
    assertThatThrownBy(() -> InputFiles.read(Path.of("/dev/zero"), 1 << 20))
        .isInstanceOf(InputFiles.NotAFile.class)
        .hasMessage("not a regular file or a pipe: a character device");
  }

  @Test
  void aPipeThatNeverEndsStopsAtTheLimit() throws Exception {
    Path p = fifo();
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(p)) {
        byte[] b = new byte[65536];
        for (int i = 0; i < 64; i++) {
          out.write(b);
        }
      } catch (Exception e) {
        // the reader stopped reading: expected
      }
    });
    writer.setDaemon(true);
    writer.start();
    assertThatThrownBy(() -> InputFiles.read(p, 1 << 20))
        .isInstanceOf(InputFiles.TooLarge.class)
        .hasMessage("more than 1048576 bytes");
  }

  /**
   * With the wait injected (50 ms rather than {@link InputFiles#PIPE_WAIT_SECONDS}): the read gives
   * up instead of blocking for ever, and the message names the wait the command line uses.
   */
  @Test
  void aPipeNobodyWritesToIsGivenUp() throws Exception {
    Path p = fifo();
    assertThatThrownBy(() -> InputFiles.read(p, 100, 50))
        .isInstanceOf(InputFiles.NoWriter.class)
        .hasMessage("nothing writes to this pipe (waited " + InputFiles.PIPE_WAIT_SECONDS + " s)");
  }

  /** The same short wait does not give up a pipe whose writer is already there. */
  @Test
  void aPipeWithAWriterIsReadWithinTheWait() throws Exception {
    Path p = fifo();
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(p)) {
        out.write("format: x\n".getBytes(StandardCharsets.UTF_8));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    assertThat(InputFiles.read(p, 100, 10_000)).hasSize(10);
  }

  @Test
  void aRegularFileUnderTheLimitIsRead() throws Exception {
    Path f = Files.writeString(dir.resolve("a.yaml"), "format: x\n");
    assertThat(InputFiles.read(f, 100)).hasSize(10);
    assertThatThrownBy(() -> InputFiles.read(f, 5)).isInstanceOf(InputFiles.TooLarge.class);
  }
}
