package dev.exoplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it is never half-written: the content goes to a temporary file beside the
 * target, is flushed to disk, then takes the target's name in one step. Without {@code force} an
 * existing target is never replaced (the final step is a hard link, which fails if the name is
 * taken). On any failure the temporary file is removed and the target is as it was.
 */
public final class AtomicOutput {
  /** What writes the content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicOutput() {}

  /** Fails early, before any work, if the target cannot be written. */
  public static void check(Path target, String name, boolean force) {
    Path dir = directory(target);
    if (!Files.isDirectory(dir)) {
      throw new OutputFileException(name + ": cannot create: no such directory");
    }
    if (Files.isDirectory(target)) {
      throw new OutputFileException(name + ": cannot create: is a directory");
    }
    if (!force && Files.exists(target)) {
      throw new OutputFileException(name + ": already exists (use --force to overwrite)");
    }
  }

  public static void write(Path target, String name, boolean force, Content content)
      throws IOException {
    check(target, name, force);
    Path tmp;
    try {
      tmp = createTemporary(target);
    } catch (IOException e) {
      throw new OutputFileException(name + ": cannot create: " + reason(e));
    }
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(ch)) {
        content.writeTo(out);
        out.flush();
        ch.force(true);
      }
      if (force) {
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } else {
        try {
          Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
          throw new OutputFileException(name + ": already exists (use --force to overwrite)");
        } catch (UnsupportedOperationException | IOException e) {
          if (Files.exists(target)) {
            throw new OutputFileException(name + ": already exists (use --force to overwrite)");
          }
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } catch (IOException e) {
      throw new OutputFileException(name + ": cannot write: " + reason(e));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A temporary file beside the target, with the permissions the target would get: the existing
   * target's when it is replaced, else read-write for all as the umask allows (not the 0600 of
   * an ordinary temporary file).
   */
  private static Path createTemporary(Path target) throws IOException {
    Path dir = directory(target);
    String prefix = "." + target.getFileName() + ".";
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Files.createTempFile(dir, prefix, ".tmp");
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-");
    Path tmp = Files.createTempFile(dir, prefix, ".tmp",
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(perms));
    if (Files.exists(target)) {
      Files.setPosixFilePermissions(tmp, perms); // createTempFile applies the umask
    }
    return tmp;
  }

  private static Path directory(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    return parent == null ? target.toAbsolutePath().getRoot() : parent;
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    String name = e.getClass().getSimpleName().replace("Exception", "");
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return m == null ? name : m;
  }
}
