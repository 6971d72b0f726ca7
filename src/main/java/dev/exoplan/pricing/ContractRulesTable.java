package dev.exoplan.pricing;

import dev.exoplan.domain.contract.ContractRules;
import dev.exoplan.domain.contract.CreditRules;
import dev.exoplan.domain.value.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the shipped rule for course contracts ({@code pricing/course-contracts.yaml}, issue 23)
 * into {@link ContractRules}: the figures, the designated services and the sources each figure
 * cites; and its {@code credit} section (a course paid through a lender) into {@link CreditRules}. The table ships with exoplan, so a table that does not read is a bug, not bad data.
 */
public final class ContractRulesTable {
  public static final String SHIPPED = "pricing/course-contracts.yaml";

  /** The build's compiled tree of the shipped table ({@link TreeCodec#main}). */
  static final String COMPILED = "/dev/exoplan/pricing/course-contracts.tree";

  private static volatile ContractRules shipped;
  private static volatile CreditRules shippedCredit;
  private static volatile Node shippedTree;

  private ContractRulesTable() {}

  /** The shipped rule, read once. */
  public static ContractRules shipped() {
    ContractRules r = shipped;
    if (r == null) {
      r = parse(shippedTree());
      shipped = r;
    }
    return r;
  }

  /** The shipped table's rule for a course paid through a lender (section {@code credit}). */
  public static CreditRules shippedCredit() {
    CreditRules r = shippedCredit;
    if (r == null) {
      r = parseCredit(shippedTree());
      shippedCredit = r;
    }
    return r;
  }

  /**
   * The shipped table's tree, read once: compiled by the build when the jar has it (no YAML parser
   * at start-up, issue 21; ContractRulesTableTest proves it the YAML's tree), else the YAML.
   */
  static Node shippedTree() {
    Node t = shippedTree;
    if (t == null) {
      // read straight from the jar (util.Resources): the class loader would first search every
      // system module for the name
      java.util.Optional<InputStream> compiled = dev.exoplan.util.Resources.open(COMPILED.substring(1));
      try (InputStream in = compiled.orElse(null)) {
        t = in != null ? TreeCodec.read(SHIPPED, in.readAllBytes())
            : TreeReader.read(SHIPPED, content(), true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shippedTree = t;
    }
    return t;
  }

  /** The shipped table's YAML. */
  static byte[] content() {
    try (InputStream in = ContractRulesTable.class.getResourceAsStream("/" + SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("the shipped table is missing from the jar: " + SHIPPED);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code credit} section: each figure cites a listed source, as the rules' do. */
  static CreditRules parseCredit(byte[] content) {
    return parseCredit(TreeReader.read(SHIPPED, content, true));
  }

  static CreditRules parseCredit(Node tree) {
    Map<String, Node> root = obj(tree);
    Set<String> ids = sourceIds(root);
    Map<String, Node> credit = obj(root.get("credit"));
    cited(credit, obj(credit.get("cite")), ids, List.of("defenceMinTotal", "periodOverMonths",
        "coolingOffDays", "defenceOnCancellation"));
    return new CreditRules(Money.yen(number(credit.get("defenceMinTotal"))),
        (int) number(credit.get("periodOverMonths")), (int) number(credit.get("coolingOffDays")));
  }

  private static Set<String> sourceIds(Map<String, Node> root) {
    Set<String> ids = new HashSet<>();
    for (Node n : arr(root.get("sources"))) {
      Map<String, Node> s = obj(n);
      ids.add(text(s.get("id")));
      text(s.get("verified"));
    }
    return ids;
  }

  private static void cited(Map<String, Node> section, Map<String, Node> cite, Set<String> ids,
      List<String> keys) {
    for (String key : keys) {
      List<Node> cited = arr(cite.get(key));
      if (cited.isEmpty()) {
        throw bad(section.get(key) == null ? cite.get(key) : section.get(key),
            key + " cites no source");
      }
      for (Node c : cited) {
        if (!ids.contains(text(c))) {
          throw bad(c, "a source id listed under sources");
        }
      }
    }
  }

  static ContractRules parse(byte[] content) {
    return parse(TreeReader.read(SHIPPED, content, true));
  }

  static ContractRules parse(Node tree) {
    Map<String, Node> root = obj(tree);
    if (!"exoplan-contract-rules".equals(text(root.get("format")))) {
      throw bad(root.get("format"), "format: exoplan-contract-rules");
    }
    List<ContractRules.Cite> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node n : arr(root.get("sources"))) {
      Map<String, Node> s = obj(n);
      String id = text(s.get("id"));
      ids.add(id);
      sources.add(new ContractRules.Cite(id, text(s.get("what")), text(s.get("where"))));
      text(s.get("verified")); // every source says what of it was read
    }
    Map<String, Node> rules = obj(root.get("rules"));
    cited(rules, obj(rules.get("cite")), ids, List.of("amountOver", "periodOverMonths",
        "coolingOffDays", "capBeforeStart", "capAfterStart", "capPercent"));
    List<String> services = new ArrayList<>();
    for (Node n : arr(root.get("services"))) {
      services.add(text(obj(n).get("id")));
    }
    return new ContractRules(Money.yen(number(rules.get("amountOver"))),
        (int) number(rules.get("periodOverMonths")), (int) number(rules.get("coolingOffDays")),
        Money.yen(number(rules.get("capBeforeStart"))), Money.yen(number(rules.get("capAfterStart"))),
        (int) number(rules.get("capPercent")), services, sources);
  }

  private static Map<String, Node> obj(Node n) {
    if (n instanceof Node.Obj o) {
      return o.fields();
    }
    throw bad(n, "a mapping");
  }

  private static List<Node> arr(Node n) {
    if (n instanceof Node.Arr a) {
      return a.items();
    }
    throw bad(n, "a list");
  }

  private static String text(Node n) {
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
      return s.text();
    }
    throw bad(n, "text");
  }

  private static long number(Node n) {
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.INTEGER) {
      return Long.parseLong(s.text());
    }
    throw bad(n, "a whole number");
  }

  private static IllegalStateException bad(Node n, String expected) {
    String at = n == null ? SHIPPED : n.at().toString();
    return new IllegalStateException(at + ": expected " + expected);
  }
}
