package dev.exoplan.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BytesIn reads back what DataOutputStream wrote, every text form of modified UTF-8 included. */
class BytesInTest {
  @Test
  void readsWhatDataOutputStreamWrote() throws Exception {
    List<String> texts = List.of("", "iv", "¥30,000", "エクソソーム点滴", "a\u0000b", "\uD83D\uDE00 emoji",
        "lone \uD800 surrogate", "\u00e9t\u00e9", "x".repeat(40_000));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(-7);
      out.writeLong(Long.MIN_VALUE + 3);
      out.writeBoolean(true);
      out.writeByte(-2);
      out.writeShort(-3);
      out.writeChar('語');
      for (String t : texts) {
        out.writeUTF(t);
      }
    }
    BytesIn in = new BytesIn(bytes.toByteArray());
    assertThat(in.readInt()).isEqualTo(-7);
    assertThat(in.readLong()).isEqualTo(Long.MIN_VALUE + 3);
    assertThat(in.readBoolean()).isTrue();
    assertThat(in.readByte()).isEqualTo((byte) -2);
    assertThat(in.readShort()).isEqualTo((short) -3);
    assertThat(in.readChar()).isEqualTo('語');
    for (String t : texts) {
      assertThat(in.readUTF()).isEqualTo(t);
    }
    assertThat(in.atEnd()).isTrue();
    // a text by its position, and a text passed over, without decoding
    BytesIn again = new BytesIn(bytes.toByteArray());
    again.readInt();
    again.readLong();
    again.readBoolean();
    again.readByte();
    again.readShort();
    again.readChar();
    int first = again.position();
    again.skipUTF();
    int second = again.position();
    again.skipUTF();
    assertThat(again.utfAt(second)).isEqualTo(texts.get(1));
    assertThat(again.utfAt(first)).isEqualTo(texts.get(0));
    assertThat(again.readUTF()).isEqualTo(texts.get(2));
    assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
  }
}
