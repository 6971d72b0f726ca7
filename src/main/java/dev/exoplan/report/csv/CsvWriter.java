package dev.exoplan.report.csv;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 CSV: CRLF line ends, every text cell quoted with inner quotes doubled, numbers bare,
 * an empty cell for an unknown. A text cell a spreadsheet would run as a formula (leading
 * {@code = + - @}, TAB, CR, LF or NUL) is neutralised with a leading apostrophe, as OWASP advises.
 * Optionally a UTF-8 byte order mark first, so Excel in Japan reads UTF-8.
 */
public final class CsvWriter {
  private final Writer out;
  private boolean rowStarted;

  public CsvWriter(Writer out, boolean bom) throws IOException {
    this.out = out;
    if (bom) {
      out.write('\uFEFF');
    }
  }

  public CsvWriter text(String value) throws IOException {
    separator();
    out.write('"');
    out.write(neutralise(value).replace("\"", "\"\""));
    out.write('"');
    return this;
  }

  public CsvWriter number(long value) throws IOException {
    separator();
    out.write(Long.toString(value));
    return this;
  }

  public CsvWriter number(String plainNumber) throws IOException {
    separator();
    out.write(plainNumber);
    return this;
  }

  public CsvWriter empty() throws IOException {
    separator();
    return this;
  }

  public CsvWriter bool(boolean value) throws IOException {
    separator();
    out.write(value ? "true" : "false");
    return this;
  }

  public void endRow() throws IOException {
    out.write("\r\n");
    rowStarted = false;
  }

  public void header(String... names) throws IOException {
    for (String n : names) {
      text(n);
    }
    endRow();
  }

  private void separator() throws IOException {
    if (rowStarted) {
      out.write(',');
    }
    rowStarted = true;
  }

  /** A leading apostrophe before a formula trigger; other text unchanged. */
  public static String neutralise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
        || c == '\0') {
      return "'" + s;
    }
    return s;
  }
}
