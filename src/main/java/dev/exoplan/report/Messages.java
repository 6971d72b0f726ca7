package dev.exoplan.report;

import dev.exoplan.domain.text.Lang;
import dev.exoplan.util.Resources;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The words of human-readable output, per language, from {@code messages.properties} (English)
 * and {@code messages_ja.properties} (UTF-8). Placeholders are {@code {0}}, {@code {1}}, … replaced
 * literally (no MessageFormat quoting rules). Not a ResourceBundle: its locale machinery has
 * nothing to choose between here and costs more at start-up than the rest. The build compiles
 * each file to a {@code .bin} next to it ({@link #main}), which reads in a fraction of the time
 * parsing properties takes on a cold JVM; the properties are read when there is no {@code .bin}
 * (classes compiled by an IDE).
 */
public final class Messages {
  private static final String DIR = "dev/exoplan/report/";
  private static final int MAGIC = 0x4558_4d53; // "EXMS"

  /**
   * English nouns that follow a count in the messages: after a count of exactly 1 the plural's
   * "s" is dropped ("1 session", "all 1 source", "(1 ampoule)"), so no template needs a form for
   * one (issue 18). Japanese has no plural.
   */
  private static final String[] PLURALS = {" sessions", " sources", " ampoules", " prices",
    " protocols", " treatments", " notes", " characters", " days", " months", " weeks", " files",
    " lists", " clinics", " items", " courses", " lines", " requests"};

  private final Texts texts;
  private final boolean english;

  private Messages(Texts texts, boolean english) {
    this.texts = texts;
    this.english = english;
  }

  public static Messages of(Lang lang) {
    return new Messages(load(lang == Lang.JA ? "messages_ja" : "messages"), lang != Lang.JA);
  }

  /** A message's text by its key, or null. */
  private interface Texts {
    String get(String key);
  }

  /**
   * The compiled file's texts: its keys (in order) read at once, each text only when first asked
   * for (issue 21: a run says a few dozen of some 1,000 texts, and decoding all of them was most of
   * loading the messages, a tenth of a JSON quote's start-up).
   */
  private static final class Compiled implements Texts {
    private final dev.exoplan.util.BytesIn in;
    private final String[] keys;
    private final int[] textAt;
    private final String[] texts;

    Compiled(dev.exoplan.util.BytesIn in, int n) throws IOException {
      this.in = in;
      keys = new String[n];
      textAt = new int[n];
      texts = new String[n];
      for (int i = 0; i < n; i++) {
        keys[i] = in.readUTF();
        textAt[i] = in.position();
        in.skipUTF();
      }
    }

    @Override
    public String get(String key) {
      int i = java.util.Arrays.binarySearch(keys, key); // main() writes them in this order
      if (i < 0) {
        return null;
      }
      String t = texts[i];
      if (t == null) { // two threads may both decode it: the same text either way
        try {
          t = in.utfAt(textAt[i]);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        texts[i] = t;
      }
      return t;
    }
  }

  private static Texts load(String name) {
    Optional<InputStream> bin = Resources.open(DIR + name + ".bin");
    if (bin.isPresent()) {
      try (InputStream raw = bin.get()) {
        // issue 21: a byte array read by hand (util.BytesIn says why)
        dev.exoplan.util.BytesIn in = new dev.exoplan.util.BytesIn(raw.readAllBytes());
        if (in.readInt() != MAGIC) {
          throw new IllegalStateException("not a compiled message file: " + name + ".bin");
        }
        return new Compiled(in, in.readInt());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Properties p = properties(name + ".properties");
    Map<String, String> m = new HashMap<>();
    for (String key : p.stringPropertyNames()) {
      m.put(key, p.getProperty(key));
    }
    return m::get;
  }

  private static Properties properties(String file) {
    Optional<InputStream> in = Resources.open(DIR + file);
    if (in.isEmpty()) {
      throw new IllegalStateException("the messages are missing from the jar: " + file);
    }
    Properties p = new Properties();
    try (InputStreamReader r = new InputStreamReader(in.get(), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * Compiles the message files in a classes directory ({@code args[0]}): each
   * {@code messages*.properties} to a {@code .bin} of its keys and texts, in key order.
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(DIR);
    for (String name : new String[] {"messages", "messages_ja"}) {
      Properties p = new Properties();
      try (InputStreamReader r = new InputStreamReader(
          Files.newInputStream(dir.resolve(name + ".properties")), StandardCharsets.UTF_8)) {
        p.load(r);
      }
      List<String> keys = new ArrayList<>(p.stringPropertyNames());
      Collections.sort(keys);
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
          Files.newOutputStream(dir.resolve(name + ".bin"))))) {
        out.writeInt(MAGIC);
        out.writeInt(keys.size());
        for (String key : keys) {
          out.writeUTF(key);
          out.writeUTF(p.getProperty(key));
        }
      }
    }
  }

  public String get(String key, Object... args) {
    String s = texts.get(key);
    if (s == null) {
      throw new IllegalStateException("no message '" + key + "'");
    }
    if (args.length == 0) {
      return s;
    }
    // one pass, so that an argument containing "{1}" is never itself substituted
    StringBuilder b = new StringBuilder(s.length() + 32);
    int from = 0;
    for (int open = s.indexOf('{'); open >= 0; open = s.indexOf('{', open + 1)) {
      int close = s.indexOf('}', open);
      if (close == open + 2 && s.charAt(open + 1) >= '0' && s.charAt(open + 1) - '0' < args.length) {
        Object a = args[s.charAt(open + 1) - '0'];
        // a date is written as the reader writes it (2026年12月1日), wherever a message holds one
        String arg = a instanceof java.time.LocalDate d
            ? DateWords.of(d, english ? Lang.EN : Lang.JA) : String.valueOf(a);
        b.append(s, from, open).append(arg);
        from = close + 1;
        open = close;
        if (english && arg.equals("1")) {
          for (String plural : PLURALS) {
            if (s.startsWith(plural, from) && (from + plural.length() == s.length()
                || !Character.isLetter(s.charAt(from + plural.length())))) {
              b.append(plural, 0, plural.length() - 1);
              from += plural.length();
              break;
            }
          }
        }
      }
    }
    return b.append(s, from, s.length()).toString();
  }
}
