package dev.exoplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every message of issue 13's block has a Japanese text that is Japanese: not the English copied,
 * with Japanese characters in it, and the same placeholders as the English.
 */
class JapaneseMessagesTest {
  /** Keys whose text is only its arguments, or only names and values in both languages. */
  private static final Set<String> SAME = Set.of("io.reason", "data.dup.id");

  @Test
  void everyIssue13MessageIsJapanese() throws IOException {
    Map<String, String> en = block("messages.properties");
    Map<String, String> ja = block("messages_ja.properties");
    assertThat(en).isNotEmpty();
    assertThat(ja.keySet()).isEqualTo(en.keySet());
    for (String key : en.keySet()) {
      String e = en.get(key);
      String j = ja.get(key);
      assertThat(placeholders(j)).as(key).isEqualTo(placeholders(e));
      if (SAME.contains(key)) {
        continue;
      }
      assertThat(j).as(key).isNotEqualTo(e);
      assertThat(j.codePoints().anyMatch(c -> c >= 0x3000)).as(key + ": " + j).isTrue();
    }
  }

  /**
   * Keys the code builds rather than names: the kinds of mapping a pricing file holds (from the
   * English words given to Fields.open), the kinds of file, and the kinds of id in a clinic list.
   */
  @Test
  void everyBuiltKeyIsInBothLanguages() throws IOException {
    java.util.List<String> keys = new java.util.ArrayList<>();
    java.util.regex.Pattern what = java.util.regex.Pattern.compile(
        "(?:Fields\\.open\\([^,]+,|Fields\\.thing\\()\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    java.util.regex.Pattern id = java.util.regex.Pattern.compile("newId\\([^,]+, \"([a-z]+)\"\\)");
    try (java.util.stream.Stream<java.nio.file.Path> files =
        java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/dev/exoplan/pricing"))) {
      for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
        String src = java.nio.file.Files.readString(f);
        java.util.regex.Matcher m = what.matcher(src);
        while (m.find()) {
          keys.add(slugKey(m.group(1).replace("\\\"", "\"")));
        }
        m = id.matcher(src);
        while (m.find()) {
          keys.add("data.id.of." + m.group(1));
        }
      }
    }
    for (dev.exoplan.util.FileKind k : dev.exoplan.util.FileKind.values()) {
      keys.add("file.kind." + k.name().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(keys).contains("data.thing.a.clinic.price.list", "data.id.of.item", "file.kind.fifo");
    Messages en = Messages.of(dev.exoplan.domain.text.Lang.EN);
    Messages ja = Messages.of(dev.exoplan.domain.text.Lang.JA);
    for (String k : keys) {
      assertThat(en.get(k)).as(k).isNotBlank();
      assertThat(ja.get(k)).as(k).isNotBlank();
    }
  }

  /** The key Fields.thing makes of English words: {@code a "from" price} → data.thing.a.from.price. */
  private static String slugKey(String what) {
    return "data.thing." + what.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".")
        .replaceAll("^\\.|\\.$", "");
  }

  private static Set<String> placeholders(String s) {
    Set<String> out = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d}").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The keys and texts after the "# issue 13 messages" comment, in file order. */
  private Map<String, String> block(String file) throws IOException {
    java.util.Properties all = new java.util.Properties();
    String text;
    try (InputStream in = getClass().getResourceAsStream(file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (InputStreamReader r = new InputStreamReader(
        new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8)) {
      all.load(r);
    }
    Map<String, String> out = new LinkedHashMap<>();
    int start = text.indexOf("# issue 13 messages");
    String[] lines = text.substring(start).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i > 0 && line.startsWith("# issue ") && !line.startsWith("# issue 13 messages")) {
        break; // the next issue's block
      }
      int eq = line.indexOf('=');
      if (!line.startsWith("#") && eq > 0) {
        String key = line.substring(0, eq);
        out.put(key, all.getProperty(key));
      }
    }
    return out;
  }
}
