package dev.exoplan.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * stdout as exoplan writes it, remembering the first write or flush that failed: PrintWriter (help,
 * --version) swallows its errors, and the run's exit code must still say the output was lost.
 */
final class WatchedOutput extends FilterOutputStream {
  private IOException failure;

  WatchedOutput(OutputStream out) {
    super(out);
  }

  IOException failure() {
    return failure;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private IOException failed(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
