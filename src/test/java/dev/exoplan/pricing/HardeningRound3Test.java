package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exoplan.Said;
import dev.exoplan.domain.catalog.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22, findings 4, 5, 10, 11 and 12: what the loaders refuse, in their own words. */
class HardeningRound3Test {
  static final Path SAME = Path.of("src/test/data/clinics-same-id");

  @TempDir Path dir;

  static PricingLoader.Input input(Path p) {
    return new PricingLoader.Input(p.toString(), p);
  }

  /** The clinic list of clinics-same-id/a-first.yaml with an effective date (or none). */
  Path list(String name, String effective, String price) throws IOException {
    String s = Files.readString(SAME.resolve("a-first.yaml"), StandardCharsets.UTF_8)
        .replace("price: 100000", "price: " + price);
    if (effective != null) {
      s = s.replace("tax: included\n", "tax: included\neffective: " + effective + "\n");
    }
    Path f = dir.resolve(name);
    Files.writeString(f, s, StandardCharsets.UTF_8);
    return f;
  }

  // finding 5: two lists of one clinic id

  @Test
  void twoUndatedListsOfOneClinicAreRefusedNamingBothFiles() {
    assertThatThrownBy(() -> PricingLoader.load(List.of(input(SAME.resolve("a-first.yaml")),
            input(SAME.resolve("b-second.yaml")))))
        .isInstanceOf(PricingException.class)
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo(
            "src/test/data/clinics-same-id/b-second.yaml:4:5: the clinic id \"same\" is also that"
                + " of the list at src/test/data/clinics-same-id/a-first.yaml:4:5, and neither"
                + " list has an effective date: give each list its effective date, or read only one"));
  }

  @Test
  void twoListsOfOneClinicWithTheSameDateAreRefused() throws IOException {
    Path a = list("a.yaml", "2026-04-01", "100000");
    Path b = list("b.yaml", "2026-04-01", "90000");
    assertThatThrownBy(() -> PricingLoader.load(List.of(input(a), input(b))))
        .isInstanceOf(PricingException.class)
        .satisfies(e -> assertThat(Said.en(e)).contains(b + ":4:5: the clinic id \"same\"",
            "list at " + a + ":4:5, with the same effective date 2026-04-01"));
  }

  @Test
  void listsOfOneClinicWithDifferentDatesLoadTogether() throws IOException {
    Path a = list("a.yaml", null, "100000");
    Path b = list("b.yaml", "2026-04-01", "90000");
    Path c = list("c.yaml", "2027-04-01", "80000");
    Catalog catalog = PricingLoader.load(List.of(input(a), input(b), input(c)));
    assertThat(catalog.clinicLists()).hasSize(3);
  }

  @Test
  void clinicsRefusesTheSecondListOrSetsItAsideWithKeepGoing() {
    List<PricingLoader.Input> dirInput = List.of(input(SAME));
    assertThatThrownBy(() -> ClinicFiles.read(dirInput, PricingLoader.shipped(), false, w -> { }))
        .isInstanceOf(PricingException.class)
        .satisfies(e -> assertThat(Said.ja(e)).startsWith(
            "src/test/data/clinics-same-id/b-second.yaml:4:5: クリニック ID「same」は"
                + " src/test/data/clinics-same-id/a-first.yaml:4:5 の価格表と同じで"));
    ClinicFiles.Result r = ClinicFiles.read(dirInput, PricingLoader.shipped(), true, w -> { });
    assertThat(r.lists()).extracting(l -> l.file())
        .containsExactly("src/test/data/clinics-same-id/a-first.yaml");
    assertThat(r.unreadable()).extracting(u -> u.where())
        .containsExactly("src/test/data/clinics-same-id/b-second.yaml:4:5");
  }

  // finding 10: lists that validate but can never work; finding 11: dates after 9999

  static String refusal(String badFile) throws IOException {
    Path f = Path.of("src/test/data/pricing/bad", badFile);
    try {
      PricingLoader.parse(badFile, Files.readAllBytes(f), PricingLoader.shipped());
    } catch (PricingException e) {
      return Said.en(e);
    }
    throw new AssertionError(badFile + " was accepted");
  }

  @Test
  void anEffectiveDateNoQuoteCanReachIsRefusedAtItsPosition() throws IOException {
    assertThat(refusal("v2-effective-far.yaml")).isEqualTo("v2-effective-far.yaml:8:12: expected a"
        + " date from 0001-01-01 to 9999-12-31, got '+999999999-12-31'");
  }

  @Test
  void aDateAfter9999IsRefusedWhereTheFileWritesIt() throws IOException {
    assertThat(refusal("v2-effective-10000.yaml")).isEqualTo("v2-effective-10000.yaml:8:12:"
        + " expected a date from 0001-01-01 to 9999-12-31, got '+10000-01-01'");
  }

  @Test
  void theFirstAndLastDatesOfTheRangeAreRead() throws IOException {
    for (String date : List.of("0001-01-01", "9999-12-31")) {
      Path f = list("d.yaml", date, "100000");
      assertThat(PricingLoader.parse("d.yaml", Files.readAllBytes(f), PricingLoader.shipped())
          .clinic().orElseThrow().menu().effective()).hasValueSatisfying(
              d -> assertThat(d.toString()).isEqualTo(date));
    }
    Path f = list("d.yaml", "0000-12-31", "100000");
    assertThatThrownBy(() -> PricingLoader.parse("d.yaml", Files.readAllBytes(f),
            PricingLoader.shipped()))
        .satisfies(e -> assertThat(Said.en(e)).isEqualTo("d.yaml:8:12: expected a date from"
            + " 0001-01-01 to 9999-12-31, got '0000-12-31'"));
  }

  @Test
  void aSetNamingAnItemTwiceIsRefusedAtTheSecond() throws IOException {
    assertThat(refusal("v2-set-twice.yaml")).isEqualTo("v2-set-twice.yaml:18:53: item 'iv' is"
        + " listed twice (first at line 18, column 49): name each item once");
  }

  @Test
  void aFeeWithAnEmptyListOfItemsIsRefused() throws IOException {
    assertThat(refusal("v2-fee-empty-items.yaml")).isEqualTo("v2-fee-empty-items.yaml:18:98: an"
        + " empty list of items: name the items the fee is for, or leave items out for a fee on"
        + " every item");
  }

  // finding 12: the readers' words replaced by exoplan's, at the right position

  static String refusal(String name, byte[] content) {
    try {
      PricingLoader.parse(name, content, PricingLoader.shipped());
    } catch (PricingException e) {
      return Said.en(e);
    }
    throw new AssertionError(name + " was accepted");
  }

  static byte[] good(String file) throws IOException {
    return Files.readAllBytes(Path.of("src/test/data/pricing/good", file));
  }

  @Test
  void aFileInUtf16IsRefusedInExoplansWords() throws IOException {
    String text = new String(good("clinic-min.yaml"), StandardCharsets.UTF_8);
    for (var cs : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE)) {
      assertThat(refusal("c.yaml", text.getBytes(cs))).isEqualTo(
          "c.yaml:1:1: the file is in UTF-16, not UTF-8: save it as UTF-8");
      assertThat(refusal("c.json", new String(good("clinic.json"), StandardCharsets.UTF_8)
          .getBytes(cs))).isEqualTo(
          "c.json:1:1: the file is in UTF-16, not UTF-8: save it as UTF-8");
    }
    assertThat(refusal("c.yaml", text.getBytes(java.nio.charset.Charset.forName("UTF-32"))))
        .isEqualTo("c.yaml:1:1: the file is in UTF-32, not UTF-8: save it as UTF-8");
  }

  @Test
  void aFileInShiftJisIsRefusedAtItsFirstByteThatIsNotUtf8() throws IOException {
    byte[] sjis = new String(good("clinic-min.yaml"), StandardCharsets.UTF_8)
        .getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
    assertThat(refusal("c.yaml", sjis)).isEqualTo("c.yaml:5:12: byte 0x83 is not UTF-8: save the"
        + " file as UTF-8 (a file in Shift_JIS, for example, is not read)");
    byte[] json = new String(good("clinic.json"), StandardCharsets.UTF_8)
        .getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
    assertThat(refusal("c.json", json)).startsWith("c.json:6:23: byte 0x83 is not UTF-8");
  }

  @Test
  void aByteOrderMarkInUtf8IsRead() throws IOException {
    byte[] yaml = good("clinic-min.yaml");
    byte[] withBom = new byte[yaml.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(yaml, 0, withBom, 3, yaml.length);
    assertThat(PricingLoader.parse("c.yaml", withBom, PricingLoader.shipped()).clinic()).isPresent();
  }

  @Test
  void aPriceOf200000DigitsIsTooLongAtItsPositionInJsonAndYaml() throws IOException {
    String digits = "1".repeat(200_000);
    String json = new String(good("clinic.json"), StandardCharsets.UTF_8)
        .replace("\"low\": 100000", "\"low\": " + digits);
    assertThat(refusal("c.json", json.getBytes(StandardCharsets.UTF_8))).isEqualTo("c.json:15:29:"
        + " number too long: 200000 characters, at most 40 are read (11111111111111111111...)");
    String yaml = new String(good("clinic-min.yaml"), StandardCharsets.UTF_8)
        .replace("low: 100000", "low: " + digits);
    assertThat(refusal("c.yaml", yaml.getBytes(StandardCharsets.UTF_8))).isEqualTo("c.yaml:13:23:"
        + " number too long: 200000 characters, at most 40 are read (11111111111111111111...)");
    String quoted = new String(good("clinic-min.yaml"), StandardCharsets.UTF_8)
        .replace("low: 100000", "low: \"" + digits + "\"");
    assertThat(refusal("c.yaml", quoted.getBytes(StandardCharsets.UTF_8)))
        .startsWith("c.yaml:13:23: expected an amount").endsWith("...\" (remove the quotes)")
        .hasSizeLessThan(200);
  }

  @Test
  void aTextTooLongInJsonIsSaidAtItsPosition() throws IOException {
    String json = new String(good("clinic.json"), StandardCharsets.UTF_8)
        .replace("\"東京都\"", "\"" + "a".repeat(20_000) + "\"");
    assertThat(refusal("c.json", json.getBytes(StandardCharsets.UTF_8))).isEqualTo(
        "c.json:11:16: text too long: at most 10000 characters are read");
  }

  @Test
  void aQuoteAmongManyClinicsNamesTenAndCountsTheRest() throws IOException {
    String min = Files.readString(Path.of("src/test/data/pricing/good/clinic-min.yaml"));
    Path many = Files.createDirectories(dir.resolve("many"));
    for (int i = 1; i <= 300; i++) {
      Files.writeString(many.resolve(String.format("c%03d.yaml", i)),
          min.replace("id: test-clinic", String.format("id: c%03d", i)));
    }
    var r = dev.exoplan.cli.CliSupport.run(dir, "quote", "--pricing", "many", "--patient", "P",
        "--method", "iv", "--intensive", "3", "--maintenance", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("exoplan quote: several clinics are loaded (c001, c002, c003,"
        + " c004, c005, c006, c007, c008, c009, c010 and 290 more): choose one with --clinic\n");
  }

  // finding 4: direction controls and invisible characters, in names from files and arguments

  String clinicName(String en) throws IOException {
    String yaml = new String(good("clinic-min.yaml"), StandardCharsets.UTF_8)
        .replace("en: Test Clinic}", "en: \"" + en + "\"}");
    return refusal("c.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aClinicNameWithADirectionControlIsRefusedLikeAControlCharacter() throws IOException {
    assertThat(clinicName("Test \\u202Egnp.exe")).isEqualTo("c.yaml:9:28: direction control"
        + " U+202E in a text (character 6): it reorders what is shown; remove it");
    for (String c : List.of("200E", "200F", "202A", "202B", "202C", "202D", "2066", "2067",
        "2068", "2069")) {
      assertThat(clinicName("Test \\u" + c + "x")).contains("direction control U+" + c);
    }
    assertThat(clinicName("Test\\u200Bclinic")).isEqualTo(
        "c.yaml:9:28: invisible character U+200B in a text (character 5): remove it");
  }

  @Test
  void aClinicNameOfNothingVisibleIsEmpty() throws IOException {
    for (String blank : List.of("\\u200B", "\\u200B\\u200C\\u200D", "\\u2060\\uFEFF",
        "\\u00A0", "\\u202E")) {
      assertThat(clinicName(blank)).isEqualTo(
          "c.yaml:9:28: expected text, got only invisible characters");
    }
  }

  @Test
  void aPatientNameWithADirectionControlOrNothingVisibleIsAUsageError() {
    var rlo = dev.exoplan.cli.CliSupport.run(dir, "quote", "--pricing",
        Path.of("pricing/example-clinic.yaml").toAbsolutePath().toString(), "--patient",
        "Hanako\u202egnp.exe", "--method", "iv");
    assertThat(rlo.exit()).isEqualTo(2);
    assertThat(rlo.err()).isEqualTo(
        "exoplan quote: --patient: control characters (tabs, newlines…) are not allowed\n");
    var zw = dev.exoplan.cli.CliSupport.run(dir, "quote", "--pricing",
        Path.of("pricing/example-clinic.yaml").toAbsolutePath().toString(), "--patient",
        "\u200b\u200b", "--method", "iv");
    assertThat(zw.exit()).isEqualTo(2);
    assertThat(zw.err()).isEqualTo("exoplan quote: --patient: expected a name, got an empty one\n");
  }
}
