package dev.exoplan.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Sha256 is the standard digest: the FIPS 180-4 examples, and the JDK's at every padding length. */
class Sha256Test {
  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  @Test
  void fipsExamples() {
    assertThat(hex(Sha256.of("abc")))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(hex(Sha256.of("")))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(hex(Sha256.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))
        .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  }

  /** Lengths 0 to 300 cross every padding case (55, 56, 63, 64 bytes and their multiples). */
  @Test
  void equalsTheJdksAtEveryLength() throws Exception {
    MessageDigest jdk = MessageDigest.getInstance("SHA-256");
    byte[] data = new byte[300];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 31 + 7);
    }
    for (int n = 0; n <= data.length; n++) {
      byte[] in = java.util.Arrays.copyOf(data, n);
      assertThat(Sha256.of(in)).as("length %d", n).isEqualTo(jdk.digest(in));
    }
  }

  @Test
  void japaneseTextIsDigestedAsUtf8() throws Exception {
    String s = "エクソソーム点滴\u0000山田花子";
    assertThat(Sha256.of(s)).isEqualTo(
        MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
