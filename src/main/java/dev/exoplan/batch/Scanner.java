package dev.exoplan.batch;

import java.nio.charset.StandardCharsets;

/**
 * Reads the common shape of a request line — one flat JSON object of ASCII keys and plain string
 * or number values — without setting up a JSON parser per line. Anything else (escapes, non-ASCII
 * bytes, nested values, booleans, duplicates, any syntax error) returns null and Jackson reads the
 * line instead, so results and error messages are Jackson's.
 */
final class Scanner {
  private Scanner() {}

  /** The line's request, or null when Jackson must read it. */
  static Request scan(byte[] b, int start, int length) {
    int end = start + length;
    int i = skip(b, start, end);
    if (i >= end || b[i] != '{') {
      return null;
    }
    Options fields = new Options();
    i = skip(b, i + 1, end);
    if (i < end && b[i] == '}') {
      return null; // {} : let Jackson's path give the missing-command message
    }
    while (true) {
      if (i >= end || b[i] != '"') {
        return null;
      }
      int keyStart = ++i;
      while (i < end && b[i] != '"') {
        if (b[i] == '\\' || b[i] < 0x20) {
          return null; // negative for non-ASCII bytes too
        }
        i++;
      }
      if (i >= end) {
        return null;
      }
      String key = new String(b, keyStart, i - keyStart, StandardCharsets.ISO_8859_1);
      i = skip(b, i + 1, end);
      if (i >= end || b[i] != ':') {
        return null;
      }
      i = skip(b, i + 1, end);
      if (i >= end) {
        return null;
      }
      String value;
      if (b[i] == '"') {
        int valueStart = ++i;
        while (i < end && b[i] != '"') {
          if (b[i] == '\\' || b[i] < 0x20) {
            return null;
          }
          i++;
        }
        if (i >= end) {
          return null;
        }
        value = new String(b, valueStart, i - valueStart, StandardCharsets.ISO_8859_1);
        i++;
      } else {
        int numberStart = i;
        i = number(b, i, end);
        if (i < 0) {
          return null;
        }
        value = new String(b, numberStart, i - numberStart, StandardCharsets.ISO_8859_1);
      }
      if (!fields.put(key, value)) {
        return null;
      }
      i = skip(b, i, end);
      if (i >= end) {
        return null;
      }
      if (b[i] == '}') {
        break;
      }
      if (b[i] != ',') {
        return null;
      }
      i = skip(b, i + 1, end);
    }
    if (skip(b, i + 1, end) != end) {
      return null;
    }
    String command = fields.remove("command");
    return command == null ? null : new Request(command, fields);
  }

  private static int skip(byte[] b, int i, int end) {
    while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i;
  }

  /** The end of a JSON number starting at i, or -1 if it is not one. */
  private static int number(byte[] b, int i, int end) {
    int s = i;
    if (i < end && b[i] == '-') {
      i++;
    }
    if (i >= end || b[i] < '0' || b[i] > '9') {
      return -1;
    }
    if (b[i] == '0' && i + 1 < end && b[i + 1] >= '0' && b[i + 1] <= '9') {
      return -1; // JSON has no leading zeros
    }
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    if (i < end && b[i] == '.') {
      i++;
      int digits = i;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      if (i == digits) {
        return -1;
      }
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < end && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int digits = i;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      if (i == digits) {
        return -1;
      }
    }
    return i > s ? i : -1;
  }
}
