package dev.exoplan.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** What a path names, from its mode bits: a regular file, a directory, a FIFO, a device… */
public enum FileKind {
  MISSING("nothing"),
  REGULAR("a regular file"),
  DIRECTORY("a directory"),
  LINK("a symbolic link"),
  FIFO("a FIFO (named pipe)"),
  CHARACTER_DEVICE("a character device"),
  BLOCK_DEVICE("a block device"),
  SOCKET("a socket"),
  OTHER("not a regular file");

  private final String description;

  FileKind(String description) {
    this.description = description;
  }

  /** "a FIFO (named pipe)", for messages. */
  public String description() {
    return description;
  }

  /** The kind of {@code path}; with {@code follow}, of what a link leads to. */
  public static FileKind of(Path path, boolean follow) {
    // the common case, a regular file, with one stat through java.io (issue 21: the NIO attribute
    // view's first use loaded and ran more than a short command can spare)
    if (follow && path.getFileSystem() == java.nio.file.FileSystems.getDefault()
        && path.toFile().isFile()) {
      return REGULAR;
    }
    LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    try {
      if (path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
        int mode = (Integer) Files.getAttribute(path, "unix:mode", options);
        return switch (mode & 0170000) {
          case 0100000 -> REGULAR;
          case 0040000 -> DIRECTORY;
          case 0120000 -> LINK;
          case 0010000 -> FIFO;
          case 0020000 -> CHARACTER_DEVICE;
          case 0060000 -> BLOCK_DEVICE;
          case 0140000 -> SOCKET;
          default -> OTHER;
        };
      }
      java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(path,
          java.nio.file.attribute.BasicFileAttributes.class, options);
      return a.isRegularFile() ? REGULAR : a.isDirectory() ? DIRECTORY
          : a.isSymbolicLink() ? LINK : OTHER;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return MISSING;
    }
  }
}
