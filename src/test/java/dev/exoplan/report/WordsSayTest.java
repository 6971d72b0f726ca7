package dev.exoplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exoplan.domain.text.Lang;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import dev.exoplan.domain.value.MoneyRange;
import dev.exoplan.domain.value.TypicalBasis;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Messages raised with a key are said in the reader's language, with their arguments written as
 * that reader writes them; every key the code raises exists in both languages.
 */
class WordsSayTest {
  @Test
  void argumentsAreWrittenInTheReadersStyle() {
    Message m = Message.of("usage.format.unsupported", Method.IV, Money.yen(12_000),
        new MoneyRange(Money.yen(30_000), Money.yen(100_000), Money.yen(500_000), TypicalBasis.MIDPOINT));
    assertThat(new Words(Lang.EN, false).say(m))
        .isEqualTo("cannot write IV drip here; ¥12,000 writes ¥30,000 – ¥500,000");
    assertThat(new Words(Lang.JA, false).say(m))
        .isEqualTo("12,000円 は 点滴 形式で出力できません。出力できる形式: 30,000円〜500,000円");
  }

  @Test
  void aNestedMessageIsSaidToo() {
    Message inner = Message.of("usage.format.unsupported", "a", "b", "c");
    Message outer = Message.of("usage.format.unsupported", inner, "x", "y");
    assertThat(new Words(Lang.EN, false).say(outer))
        .isEqualTo("cannot write cannot write a here; b writes c here; x writes y");
  }

  @Test
  void everyKeyRaisedInTheCodeIsInBothLanguages() throws IOException {
    Pattern raised = Pattern.compile("Message\\.of\\(\\s*\"([a-z0-9.\\-_]+)\"");
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = raised.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1) + " (" + f.getFileName() + ")");
        }
      }
    }
    assertThat(keys).as("the code raises keyed messages").isNotEmpty();
    for (String file : List.of("messages", "messages_ja")) {
      Properties p = load(file);
      assertThat(keys).as(file).allSatisfy(k ->
          assertThat(p.getProperty(k.substring(0, k.indexOf(' ')))).as(k + " in " + file).isNotNull());
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(new TreeSet<>(load("messages_ja").stringPropertyNames()))
        .isEqualTo(new TreeSet<>(load("messages").stringPropertyNames()));
  }

  private Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream(file + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
