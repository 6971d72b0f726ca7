package dev.exoplan.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens and reads the files exoplan is given (pricing files, fonts, batch requests): only regular
 * files and pipes (a FIFO, {@code <(…)}, {@code /dev/stdin} on a pipe), never a device or a socket;
 * a pipe nobody writes to is given up after {@link #PIPE_WAIT_SECONDS} seconds instead of waiting
 * for ever; and a size limit is enforced on the bytes actually read, not on what the file system
 * says (a pipe or /proc file has no size).
 */
public final class InputFiles {
  /** How long to wait for a writer to open a named pipe. */
  public static final int PIPE_WAIT_SECONDS = 5;

  /**
   * The system property that shortens the wait, in milliseconds, for tests through the launcher
   * (HardeningIT, via EXOPLAN_JAVA_OPTS: no real 5 s wait); messages still name
   * {@link #PIPE_WAIT_SECONDS}, as with the wait injected in-process.
   */
  static final String PIPE_WAIT_PROPERTY = "exoplan.pipe-wait-ms";

  private InputFiles() {}

  /** The file is not a regular file or a pipe. */
  public static final class NotAFile extends IOException {
    private static final long serialVersionUID = 1L;
    private final FileKind kind;

    NotAFile(FileKind kind) {
      super("not a regular file or a pipe: " + kind.description());
      this.kind = kind;
    }

    public FileKind kind() {
      return kind;
    }
  }

  /** The file has more bytes than the limit. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    TooLarge(long limit) {
      super("more than " + limit + " bytes");
      this.limit = limit;
    }

    /** The most bytes the file may have. */
    public long limit() {
      return limit;
    }
  }

  /** No process opened the named pipe for writing in time. */
  public static final class NoWriter extends IOException {
    private static final long serialVersionUID = 1L;

    NoWriter() {
      super("nothing writes to this pipe (waited " + PIPE_WAIT_SECONDS + " s)");
    }
  }

  /** Opens a regular file or a pipe for reading; anything else is {@link NotAFile}. */
  public static InputStream open(Path path) throws IOException {
    return open(path, pipeWaitMillis());
  }

  private static long pipeWaitMillis() {
    return Long.getLong(PIPE_WAIT_PROPERTY, TimeUnit.SECONDS.toMillis(PIPE_WAIT_SECONDS));
  }

  /** {@link #open(Path)} with another wait for a pipe's writer (tests: no real 5 s wait). */
  static InputStream open(Path path, long pipeWaitMillis) throws IOException {
    FileKind kind = FileKind.of(path, true);
    switch (kind) {
      case REGULAR -> {
        // java.io's stream (issue 21: NIO's channel classes cost a short command more); should
        // the file go between the look and the open, NIO says why, as for a missing file
        try {
          return new java.io.FileInputStream(path.toFile());
        } catch (java.io.FileNotFoundException e) {
          return Files.newInputStream(path);
        }
      }
      case FIFO -> {
        return openPipe(path, pipeWaitMillis);
      }
      case MISSING -> {
        return Files.newInputStream(path); // NoSuchFileException, AccessDeniedException…
      }
      default -> throw new NotAFile(kind);
    }
  }

  /** All of a regular file's or a pipe's bytes, failing as soon as more than {@code limit} arrive. */
  public static byte[] read(Path path, int limit) throws IOException {
    return read(path, limit, pipeWaitMillis());
  }

  static byte[] read(Path path, int limit, long pipeWaitMillis) throws IOException {
    try (InputStream in = open(path, pipeWaitMillis)) {
      byte[] b = in.readNBytes(limit + 1);
      if (b.length > limit) {
        throw new TooLarge(limit);
      }
      return b;
    }
  }

  /**
   * Opening a FIFO waits for a writer. The open runs on a daemon thread; if no writer comes in
   * time, exoplan opens the pipe for writing itself (which lets the waiting open return, on Linux),
   * closes both ends and gives up.
   */
  private static InputStream openPipe(Path path, long waitMillis) throws IOException {
    CompletableFuture<InputStream> opened = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        opened.complete(Files.newInputStream(path));
      } catch (IOException | RuntimeException e) {
        opened.completeExceptionally(e);
      }
    }, "exoplan-open-pipe");
    t.setDaemon(true);
    t.start();
    try {
      return opened.get(waitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      try (FileChannel unblock = FileChannel.open(path, StandardOpenOption.READ,
          StandardOpenOption.WRITE)) {
        InputStream late = opened.get(1, TimeUnit.SECONDS);
        late.close();
      } catch (IOException | ExecutionException | TimeoutException | RuntimeException ignored) {
        // the thread stays blocked: it is a daemon, the run ends without it
      } catch (InterruptedException i) {
        Thread.currentThread().interrupt();
      }
      throw new NoWriter();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
