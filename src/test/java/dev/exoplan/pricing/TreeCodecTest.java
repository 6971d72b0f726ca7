package dev.exoplan.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** A tree written by TreeCodec reads back equal, positions, key order and texts included. */
class TreeCodecTest {
  static byte[] encode(Node tree) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(b)) {
      TreeCodec.write(tree, out);
    }
    return b.toByteArray();
  }

  static Node decode(String file, byte[] b) throws IOException {
    return TreeCodec.read(file, b);
  }

  /** Every mapping's keys in their written order, depth first (records' equality ignores it). */
  static List<String> keyOrder(Node n) {
    List<String> out = new ArrayList<>();
    walk(n, out);
    return out;
  }

  private static void walk(Node n, List<String> out) {
    if (n instanceof Node.Obj o) {
      out.add(String.join(",", o.fields().keySet()));
      o.fields().values().forEach(v -> walk(v, out));
    } else if (n instanceof Node.Arr a) {
      a.items().forEach(v -> walk(v, out));
    }
  }

  static Stream<Path> pricingFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(Path.of("pricing/example-clinic.yaml"));
    files.add(Path.of("pricing/market.yaml"));
    files.add(Path.of("pricing/course-contracts.yaml"));
    try (Stream<Path> s = Files.list(Path.of("src/test/data/clinics"))) {
      s.sorted().forEach(files::add);
    }
    try (Stream<Path> s = Files.list(Path.of("src/test/data/pricing/xlsx"))) {
      s.filter(p -> p.toString().endsWith(".xlsx")).sorted().limit(5).forEach(files::add);
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("pricingFiles")
  void aFilesTreeReadsBackEqual(Path file) throws Exception {
    Node tree;
    try {
      tree = Workbooks.tree(file.toString(), Files.readAllBytes(file));
    } catch (PricingException e) {
      return; // a workbook kept to show an error has no tree; the others are checked
    }
    Node back = decode(file.toString(), encode(tree));
    assertThat(back).isEqualTo(tree);
    assertThat(keyOrder(back)).isEqualTo(keyOrder(tree));
  }

  /** A workbook's tree: cells' sheets in every position. */
  @Test
  void theExampleWorkbooksTreeReadsBackEqual() throws Exception {
    byte[] xlsx = Workbooks.template(PricingLoader.shipped());
    Node tree = Workbooks.tree("example.xlsx", xlsx);
    assertThat(tree.at().sheet()).isNotNull();
    Node back = decode("example.xlsx", encode(tree));
    assertThat(back).isEqualTo(tree);
    assertThat(keyOrder(back)).isEqualTo(keyOrder(tree));
  }

  @Test
  void positionsTakeTheNameTheTreeIsReadBy() throws Exception {
    Node tree = TreeReader.read("a.yaml", "x: 1\n".getBytes(StandardCharsets.UTF_8), true);
    Node back = decode("b.yaml", encode(tree));
    assertThat(back.at()).isEqualTo(new Position("b.yaml", 1, 1));
    assertThat(((Node.Obj) back).keys().get("x")).isEqualTo(new Position("b.yaml", 1, 1));
  }

  /** A YAML key may hold a lone surrogate ("\uD800" in double quotes); UTF-8 cannot. */
  @Test
  void aLoneSurrogateSurvives() throws Exception {
    Node tree = TreeReader.read("a.yaml",
        "\"k\\uD800\": 1\nname: エクソソーム\n".getBytes(StandardCharsets.UTF_8), true);
    assertThat(((Node.Obj) tree).fields()).containsKey("k\uD800");
    assertThat(decode("a.yaml", encode(tree))).isEqualTo(tree);
  }

  @Test
  void aCutTreeIsAnErrorNotATree() throws Exception {
    byte[] b = encode(TreeReader.read("a.yaml", "x: [1, 2]\n".getBytes(StandardCharsets.UTF_8), true));
    for (int n = 0; n < b.length; n++) {
      byte[] cut = java.util.Arrays.copyOf(b, n);
      assertThatThrownBy(() -> decode("a.yaml", cut)).isInstanceOf(IOException.class);
    }
  }
}
