package dev.exoplan.cli;

import dev.exoplan.Said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target file is either its old content or the complete new content, never a mix. */
class AtomicOutputTest {
  @TempDir Path dir;

  private long filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  @Test
  void aWriterThatFailsMidwayLeavesNothingBehind() throws IOException {
    Path target = dir.resolve("out.json");
    assertThatThrownBy(() -> AtomicOutput.write(target, "out.json", false, out -> {
      out.write("{\"half\":".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    }))
        .isInstanceOf(OutputFileException.class)
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("out.json: cannot write: No space left on device"));
    assertThat(target).doesNotExist();
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void aWriterThatFailsMidwayKeepsTheOldContentEvenWithForce() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old content\n");
    assertThatThrownBy(() -> AtomicOutput.write(target, "out.csv", true, out -> {
      out.write("new,half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(OutputFileException.class);
    assertThat(target).hasContent("old content");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void anUncheckedFailureMidwayAlsoLeavesNothingBehind() throws IOException {
    Path target = dir.resolve("out.md");
    assertThatThrownBy(() -> AtomicOutput.write(target, "out.md", false, out -> {
      out.write('x');
      throw new IllegalStateException("renderer bug");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void withoutForceAnExistingFileIsNeverReplaced() throws IOException {
    Path target = dir.resolve("out.json");
    Files.writeString(target, "old content\n");
    assertThatThrownBy(() -> AtomicOutput.write(target, "out.json", false, out -> out.write('x')))
        .isInstanceOf(OutputFileException.class)
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("out.json: already exists (use --force to overwrite)"));
    assertThat(target).hasContent("old content");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void aFileThatAppearsWhileWritingIsNotOverwritten() throws IOException {
    Path target = dir.resolve("race.json");
    assertThatThrownBy(() -> AtomicOutput.write(target, "race.json", false, out -> {
      Files.writeString(target, "someone else's\n");
      out.write("mine".getBytes(StandardCharsets.UTF_8));
    })).isInstanceOf(OutputFileException.class)
        .satisfies(e -> assertThat(Said.en(e)).contains("already exists"));
    assertThat(target).hasContent("someone else's");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void withForceTheNewContentReplacesTheOldCompletely() throws IOException {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "a much longer old content that must not survive\n");
    AtomicOutput.write(target, "out.txt", true, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(target).hasContent("new");
  }
}
