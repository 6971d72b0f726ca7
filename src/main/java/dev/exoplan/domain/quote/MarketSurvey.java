package dev.exoplan.domain.quote;

import dev.exoplan.domain.catalog.Catalog;

import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.clinic.Course;
import dev.exoplan.domain.quote.QuoteLine;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;

import dev.exoplan.domain.menu.Item;
import dev.exoplan.domain.menu.ItemCourse;
import dev.exoplan.domain.menu.Price;
import dev.exoplan.domain.menu.Step;
import dev.exoplan.domain.menu.Unit;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every price a quote, or a whole clinic price list, uses for one method, each placed against the
 * published range ({@link MarketCheck.Bounds}): within it ({@code finding} empty) or the finding
 * (far below, above, a first-visit promotion). {@code notChecked} lists items priced per unit of
 * volume, whose price per session depends on the volume a quote asks for. {@code taxBasis} is the
 * list's: a price whose tax is not stated is compared as listed, as the quote prints it (issue 18).
 */
public record MarketSurvey(Method method, MarketCheck.Bounds bounds, List<Entry> entries,
    List<String> notChecked, dev.exoplan.domain.menu.TaxBasis taxBasis) {

  public MarketSurvey {
    entries = List.copyOf(entries);
    notChecked = List.copyOf(notChecked);
  }

  /**
   * One price: the item, the amount per session for an item priced by steps, what kind of price it
   * is (a session, the first visit, a course per session), whether it is the member price, the
   * price as listed and with tax, and the finding.
   */
  public record Entry(String itemId, Optional<Text> itemName, Optional<Integer> amount,
      Optional<Unit> unit, QuoteLine.Kind kind, Optional<Course> course, boolean member,
      Money listed, Money taxed, Optional<MarketCheck> finding) {}

  /** The prices a quote uses, as {@link MarketCheck#used} lists them. */
  public static Optional<MarketSurvey> ofQuote(Catalog catalog, Clinic clinic, Item item,
      Optional<Integer> amount, boolean member, List<MarketCheck.Used> used) {
    if (item.method().isEmpty()) {
      return Optional.empty();
    }
    Method method = item.method().get();
    Optional<MarketCheck.Bounds> b = MarketCheck.bounds(catalog, clinic, method);
    if (b.isEmpty()) {
      return Optional.empty();
    }
    List<Entry> entries = new ArrayList<>();
    for (MarketCheck.Used u : used) {
      entries.add(entry(catalog, clinic, method, b.get(), item, amount, member, u));
    }
    return Optional.of(new MarketSurvey(method, b.get(), entries, List.of(), clinic.taxBasis()));
  }

  /** Every price of every item of a clinic's menu, one survey per method the tables price. */
  public static List<MarketSurvey> ofClinic(Catalog catalog, Clinic clinic) {
    List<MarketSurvey> out = new ArrayList<>();
    for (Method method : Method.values()) {
      Optional<MarketCheck.Bounds> b = MarketCheck.bounds(catalog, clinic, method);
      List<Item> items = clinic.menu().items().stream()
          .filter(i -> i.method().equals(Optional.of(method))).toList();
      if (b.isEmpty() || items.isEmpty()) {
        continue;
      }
      List<Entry> entries = new ArrayList<>();
      List<String> notChecked = new ArrayList<>();
      for (Item item : items) {
        if (item.perUnit().isPresent()) {
          notChecked.add(item.id());
          continue;
        }
        List<Optional<Integer>> amounts = item.steps().isEmpty() ? List.of(Optional.empty())
            : item.steps().stream().map(Step::amount).map(Optional::of).toList();
        for (Optional<Integer> a : amounts) {
          for (boolean member : List.of(false, true)) {
            Optional<Price> p = member ? memberPrice(item, a) : Optional.of(item.session(a, false));
            p.ifPresent(x -> entries.add(entry(catalog, clinic, method, b.get(), item, a, member,
                new MarketCheck.Used(QuoteLine.Kind.SESSION, Optional.empty(), x.amount()))));
          }
          Optional<Price> trial = item.trialAt(a);
          trial.ifPresent(t -> entries.add(entry(catalog, clinic, method, b.get(), item, a, false,
              new MarketCheck.Used(QuoteLine.Kind.FIRST_VISIT, Optional.empty(), t.amount()))));
          item.trial().filter(t -> trial.isPresent()).flatMap(t -> t.member()) // issue 19
              .ifPresent(t -> entries.add(entry(catalog, clinic, method, b.get(), item, a, true,
                  new MarketCheck.Used(QuoteLine.Kind.FIRST_VISIT, Optional.empty(), t.amount()))));
          for (ItemCourse ic : item.coursesAt(a)) {
            courseEntry(catalog, clinic, method, b.get(), item, a, ic, false, ic.price())
                .ifPresent(entries::add);
            if (ic.member().isPresent()) {
              courseEntry(catalog, clinic, method, b.get(), item, a, ic, true, ic.member().get())
                  .ifPresent(entries::add);
            }
          }
        }
      }
      out.add(new MarketSurvey(method, b.get(), entries, notChecked, clinic.taxBasis()));
    }
    return out;
  }

  private static Optional<Price> memberPrice(Item item, Optional<Integer> a) {
    if (item.steps().isEmpty()) {
      return item.member();
    }
    return item.steps().stream().filter(s -> Optional.of(s.amount()).equals(a)).findFirst()
        .flatMap(Step::member);
  }

  private static Optional<Entry> courseEntry(Catalog catalog, Clinic clinic, Method method,
      MarketCheck.Bounds b, Item item, Optional<Integer> a, ItemCourse ic, boolean member,
      Price price) {
    // issue 19: a course for a range of sessions per its fewest, the dearer unit
    Course c = new Course(ic.id(), method, ic.name(), ic.least(), price.amount());
    return Optional.of(entry(catalog, clinic, method, b, item, a, member,
        new MarketCheck.Used(QuoteLine.Kind.COURSE, Optional.of(c),
            price.amount().times(1, ic.least(), RoundingMode.DOWN))));
  }

  private static Entry entry(Catalog catalog, Clinic clinic, Method method, MarketCheck.Bounds b,
      Item item, Optional<Integer> amount, boolean member, MarketCheck.Used u) {
    return new Entry(item.id(), item.name(), amount, item.unit(), u.item(), u.course(), member,
        u.unit(), PatientAmounts.shown(clinic, u.unit()),
        MarketCheck.one(catalog, clinic, method, b, u));
  }
}
