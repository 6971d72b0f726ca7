package dev.exoplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files {@code AtomicOutput} writes before the rename: {@code .NAME.exoplan-PID-N.tmp}
 * beside the target, the name shortened to keep within the file system's 255-byte limit. Those of
 * this run are removed when it ends on SIGINT, SIGTERM or SIGHUP (a shutdown hook; the JVM then
 * exits 130, 143 or 129). SIGKILL leaves them, so each write first removes the ones for the same
 * target whose process is gone.
 */
final class TempFiles {
  static final String MARK = ".exoplan-";

  private static final long PID = ProcessHandle.current().pid();

  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

  /** The longest file name (bytes) most file systems take. */
  static final int NAME_MAX = 255;

  private TempFiles() {}

  /** Permissions of a new file before the umask: what a file created the usual way gets. */
  static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-rw-rw-");

  /** The directory a target file is written in (its temporary file goes beside it). */
  static Path directory(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    return parent == null ? target.toAbsolutePath().getRoot() : parent;
  }

  static {
    Thread hook = new Thread(TempFiles::removeAll, "exoplan-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** A new, empty temporary file beside {@code target}, with the mode the umask gives. */
  static Path create(Path target) throws IOException {
    Path dir = directory(target);
    String prefix = prefix(target.getFileName().toString());
    removeStale(dir, prefix);
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    for (int attempt = 0; ; attempt++) {
      String n = prefix + PID + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
          + ".tmp";
      Path tmp = dir.resolve(n);
      try {
        LIVE.add(tmp);
        if (posix) {
          Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
              NEW_FILE));
        } else {
          Files.createFile(tmp);
        }
        return tmp;
      } catch (FileAlreadyExistsException e) {
        LIVE.remove(tmp);
        if (attempt > 100) {
          throw e;
        }
      } catch (IOException | RuntimeException e) {
        LIVE.remove(tmp);
        throw e;
      }
    }
  }

  static void remove(Path tmp) throws IOException {
    try {
      Files.deleteIfExists(tmp);
    } finally {
      LIVE.remove(tmp);
    }
  }

  /** {@code .NAME.exoplan-}, NAME cut (at a character boundary) so the whole name fits. */
  static String prefix(String name) {
    int room = NAME_MAX - 1 - MARK.length() - 20 - 1 - 13 - 4; // . NAME MARK pid - random .tmp
    StringBuilder b = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + n > room) {
        break;
      }
      b.appendCodePoint(cp);
      bytes += n;
      i += Character.charCount(cp);
    }
    return "." + b + MARK;
  }

  /** Removes this target's temporary files left by runs that are gone (killed by SIGKILL). */
  private static void removeStale(Path dir, String prefix) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
        f -> f.getFileName().toString().startsWith(prefix))) {
      for (Path f : files) {
        String rest = f.getFileName().toString().substring(prefix.length());
        int dash = rest.indexOf('-');
        if (dash < 1 || !rest.endsWith(".tmp")) {
          continue;
        }
        long pid;
        try {
          pid = Long.parseLong(rest.substring(0, dash));
        } catch (NumberFormatException e) {
          continue;
        }
        if (pid != PID && ProcessHandle.of(pid).isEmpty()
            && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: a stale file we cannot remove does not stop this run
    }
  }

  private static void removeAll() {
    for (Path p : LIVE) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException | RuntimeException e) {
        // the JVM is going down: nothing more to do
      }
    }
  }
}
