package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which command lines the lean path serves itself (GoldenCliTest proves that what it serves reads
 * byte for byte as picocli's own run): a well-formed line of each command in the table, list
 * options repeated and split at commas included; and which it leaves to picocli, so that every
 * message about a malformed line is picocli's.
 */
class FastPathTest {
  private static OptionalInt lean(String line) {
    Env env = new Env(new ByteArrayOutputStream(), OutputStream.nullOutputStream(),
        new ByteArrayInputStream(new byte[0]), Map.of(), false, Clock.systemUTC(), Path.of("."));
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(OutputStream.nullOutputStream(),
        StandardCharsets.UTF_8));
    return FastPath.run(line.split(" "), env, err);
  }

  private static final String QUOTE = "quote --pricing pricing/example-clinic.yaml --patient A"
      + " --method iv --date 2026-12-01";

  @ParameterizedTest
  @ValueSource(strings = {
      "estimate --method iv",
      "plan --method iv --intensive 3..5 --lang ja",
      "clinics src/test/data/clinics --method iv",
      QUOTE,
      QUOTE + " --format json --intensive 3..5 --maintenance 1..2",
      QUOTE + " --add blood-test --add numbing-cream,neck --screen autoimmune",
      QUOTE + " --discount monitor --copy clinic --counselor B --number N-1 --member",
  })
  void servesAWellFormedLine(String line) {
    assertThat(lean(line)).as(line).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "quote --pricing pricing/example-clinic.yaml --method iv",  // no --patient
      "quote --pricing pricing/example-clinic.yaml --patient A",  // no --method
      QUOTE + " --add a,,b",                                      // an empty piece
      QUOTE + " --add ,a",
      QUOTE + " --add a,",
      QUOTE + " --patient B",                                     // a value given twice
      QUOTE + " --cc x",                                          // a value that does not parse
      QUOTE + " --date 2026-13-01",
      QUOTE + " --unknown",
      QUOTE + " stray",
      "quote --help",
  })
  void leavesAMalformedLineToPicocli(String line) {
    assertThat(lean(line)).as(line).isEmpty();
  }
}
