package dev.exoplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.domain.text.Sha256;
import java.security.MessageDigest;

/** Sha256 (quote numbers, calendar UIDs) gives the JDK's SHA-256 for any bytes. */
class Sha256FuzzTest {
  @FuzzTest(maxDuration = "10s")
  void equalsTheJdksDigest(byte[] data) throws Exception {
    assertThat(Sha256.of(data)).isEqualTo(MessageDigest.getInstance("SHA-256").digest(data));
  }
}
