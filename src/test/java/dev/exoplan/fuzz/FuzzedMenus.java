package dev.exoplan.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.exoplan.domain.menu.Fee;
import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.ItemCourse;
import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.menu.Trial;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a generated clinic that QuoteClaimsFuzzTest and ClinicsClaimsFuzzTest share: one
 * IV item (a single price, maybe tax-included-marked or a floor, maybe a trial, up to two courses)
 * and up to one fee. The bytes are consumed in the order the two tests consumed them before they
 * shared this, so their committed inputs still reach what they reached.
 */
final class FuzzedMenus {
  private FuzzedMenus() {}

  /** The IV item {@code i}; its courses named {@code coursePrefix} and their number. */
  static Item item(FuzzedDataProvider data, String coursePrefix) {
    Money single = Money.yen(data.consumeLong(1, 1_000_000));
    Optional<Trial> trial = data.consumeBoolean()
        ? Optional.of(new Trial(Optional.empty(), Price.of(Money.yen(data.consumeLong(0, 1_000_000)))))
        : Optional.empty();
    List<ItemCourse> courses = new ArrayList<>();
    for (int k = data.consumeInt(0, 2); k > 0; k--) {
      courses.add(new ItemCourse("k" + k, Text.of(coursePrefix + k), data.consumeInt(1, 10),
          Price.of(Money.yen(data.consumeLong(0, 8_000_000))), Optional.empty(),
          data.consumeBoolean() ? Optional.of(data.consumeInt(1, 24)) : Optional.empty(),
          Optional.empty()));
    }
    return new Item("i", Optional.of(Text.of("item")), Optional.of(Method.IV), true,
        Optional.empty(), Optional.of(new Price(single, data.consumeBoolean())), Optional.empty(),
        Optional.empty(), List.of(), trial, courses);
  }

  /** No fee or one, mandatory or not, per visit or once. */
  static List<Fee> fees(FuzzedDataProvider data) {
    List<Fee> fees = new ArrayList<>();
    for (int k = data.consumeInt(0, 1); k > 0; k--) {
      fees.add(new Fee("fee" + k, Text.of("fee" + k), Price.of(Money.yen(data.consumeLong(0, 50_000))),
          data.consumeBoolean(), data.consumeBoolean(), List.of()));
    }
    return fees;
  }
}
