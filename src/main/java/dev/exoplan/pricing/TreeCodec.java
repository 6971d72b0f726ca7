package dev.exoplan.pricing;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Node} tree in binary, every position kept, so that a tree once read from YAML, JSON or
 * a workbook can be had again without the parser: the shipped course-contract rule, compiled by
 * the build ({@link #main}), and a pricing file's tree kept between runs ({@link TreeCache}).
 * Reading SnakeYAML's way through a clinic's price list was about a quarter of a text quote's
 * start-up (issue 21). The file name is not stored: a tree read back takes the name it is read by,
 * as positions in messages must.
 *
 * <p>Layout: a node is a tag ({@code O}, {@code A}, {@code S}), its position (line, column, and
 * the sheet of a workbook cell or none), then a mapping's fields in order with each key's position,
 * a sequence's items, or a scalar's kind and text. Counts are ints, texts are UTF-8 with their
 * length. TreeCodecTest and TreeCacheFuzzTest prove a tree read back equal to the one written.
 */
final class TreeCodec {
  /** Bumped with any change to the layout below. */
  static final int VERSION = 1;

  private TreeCodec() {}

  /**
   * The build's step (process-classes): {@code TreeCodec YAML OUT} reads a shipped YAML table as
   * exoplan reads any pricing file and writes its tree to OUT.
   */
  public static void main(String[] args) throws IOException {
    java.nio.file.Path yaml = java.nio.file.Path.of(args[0]);
    Node tree = TreeReader.read(yaml.getFileName().toString(),
        java.nio.file.Files.readAllBytes(yaml), true);
    java.nio.file.Path out = java.nio.file.Path.of(args[1]);
    java.nio.file.Files.createDirectories(out.getParent());
    try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(
        java.nio.file.Files.newOutputStream(out)))) {
      write(tree, o);
    }
  }

  static void write(Node node, DataOutputStream out) throws IOException {
    if (node instanceof Node.Obj o) {
      out.writeByte('O');
      position(o.at(), out);
      out.writeInt(o.fields().size());
      for (Map.Entry<String, Node> e : o.fields().entrySet()) {
        text(e.getKey(), out);
        Position key = o.keys().get(e.getKey());
        out.writeBoolean(key != null);
        if (key != null) {
          position(key, out);
        }
        write(e.getValue(), out);
      }
      // a key's position without its field: none is made so today, but the tree allows it
      int extra = 0;
      for (String k : o.keys().keySet()) {
        extra += o.fields().containsKey(k) ? 0 : 1;
      }
      out.writeInt(extra);
      for (Map.Entry<String, Position> e : o.keys().entrySet()) {
        if (!o.fields().containsKey(e.getKey())) {
          text(e.getKey(), out);
          position(e.getValue(), out);
        }
      }
    } else if (node instanceof Node.Arr a) {
      out.writeByte('A');
      position(a.at(), out);
      out.writeInt(a.items().size());
      for (Node item : a.items()) {
        write(item, out);
      }
    } else {
      Node.Scalar s = (Node.Scalar) node;
      out.writeByte('S');
      position(s.at(), out);
      out.writeByte(s.kind().ordinal());
      text(s.text(), out);
    }
  }

  /** The tree written by {@link #write}, its positions in {@code file}. */
  static Node read(String file, byte[] bytes) throws IOException {
    In in = new In(bytes, 0, bytes.length);
    Node tree = read(file, in);
    if (in.at != bytes.length) {
      throw new IOException((bytes.length - in.at) + " bytes after the tree");
    }
    return tree;
  }

  /**
   * Bytes read from an array by hand: a DataInputStream over a buffered stream made each int four
   * virtual calls, which cost the interpreter more than the tree (issue 21, start-up).
   */
  static final class In {
    private final byte[] b;
    private final int end;
    int at;

    In(byte[] b, int from, int end) {
      this.b = b;
      this.at = from;
      this.end = end;
    }

    private void need(int n) throws IOException {
      if (n < 0 || end - at < n) {
        throw new java.io.EOFException();
      }
    }

    int u8() throws IOException {
      need(1);
      return b[at++] & 0xff;
    }

    int i32() throws IOException {
      need(4);
      int v = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8
          | (b[at + 3] & 0xff);
      at += 4;
      return v;
    }

    /** Whether the next {@code n} bytes, after their length, are {@code expected}'s. */
    boolean same(byte[] expected) throws IOException {
      int n = i32();
      need(n);
      boolean same = n == expected.length
          && java.util.Arrays.equals(b, at, at + n, expected, 0, n);
      at += n;
      return same;
    }

    String utf8(int n) throws IOException {
      need(n);
      String s = new String(b, at, n, StandardCharsets.UTF_8);
      at += n;
      return s;
    }

    int remaining() {
      return end - at;
    }
  }

  static Node read(String file, In in) throws IOException {
    int tag = in.u8();
    Position at = position(file, in);
    switch (tag) {
      case 'O': {
        int n = count(in);
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Position> keys = new HashMap<>();
        for (int i = 0; i < n; i++) {
          String key = text(in);
          if (in.u8() != 0) {
            keys.put(key, position(file, in));
          }
          fields.put(key, read(file, in));
        }
        int extra = count(in);
        for (int i = 0; i < extra; i++) {
          keys.put(text(in), position(file, in));
        }
        return new Node.Obj(at, fields, keys);
      }
      case 'A': {
        int n = count(in);
        List<Node> items = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
          items.add(read(file, in));
        }
        return new Node.Arr(at, items);
      }
      case 'S': {
        int kind = in.u8();
        Node.Kind[] kinds = Node.Kind.values();
        if (kind >= kinds.length) {
          throw new IOException("a scalar of kind " + kind);
        }
        return new Node.Scalar(at, kinds[kind], text(in));
      }
      default:
        throw new IOException("a node tagged " + tag);
    }
  }

  private static void position(Position p, DataOutputStream out) throws IOException {
    out.writeInt(p.line());
    out.writeInt(p.column());
    out.writeBoolean(p.sheet() != null);
    if (p.sheet() != null) {
      text(p.sheet(), out);
    }
  }

  private static Position position(String file, In in) throws IOException {
    int line = in.i32();
    int column = in.i32();
    return new Position(file, line, column, in.u8() != 0 ? text(in) : null);
  }

  /**
   * UTF-8, or UTF-16 code units for a text that holds a lone surrogate (a YAML key may: "\\uD800"
   * in double quotes), which UTF-8 would turn into "?".
   */
  private static void text(String s, DataOutputStream out) throws IOException {
    if (wellFormed(s)) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeByte(8);
      out.writeInt(b.length);
      out.write(b);
    } else {
      out.writeByte(16);
      out.writeInt(s.length());
      out.writeChars(s);
    }
  }

  private static String text(In in) throws IOException {
    int form = in.u8();
    int n = count(in);
    if (form == 8) {
      return in.utf8(n);
    }
    if (form != 16) {
      throw new IOException("a text in form " + form);
    }
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) (in.u8() << 8 | in.u8());
    }
    return new String(c);
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static int count(In in) throws IOException {
    int n = in.i32();
    if (n < 0 || n > PricingLoader.MAX_FILE_BYTES * 4) {
      throw new IOException("a count of " + n);
    }
    return n;
  }
}
