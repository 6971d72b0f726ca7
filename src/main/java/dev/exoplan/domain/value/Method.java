package dev.exoplan.domain.value;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.EditDistance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How exosomes are delivered; each has its own market price range. */
public enum Method {
  /** 点滴 (全身投与): systemic IV drip. */
  IV("iv"),
  /** 注射 (局所投与): local injection into face, neck or another area. */
  INJECTION("injection"),
  /** 頭皮注入: scalp injection for hair loss, priced by volume. */
  SCALP("scalp"),
  /**
   * 水光注射・導入 (003 line 107): aqua injection (an injection) or device introduction. Not 塗布,
   * applying it as a topical (003 line 39), which no source prices: {@link #of} refuses that name.
   */
  TOPICAL("topical");

  private final String id;

  Method(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Method> byId(String id) {
    for (Method m : values()) {
      if (m.id.equals(id)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The names a user may type for a method besides its id: the Japanese words a patient uses
   * (点滴, 注射, 頭皮, 水光 …). Documented in the README; ids and names are read after NFKC
   * normalisation and case folding, so {@code ＩＶ} and {@code IV} are {@code iv}.
   */
  private static final Map<String, Method> NAMES = names();

  /** Routes the sources name but no source prices (塗布: 003 line 39): refused, never priced. */
  private static final java.util.Set<String> UNPRICED = java.util.Set.of("塗布", "外用");

  /** English words that are not a method's name but point to one: "did you mean" only. */
  private static final Map<String, Method> HINTS = Map.ofEntries(
      Map.entry("drip", IV), Map.entry("infusion", IV), Map.entry("intravenous", IV),
      Map.entry("i.v.", IV), Map.entry("inject", INJECTION), Map.entry("injections", INJECTION),
      Map.entry("local", INJECTION), Map.entry("hair", SCALP), Map.entry("aga", SCALP),
      Map.entry("skin", TOPICAL), Map.entry("aqua", TOPICAL), Map.entry("dermapen", TOPICAL),
      Map.entry("electroporation", TOPICAL), Map.entry("mesotherapy", TOPICAL));

  private static Map<String, Method> names() {
    Map<String, Method> m = new LinkedHashMap<>();
    for (String n : new String[] {"点滴", "静脈点滴", "エクソソーム点滴"}) {
      m.put(n, IV);
    }
    for (String n : new String[] {"注射", "局所注射", "局所投与"}) {
      m.put(n, INJECTION);
    }
    for (String n : new String[] {"頭皮", "頭皮注入", "頭皮注射"}) {
      m.put(n, SCALP);
    }
    for (String n : new String[] {"水光", "水光注射", "導入"}) {
      m.put(n, TOPICAL);
    }
    return m;
  }

  /** The text as it is matched: NFKC (full-width letters to ASCII), trimmed, lower case. */
  static String fold(String s) {
    return dev.exoplan.domain.text.Nfkc.of(s).strip().toLowerCase(Locale.ROOT);
  }

  /** A method by its id or one of its Japanese names, in any width or case. */
  public static Optional<Method> parse(String s) {
    String f = fold(s);
    Optional<Method> byId = byId(f);
    return byId.isPresent() ? byId : Optional.ofNullable(NAMES.get(f));
  }

  /** The Japanese names accepted for methods, in order: for help texts and completion. */
  public static Map<String, Method> japaneseNames() {
    return java.util.Collections.unmodifiableMap(NAMES);
  }

  /**
   * What an unknown name most likely meant: an English word for a method ({@code drip} → iv), or
   * an id or Japanese name within a small edit distance ({@code topcial}, {@code 点摘}).
   */
  public static Optional<Method> meant(String s) {
    String f = fold(s);
    if (f.isEmpty() || f.length() > 64) {
      return Optional.empty();
    }
    Method hint = HINTS.get(f);
    if (hint != null) {
      return Optional.of(hint);
    }
    Method best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Method m : values()) {
      int d = EditDistance.of(f, m.id);
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    for (Map.Entry<String, Method> e : NAMES.entrySet()) {
      int d = EditDistance.of(f, e.getKey());
      if (d < bestDistance) {
        best = e.getValue();
        bestDistance = d;
      }
    }
    return bestDistance <= Math.max(1, f.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /** {@code iv, injection, scalp, topical}: for error messages. */
  public static String idList() {
    return Arrays.stream(values()).map(Method::id).collect(Collectors.joining(", "));
  }

  /**
   * The method a user named ({@link #parse}); a DomainException naming the likely one and the ids
   * otherwise.
   */
  public static Method of(String s) {
    if (UNPRICED.contains(fold(s))) { // issue 18, finding 16: unknown stays unknown
      throw new DomainException(Message.of("usage.method.unpriced", ValueText.shown(s)));
    }
    Optional<Method> m = parse(s);
    if (m.isEmpty()) {
      Object hint = meant(s).<Object>map(x -> Message.of("usage.meant", x.id())).orElse("");
      throw new DomainException(Message.of("usage.method.unknown", ValueText.shown(s), hint, idList()));
    }
    return m.get();
  }
}
