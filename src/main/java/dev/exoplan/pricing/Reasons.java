package dev.exoplan.pricing;

import dev.exoplan.domain.text.Message;
import dev.exoplan.util.FileKind;
import dev.exoplan.util.InputFiles;
import java.io.IOException;
import java.util.Locale;

/**
 * Why a file could not be read or written, as a message for the user: the cases exoplan knows by
 * name are keys (said in the reader's language); the operating system's own reason ("No space left
 * on device") is passed on as it is.
 */
public final class Reasons {
  private Reasons() {}

  /** "a FIFO (named pipe)", "名前付きパイプ (FIFO)". */
  public static Message kind(FileKind k) {
    String key = "file.kind." + k.name().toLowerCase(Locale.ROOT);
    return Message.of(key);
  }

  /** The reason of a failed read or write: a message, or the system's own words. */
  public static Object of(IOException e) {
    if (e instanceof InputFiles.NotAFile n) {
      return Message.of("io.not.a.file", kind(n.kind()));
    } else if (e instanceof InputFiles.NoWriter) {
      return Message.of("io.no.writer", InputFiles.PIPE_WAIT_SECONDS);
    } else if (e instanceof InputFiles.TooLarge t) {
      return Message.of("io.too.large", t.limit());
    } else if (e instanceof java.nio.file.NoSuchFileException) {
      return Message.of("io.no.such.file");
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      return Message.of("io.permission.denied");
    } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName().replace("Exception", "") : m;
  }

  /** The same for a failed read, where the system's words are its whole message. */
  public static Object ofRead(IOException e) {
    Object r = of(e);
    return r instanceof Message || e.getMessage() == null ? r : e.getMessage();
  }
}
