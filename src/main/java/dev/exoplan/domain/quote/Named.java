package dev.exoplan.domain.quote;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Contraindication;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.Discount;
import dev.exoplan.domain.text.Lang;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code --screen} and {@code --discount} accept besides an id, as {@code --method} accepts
 * 点滴 and 頭皮 (issue 18): a condition by the words the quote prints for it (妊娠中または妊娠の可能性がある)
 * or by a short Japanese name a counselor types (妊娠, 授乳, がん …); a discount by its name in
 * either language, with or without a trailing 割引 (モニター割引, モニター, Monitor discount). Read
 * after NFKC normalisation and case folding; an unknown name is passed on as given, so the
 * message naming the ids is unchanged.
 */
final class Named {
  private Named() {}

  /** Short Japanese names of the conditions in market.yaml, by the condition's id. */
  private static final Map<String, String> SCREEN = Map.ofEntries(
      Map.entry("妊娠", "pregnant"), Map.entry("妊娠中", "pregnant"),
      Map.entry("授乳", "breastfeeding"), Map.entry("授乳中", "breastfeeding"),
      Map.entry("がん", "cancer"), Map.entry("癌", "cancer"), Map.entry("がん治療中", "cancer"),
      Map.entry("感染症", "severe-infection"), Map.entry("重度の感染症", "severe-infection"),
      Map.entry("エクソソームアレルギー", "prior-exosome-allergy"),
      Map.entry("自己免疫疾患", "autoimmune"), Map.entry("自己免疫", "autoimmune"),
      Map.entry("アレルギー体質", "severe-allergy"), Map.entry("重度のアレルギー", "severe-allergy"),
      Map.entry("抗凝固薬", "anticoagulants"), Map.entry("血液凝固障害", "anticoagulants"),
      Map.entry("免疫抑制剤", "immunosuppressants"),
      Map.entry("慢性疾患", "uncontrolled-chronic"));

  static String fold(String s) {
    return dev.exoplan.domain.text.Nfkc.of(s).strip().toLowerCase(Locale.ROOT);
  }

  /** The conditions as ids, each once in the order first given. */
  static List<String> screen(Catalog catalog, List<String> given) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String g : given) {
      out.add(condition(catalog, g).orElse(g));
    }
    return List.copyOf(out);
  }

  private static Optional<String> condition(Catalog catalog, String given) {
    String f = fold(given);
    if (catalog.contraindication(f).isPresent()) {
      return Optional.of(f);
    }
    String id = SCREEN.get(f);
    if (id != null && catalog.contraindication(id).isPresent()) {
      return Optional.of(id);
    }
    for (Contraindication c : catalog.contraindications()) {
      if (fold(c.text().in(Lang.JA)).equals(f) || fold(c.text().in(Lang.EN)).equals(f)) {
        return Optional.of(c.id());
      }
    }
    return Optional.empty();
  }

  /** The clinic's discounts asked for, as ids; a name the clinic does not have, as given. */
  static List<String> discounts(Clinic clinic, List<String> given) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String g : given) {
      out.add(discount(clinic, g).orElse(g));
    }
    return List.copyOf(out);
  }

  private static Optional<String> discount(Clinic clinic, String given) {
    String f = fold(given);
    for (Discount d : clinic.discounts()) {
      if (d.id().equals(given) || fold(d.id()).equals(f)) {
        return Optional.of(d.id());
      }
    }
    for (Discount d : clinic.discounts()) {
      for (Lang lang : Lang.values()) {
        String name = fold(d.name().in(lang));
        if (name.equals(f) || name.endsWith("割引") && name.length() > 2
            && name.substring(0, name.length() - 2).equals(f)) {
          return Optional.of(d.id());
        }
      }
    }
    return Optional.empty();
  }
}
