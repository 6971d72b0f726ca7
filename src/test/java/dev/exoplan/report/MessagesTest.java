package dev.exoplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.domain.text.Lang;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The compiled message files the build writes say exactly what the properties files say. */
class MessagesTest {
  @ParameterizedTest
  @EnumSource(Lang.class)
  void theCompiledMessagesAreTheProperties(Lang lang) throws Exception {
    String file = lang == Lang.JA ? "messages_ja" : "messages";
    assertThat(getClass().getResource(file + ".bin")).as("compiled by the build").isNotNull();
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream(file + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(p).hasSizeGreaterThan(100);
    Messages m = Messages.of(lang);
    for (String key : p.stringPropertyNames()) {
      assertThat(m.get(key)).as(key).isEqualTo(p.getProperty(key));
    }
    assertThatThrownBy(() -> m.get("no.such.key")).hasMessageContaining("no.such.key");
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void placeholdersAreReplacedLiterally(Lang lang) {
    Messages m = Messages.of(lang);
    String dash = lang == Lang.JA ? "〜" : " – ";
    assertThat(m.get("range", "{1}", "$2")).isEqualTo("{1}" + dash + "$2");
    assertThat(m.get("range", "a")).isEqualTo("a" + dash + "{1}");
    assertThat(m.get("range")).isEqualTo("{0}" + dash + "{1}");
  }
}
