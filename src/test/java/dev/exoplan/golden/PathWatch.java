package dev.exoplan.golden;

import java.io.ByteArrayOutputStream;

/**
 * Which path of {@code Main} wrote a run's output, seen from the writing thread's stack: inside
 * {@code picocli.CommandLine.execute} (which only {@code Main} calls, after the lean path declined)
 * or inside {@code dev.exoplan.cli.FastPath}. A run is taken to have gone through picocli alone only
 * when some write came from picocli's execute and none from the lean path; a run that wrote nothing
 * from either (no output, or only a final flush outside both) is not, and GoldenCliTest then runs
 * it both ways as before.
 */
final class PathWatch {
  private static final StackWalker WALKER = StackWalker.getInstance();
  private boolean picocli;
  private boolean lean;

  /** A stream that notes, on each write, which path is writing. */
  ByteArrayOutputStream stream() {
    return new ByteArrayOutputStream() {
      @Override
      public synchronized void write(int b) {
        note();
        super.write(b);
      }

      @Override
      public synchronized void write(byte[] b, int off, int len) {
        note();
        super.write(b, off, len);
      }
    };
  }

  private synchronized void note() {
    WALKER.forEach(f -> {
      String type = f.getClassName();
      if (type.equals("picocli.CommandLine") && f.getMethodName().equals("execute")) {
        picocli = true;
      } else if (type.startsWith("dev.exoplan.cli.FastPath")) {
        lean = true;
      }
    });
  }

  /** The run went through picocli, the lean path having declined it. */
  synchronized boolean tookPicocliAlone() {
    return picocli && !lean;
  }
}
