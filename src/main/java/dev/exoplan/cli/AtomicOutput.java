package dev.exoplan.cli;

import dev.exoplan.domain.text.Message;
import dev.exoplan.pricing.Reasons;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import dev.exoplan.util.FileKind;
import java.util.Set;

/**
 * Writes a file so that it is never half-written: the content goes to a temporary file beside the
 * target, is flushed to disk, then takes the target's name in one step. Without {@code force} an
 * existing target is never replaced (the final step is a hard link, which fails if the name is
 * taken). On any failure, and on SIGINT, SIGTERM or SIGHUP ({@link TempFiles}), the temporary file
 * is removed and the target is as it was. Only regular files are written: an existing device,
 * FIFO, socket or directory (or a link to one) is refused, with or without {@code force}; a link
 * to a regular file is replaced by the new file (the link, not its target).
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
    Path dir = TempFiles.directory(target);
    if (!Files.isDirectory(dir)) {
      throw new OutputFileException(Message.of("io.output.no.directory", name));
    }
    FileKind kind = FileKind.of(target, false);
    if (kind == FileKind.MISSING) {
      return;
    }
    if (kind == FileKind.DIRECTORY
        || (kind == FileKind.LINK && FileKind.of(target, true) == FileKind.DIRECTORY)) {
      throw new OutputFileException(Message.of("io.output.is.directory", name));
    }
    if (kind == FileKind.LINK) {
      FileKind to = FileKind.of(target, true);
      if (to != FileKind.REGULAR && to != FileKind.MISSING) {
        throw new OutputFileException(Message.of("io.output.link", name, Reasons.kind(to)));
      }
    } else if (kind != FileKind.REGULAR) {
      throw new OutputFileException(Message.of("io.output.kind", name, Reasons.kind(kind)));
    }
    if (!force) {
      throw new OutputFileException(Message.of("io.output.exists", name));
    }
  }

  public static void write(Path target, String name, boolean force, Content content)
      throws IOException {
    check(target, name, force);
    Path tmp;
    try {
      tmp = TempFiles.create(target);
    } catch (IOException e) {
      throw new OutputFileException(Message.of("io.output.cannot.create", name, reason(e)));
    }
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(ch)) {
        content.writeTo(out);
        out.flush();
        ch.force(true);
      }
      Set<PosixFilePermission> keep = replacedPermissions(target);
      if (keep != null) {
        Files.setPosixFilePermissions(tmp, keep);
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
          throw new OutputFileException(Message.of("io.output.exists", name));
        } catch (UnsupportedOperationException | IOException e) {
          if (FileKind.of(target, false) != FileKind.MISSING) {
            throw new OutputFileException(Message.of("io.output.exists", name));
          }
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } catch (IOException e) {
      throw new OutputFileException(Message.of("io.output.cannot.write", name, reason(e)));
    } finally {
      TempFiles.remove(tmp);
    }
  }

  /**
   * The permissions of the regular file being replaced (kept by its replacement), or null: a new
   * file, or a link being replaced, keeps the mode the umask gave the temporary file.
   */
  private static Set<PosixFilePermission> replacedPermissions(Path target) throws IOException {
    if (!target.getFileSystem().supportedFileAttributeViews().contains("posix")
        || FileKind.of(target, false) != FileKind.REGULAR) {
      return null;
    }
    return Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS);
  }


  /** rw-rw-rw- before the umask: what a new file gets from most tools. */

  static Object reason(IOException e) {
    return Reasons.of(e);
  }
}
