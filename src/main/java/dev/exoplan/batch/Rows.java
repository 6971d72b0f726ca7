package dev.exoplan.batch;

import dev.exoplan.report.csv.CsvWriter;
import dev.exoplan.util.Visible;
import java.nio.charset.StandardCharsets;

/**
 * The compact forms of a result, written straight as bytes: the {@code --detail summary} JSON line
 * and the {@code --format csv} row (RFC 4180, as {@link CsvWriter} writes them: CRLF, text quoted,
 * numbers bare, an empty cell for an unknown, formula triggers neutralised, control characters
 * escaped). Each method writes
 * what follows the line number; the caller writes the line number.
 */
final class Rows {
  private Rows() {}

  /** The CSV columns, in order: a stable contract (docs/output-formats.md). */
  static final String[] COLUMNS = {
    "line", "command", "status", "exit", "method", "currency", "tax_included", "low", "typical",
    "high", "typical_basis", "sessions_low", "sessions_typical", "sessions_high", "message"
  };

  static final byte[] JSON_LINE = JsonBytes.ascii("{\"line\":");
  private static final byte[] COMMAND = JsonBytes.ascii(",\"command\":");
  private static final byte[] METHOD = JsonBytes.ascii(",\"method\":");
  private static final byte[] CURRENCY = JsonBytes.ascii(",\"currency\":");
  private static final byte[] TAX_TRUE = JsonBytes.ascii(",\"taxIncluded\":true");
  private static final byte[] TAX_FALSE = JsonBytes.ascii(",\"taxIncluded\":false");
  private static final byte[] TOTAL = JsonBytes.ascii(",\"total\":");
  private static final byte[] SESSIONS = JsonBytes.ascii(",\"sessions\":");
  private static final byte[] LOW = JsonBytes.ascii("{\"low\":");
  private static final byte[] TYPICAL = JsonBytes.ascii(",\"typical\":");
  private static final byte[] HIGH = JsonBytes.ascii(",\"high\":");
  private static final byte[] BASIS = JsonBytes.ascii(",\"typicalBasis\":");
  private static final byte[] NULL = JsonBytes.ascii("null");
  private static final byte[] ERROR = JsonBytes.ascii(",\"error\":{\"exit\":");
  private static final byte[] MESSAGE = JsonBytes.ascii(",\"message\":");
  private static final byte[] CSV_OK = JsonBytes.ascii(",\"ok\",0,");
  private static final byte[] CSV_ERROR = JsonBytes.ascii(",,\"error\",");
  private static final byte[] CSV_NO_FIGURES = JsonBytes.ascii(",,,,,,,,,,,");
  private static final byte[] CSV_TRUE = JsonBytes.ascii(",true");
  private static final byte[] CSV_FALSE = JsonBytes.ascii(",false");
  private static final byte[] CRLF = JsonBytes.ascii("\r\n");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The CSV header row, after a UTF-8 byte order mark with {@code --bom}. */
  static byte[] header(boolean bom) {
    JsonBytes out = new JsonBytes(256);
    if (bom) {
      out.raw(BOM);
    }
    for (int i = 0; i < COLUMNS.length; i++) {
      if (i > 0) {
        out.raw(',');
      }
      csvText(out, COLUMNS[i]);
    }
    out.raw(CRLF);
    return java.util.Arrays.copyOf(out.data, out.size);
  }

  /** {@code ,"command":…,"sessions":…}} and a newline. */
  static void json(JsonBytes out, Summary s) {
    out.raw(COMMAND).string(s.command()).raw(METHOD);
    if (s.method() == null) {
      out.raw(NULL);
    } else {
      out.string(s.method());
    }
    out.raw(CURRENCY).string(s.currency()).raw(s.taxIncluded() ? TAX_TRUE : TAX_FALSE).raw(TOTAL);
    Summary.Range t = s.total();
    if (t == null) {
      out.raw(NULL);
    } else {
      out.raw(LOW).number(t.low()).raw(TYPICAL).number(t.typical()).raw(HIGH).number(t.high())
          .raw(BASIS).string(t.basis()).raw('}');
    }
    out.raw(SESSIONS);
    Summary.Counts c = s.sessions();
    if (c == null) {
      out.raw(NULL);
    } else {
      out.raw(LOW).number(c.low()).raw(TYPICAL);
      typical(out, c);
      out.raw(HIGH).number(c.high()).raw('}');
    }
    out.raw('}').raw('\n');
  }

  /** {@code ,"plan","ok",0,"iv",…,} and CRLF: the row after its line number. */
  static void csv(JsonBytes out, Summary s) {
    out.raw(',');
    csvText(out, s.command());
    out.raw(CSV_OK);
    if (s.method() != null) {
      csvText(out, s.method());
    }
    out.raw(',');
    csvText(out, s.currency());
    out.raw(s.taxIncluded() ? CSV_TRUE : CSV_FALSE);
    Summary.Range t = s.total();
    if (t == null) {
      out.raw(',').raw(',').raw(',').raw(',');
    } else {
      out.raw(',').number(t.low()).raw(',').number(t.typical()).raw(',').number(t.high()).raw(',');
      csvText(out, t.basis());
    }
    Summary.Counts c = s.sessions();
    if (c == null) {
      out.raw(',').raw(',').raw(',');
    } else {
      out.raw(',').number(c.low()).raw(',');
      typical(out, c);
      out.raw(',').number(c.high());
    }
    out.raw(',').raw(CRLF);
  }

  /** An error line's body, in the run's form. */
  static void error(JsonBytes out, Form form, int exit, String message) {
    if (form == Form.CSV) {
      out.raw(CSV_ERROR).number(exit).raw(CSV_NO_FIGURES);
      csvText(out, message);
      out.raw(CRLF);
    } else {
      out.raw(ERROR).number(exit).raw(MESSAGE).string(message).raw('}').raw('}').raw('\n');
    }
  }

  private static void typical(JsonBytes out, Summary.Counts c) {
    long sum = (long) c.low() + c.high();
    out.number(sum / 2);
    if (sum % 2 != 0) {
      out.raw('.').raw('5');
    }
  }

  /**
   * A quoted CSV text cell: control characters escaped as the text forms show them ({@link
   * Visible#escape}: ESC as {@code \e}, NUL as {@code \0}, never raw, as the JSON forms never
   * write them raw either; issue 22), a formula trigger neutralised, inner quotes doubled, UTF-8.
   */
  static void csvText(JsonBytes out, String s) {
    boolean plain = !s.isEmpty() && CsvWriter.neutralise(s) == s;
    for (int i = 0; plain && i < s.length(); i++) {
      char c = s.charAt(i);
      plain = c >= 0x20 && c < 0x7f && c != '"';
    }
    out.raw('"');
    if (plain) {
      for (int i = 0; i < s.length(); i++) {
        out.raw(s.charAt(i));
      }
    } else {
      String cell = JsonBytes.wellFormed(CsvWriter.neutralise(Visible.escape(s)))
          .replace("\"", "\"\"");
      out.raw(cell.getBytes(StandardCharsets.UTF_8));
    }
    out.raw('"');
  }
}
