package dev.exoplan.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One golden CLI case, read from a {@code .case} file:
 *
 * <pre>
 * # what the case shows (comments)
 * env: LANG=ja_JP.UTF-8          (optional, repeatable)
 * given: out.json                (optional: a file that exists before the run, content "old\n")
 * stdin: testdata/batch/in.jsonl (optional: a file fed to stdin)
 * only: in-process               (optional: the case needs the test clock, so no child process)
 * terminal: stdout               (optional: stdout is a terminal; implies in-process)
 * $ exoplan plan --method iv --lang en
 * exit: 0
 * --- stdout
 * ...exactly what stdout holds...
 * --- stderr
 * ...exactly what stderr holds...
 * --- file out.json              (optional, repeatable: a file the run must leave, and its content)
 * ...
 * </pre>
 *
 * Arguments are split like a POSIX shell: whitespace, 'single' and "double" quotes, backslash.
 */
public record GoldenCase(
    Path file,
    List<String> comments,
    Map<String, String> env,
    List<String> given,
    String stdin,
    boolean inProcessOnly,
    boolean stdoutTerminal,
    List<String> args,
    int exit,
    String stdout,
    String stderr,
    Map<String, String> files) {

  public static final String GIVEN_CONTENT = "old content\n";

  public String name() {
    return file.getParent().getFileName() + "/" + file.getFileName().toString().replace(".case", "");
  }

  public static GoldenCase read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String> comments = new ArrayList<>();
    Map<String, String> env = new LinkedHashMap<>();
    List<String> given = new ArrayList<>();
    String stdin = null;
    boolean inProcessOnly = false;
    boolean stdoutTerminal = false;
    List<String> args = null;
    Integer exit = null;
    int pos = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      if (nl < 0) {
        throw new IOException(file + ": expected '--- stdout'");
      }
      String line = text.substring(pos, nl);
      pos = nl + 1;
      if (line.equals("--- stdout")) {
        break;
      } else if (line.startsWith("#")) {
        comments.add(line);
      } else if (line.startsWith("env: ")) {
        String kv = line.substring(5);
        int eq = kv.indexOf('=');
        env.put(kv.substring(0, eq), kv.substring(eq + 1));
      } else if (line.startsWith("given: ")) {
        given.add(line.substring(7));
      } else if (line.startsWith("stdin: ")) {
        stdin = line.substring(7);
      } else if (line.equals("only: in-process")) {
        inProcessOnly = true;
      } else if (line.equals("terminal: stdout")) {
        stdoutTerminal = true;
        inProcessOnly = true;
      } else if (line.startsWith("$ exoplan")) {
        args = split(line.substring("$ exoplan".length()));
      } else if (line.startsWith("exit: ")) {
        exit = Integer.parseInt(line.substring(6).trim());
      } else if (!line.isBlank()) {
        throw new IOException(file + ": unexpected line: " + line);
      }
    }
    if (args == null || exit == null) {
      throw new IOException(file + ": expected '$ exoplan ...' and 'exit: N' before '--- stdout'");
    }
    String rest = text.substring(pos);
    List<String> sections = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    headers.add("--- stdout");
    int start = 0;
    while (true) {
      int next = nextHeader(rest, start);
      if (next < 0) {
        sections.add(rest.substring(start));
        break;
      }
      sections.add(rest.substring(start, next));
      int eol = rest.indexOf('\n', next);
      headers.add(rest.substring(next, eol));
      start = eol + 1;
    }
    String stdout = null;
    String stderr = null;
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      if (h.equals("--- stdout")) {
        stdout = sections.get(i);
      } else if (h.equals("--- stderr")) {
        stderr = sections.get(i);
      } else if (h.startsWith("--- file ")) {
        files.put(h.substring(9), sections.get(i));
      } else {
        throw new IOException(file + ": unknown section " + h);
      }
    }
    if (stderr == null) {
      throw new IOException(file + ": expected '--- stderr'");
    }
    return new GoldenCase(file, comments, env, given, stdin, inProcessOnly, stdoutTerminal, args, exit, stdout,
        stderr, files);
  }

  private static int nextHeader(String s, int from) {
    int i = from;
    while (i < s.length()) {
      if (s.startsWith("--- stderr\n", i) || s.startsWith("--- file ", i)) {
        if (i == 0 || s.charAt(i - 1) == '\n') {
          return i;
        }
      }
      int nl = s.indexOf('\n', i);
      if (nl < 0) {
        return -1;
      }
      i = nl + 1;
    }
    return -1;
  }

  /** The case with the observed results, as the text of a .case file. */
  public String format(int exit, String stdout, String stderr, Map<String, String> files) {
    StringBuilder sb = new StringBuilder();
    comments.forEach(c -> sb.append(c).append('\n'));
    env.forEach((k, v) -> sb.append("env: ").append(k).append('=').append(v).append('\n'));
    given.forEach(g -> sb.append("given: ").append(g).append('\n'));
    if (stdin != null) {
      sb.append("stdin: ").append(stdin).append('\n');
    }
    if (stdoutTerminal) {
      sb.append("terminal: stdout\n");
    } else if (inProcessOnly) {
      sb.append("only: in-process\n");
    }
    sb.append("$ exoplan");
    for (String a : args) {
      sb.append(' ').append(quote(a));
    }
    sb.append('\n').append("exit: ").append(exit).append('\n');
    sb.append("--- stdout\n").append(stdout);
    sb.append("--- stderr\n").append(stderr);
    files.forEach((name, content) -> sb.append("--- file ").append(name).append('\n').append(content));
    return sb.toString();
  }

  static String quote(String a) {
    if (a.chars().anyMatch(Character::isISOControl)) {
      return "$'" + a.replace("\\", "\\\\").replace("'", "\\'").replace("\t", "\\t")
          .replace("\n", "\\n").replace("\r", "\\r").replace("\0", "\\0") + "'";
    }
    if (!a.isEmpty() && a.chars().noneMatch(c -> " \t'\"\\$`|&;<>()*?!#".indexOf(c) >= 0)) {
      return a;
    }
    return "'" + a.replace("'", "'\\''") + "'";
  }

  static List<String> split(String line) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        if (cur != null) {
          out.add(cur.toString());
          cur = null;
        }
        i++;
        continue;
      }
      if (cur == null) {
        cur = new StringBuilder();
      }
      if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
        // $'...': ANSI-C quoting, for arguments with control characters
        i += 2;
        while (i < line.length() && line.charAt(i) != '\'') {
          char d = line.charAt(i);
          if (d == '\\' && i + 1 < line.length()) {
            char e = line.charAt(++i);
            cur.append(switch (e) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              case '0' -> '\0';
              default -> e;
            });
          } else {
            cur.append(d);
          }
          i++;
        }
        if (i >= line.length()) {
          throw new IOException("unterminated $' in: " + line);
        }
        i++;
      } else if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IOException("unterminated ' in: " + line);
        }
        cur.append(line, i + 1, end);
        i = end + 1;
      } else if (c == '"') {
        i++;
        while (i < line.length() && line.charAt(i) != '"') {
          if (line.charAt(i) == '\\' && i + 1 < line.length()) {
            i++;
          }
          cur.append(line.charAt(i));
          i++;
        }
        if (i >= line.length()) {
          throw new IOException("unterminated \" in: " + line);
        }
        i++;
      } else if (c == '\\' && i + 1 < line.length()) {
        cur.append(line.charAt(i + 1));
        i += 2;
      } else {
        cur.append(c);
        i++;
      }
    }
    if (cur != null) {
      out.add(cur.toString());
    }
    return out;
  }
}
