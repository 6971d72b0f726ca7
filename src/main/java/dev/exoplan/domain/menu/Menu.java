package dev.exoplan.domain.menu;

import dev.exoplan.domain.instalment.LoanProduct;
import dev.exoplan.domain.value.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A clinic's menu (price-list format version 2): its items, fees and add-ons, sets, whether its
 * prices include tax, and the date the list takes effect. A version 1 list is read into the same
 * shape: one standard item per method. {@code surcharges} (issue 19) are the clinic's surcharges
 * for groups of patients; {@code loans} (issue 20) the loan products it names.
 */
public record Menu(List<Item> items, List<Fee> fees, List<SetOffer> sets, TaxBasis taxBasis,
    Optional<LocalDate> effective, List<Surcharge> surcharges, List<LoanProduct> loans) {

  public Menu {
    loans = List.copyOf(loans);
    items = List.copyOf(items);
    fees = List.copyOf(fees);
    sets = List.copyOf(sets);
    surcharges = List.copyOf(surcharges);
  }

  /** A menu without loan products (issue 20). */
  public Menu(List<Item> items, List<Fee> fees, List<SetOffer> sets, TaxBasis taxBasis,
      Optional<LocalDate> effective, List<Surcharge> surcharges) {
    this(items, fees, sets, taxBasis, effective, surcharges, List.of());
  }

  /** The loan product of this id (issue 20, {@code --loan ID}). */
  public Optional<LoanProduct> loan(String id) {
    return loans.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** A menu without surcharges. */
  public Menu(List<Item> items, List<Fee> fees, List<SetOffer> sets, TaxBasis taxBasis,
      Optional<LocalDate> effective) {
    this(items, fees, sets, taxBasis, effective, List.of());
  }

  public Optional<Item> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The item a quote for {@code method} uses when none is named: the standard one, else the only one. */
  public Optional<Item> standard(Method method) {
    List<Item> of = items.stream().filter(i -> i.method().equals(Optional.of(method))).toList();
    Optional<Item> marked = of.stream().filter(Item::standard).findFirst();
    return marked.isPresent() || of.size() != 1 ? marked : Optional.of(of.get(0));
  }
}
