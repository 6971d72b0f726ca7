package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documented schema ({@code pricing/exoplan-pricing.schema.json}) and the loader agree: every
 * file the loader accepts conforms to the schema, and the defects the schema can express are
 * rejected by both.
 */
class PricingSchemaTest {
  static final JsonSchema SCHEMA = schema();

  static JsonSchema schema() {
    try {
      JsonNode node = new ObjectMapper().readTree(Path.of("pricing/exoplan-pricing.schema.json").toFile());
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Set<ValidationMessage> validate(Path file) throws IOException {
    ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
    return SCHEMA.validate(mapper.readTree(file.toFile()));
  }

  static Stream<Path> validFiles() throws IOException {
    try (Stream<Path> good = Files.list(Path.of("src/test/data/pricing/good"))) {
      return Stream.concat(
          Stream.of(Path.of("pricing/market.yaml"), Path.of("pricing/example-clinic.yaml"),
              Path.of("pricing/example-clinic-members.yaml")),
          good.sorted().toList().stream());
    }
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void everyFileTheLoaderAcceptsConformsToTheSchema(Path file) throws IOException {
    assertThat(validate(file)).as("schema errors in %s", file).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "unknown-field.yaml", "float-amount.yaml", "negative-amount.yaml", "huge-amount.yaml",
    "quoted-amount.yaml", "null-amount.yaml", "missing-currency.yaml", "missing-tax.yaml",
    "version-2.yaml", "quoted-version.yaml", "wrong-format.yaml",
    "bad-kind.yaml", "unknown-method.yaml", "quoted-boolean.yaml",
    "unquoted-source-id.yaml", "empty-text.yaml", "bad-date.yaml", "bad-id.yaml",
    "bad-source-id.yaml", "method-twice.yaml", "no-methods.yaml", "no-phases.yaml",
    "bad-phase-kind.yaml", "empty-phase.yaml", "bad-unit.yaml", "zero-interval.yaml",
    "missing-duration.yaml", "not-a-list.yaml", "text-not-mapping.yaml", "cite-line-zero.yaml",
    "clinic-market-field.yaml", "clinic-missing-clinic.yaml", "missing-format.yaml",
    "not-a-mapping.yaml", "v2-effective-far.yaml", "v2-effective-10000.yaml", "v2-set-twice.yaml",
    "v2-fee-empty-items.yaml"
  })
  // Not listed, because a schema cannot say it: yes-boolean (a YAML 1.1 reader turns `yes` into
  // true before any schema sees it), octal-amount (012 arrives as 10), bad-currency (YEN is three
  // capitals but not ISO 4217), and every cross-reference, duplicate and low-above-high defect.
  void defectsTheSchemaCanExpressAreRejectedByIt(String name) throws IOException {
    Path file = Path.of("src/test/data/pricing/bad", name);
    assertThat(validate(file)).as("schema errors in %s", file).isNotEmpty();
    // and the loader rejects it too (golden cases check its message)
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PricingLoader.parse(name, Files.readAllBytes(file), PricingLoader.shipped()))
        .isInstanceOf(PricingException.class);
  }

  @org.junit.jupiter.api.Test
  void everyBadFileIsRejectedByTheLoader() throws IOException {
    List<Path> bad;
    try (Stream<Path> s = Files.list(Path.of("src/test/data/pricing/bad"))) {
      bad = s.sorted().toList();
    }
    assertThat(bad).hasSizeGreaterThan(50);
    for (Path file : bad) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> PricingLoader.parse(file.getFileName().toString(), Files.readAllBytes(file),
                  PricingLoader.shipped()))
          .as(file.toString())
          .isInstanceOf(PricingException.class)
          .hasMessageStartingWith(file.getFileName() + ":");
    }
  }
}
