package dev.exoplan.pricing;

import dev.exoplan.Said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.value.Method;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingLoaderTest {
  @TempDir Path dir;

  @Test
  void refusesAFileOverOneMebibyteAsItReadsIt() throws IOException {
    Path big = dir.resolve("big.yaml");
    byte[] content = new byte[PricingLoader.MAX_FILE_BYTES + 1];
    java.util.Arrays.fill(content, (byte) '#');
    Files.write(big, content);
    assertThatThrownBy(() -> PricingLoader.read(new PricingLoader.Input("big.yaml", big)))
        .isInstanceOf(PricingException.class)
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("big.yaml:1:1: file too large: more than 1048576 bytes"));
  }

  @Test
  void acceptsAFileOfExactlyTheLimit() throws IOException {
    Path f = dir.resolve("edge.yaml");
    String valid = Files.readString(Path.of("src/test/data/pricing/good/clinic-min.yaml"));
    String padded = valid + "#".repeat(PricingLoader.MAX_FILE_BYTES
        - valid.getBytes(StandardCharsets.UTF_8).length - 1) + "\n";
    Files.writeString(f, padded);
    assertThat(Files.size(f)).isEqualTo(PricingLoader.MAX_FILE_BYTES);
    assertThat(PricingLoader.load(List.of(new PricingLoader.Input("edge.yaml", f))).clinics())
        .hasSize(1);
  }

  @Test
  void aMissingFileIsUnreadableNotBadData() {
    assertThatThrownBy(() -> PricingLoader.load(
            List.of(new PricingLoader.Input("nope.yaml", dir.resolve("nope.yaml")))))
        .isInstanceOf(UnreadableFileException.class)
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("nope.yaml: no such file"));
  }

  @Test
  void laterLayersReplaceEarlierEntriesWithTheSameKey() {
    Catalog c = PricingLoader.load(List.of(new PricingLoader.Input("extra.yaml",
        Path.of("src/test/data/pricing/good/market-extra.yaml"))));
    assertThat(c.prices(Method.IV)).extracting(p -> p.sourceId() + ":" + p.range().high().minor())
        .containsExactly("000:500000", "003:210000", "004:100000", "x1:120000");
  }

  @Test
  void jsonAndYamlReadTheSame() throws IOException {
    Path yaml = dir.resolve("c.yaml");
    Files.writeString(yaml, """
        format: exoplan-pricing
        version: 1
        kind: clinic
        id: json-clinic
        name: {ja: JSONクリニック, en: JSON Clinic}
        currency: JPY
        taxIncluded: false
        clinic:
          name: {ja: JSONクリニック, en: JSON Clinic}
          address: 東京都
          phone: 03-1111-2222
        prices:
          - {method: iv, low: 100000, high: 100000}
          - {method: scalp, low: 70000, high: 70000}
        """);
    var fromYaml = PricingLoader.parse("c.yaml", Files.readAllBytes(yaml), PricingLoader.shipped());
    var fromJson = PricingLoader.parse("clinic.json",
        Files.readAllBytes(Path.of("src/test/data/pricing/good/clinic.json")), PricingLoader.shipped());
    assertThat(fromYaml.clinic()).isEqualTo(fromJson.clinic());
  }
}
