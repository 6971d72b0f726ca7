package dev.exoplan.domain.clinics;

import dev.exoplan.domain.catalog.PriceTable;
import dev.exoplan.domain.clinic.Clinic;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteItems;
import dev.exoplan.domain.quote.QuoteLine;
import dev.exoplan.domain.quote.QuoteScenario;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.text.Text;
import dev.exoplan.domain.value.CountRange;
import dev.exoplan.domain.value.Method;
import dev.exoplan.domain.value.Money;

import dev.exoplan.domain.menu.Fee;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One plan priced at several clinics ({@code exoplan clinics}): each clinic's quote for the same
 * plan, bought by the one purchase planner (through {@link Quotes}), cheapest first (the full
 * plan's total, then the minimum plan's, then the clinic id); and the clinics that cannot quote it,
 * each with the reason. {@code plan} is the plan's shape (sessions per phase) at market prices.
 */
public record ClinicComparison(
    Method method,
    Optional<String> item,
    Optional<CountRange> cc,
    boolean member,
    LocalDate date,
    Plan plan,
    List<Row> rows,
    List<Excluded> excluded,
    Optional<CountRange> dose) {

  public ClinicComparison {
    rows = List.copyOf(rows);
    excluded = List.copyOf(excluded);
  }

  /** A comparison without {@code --dose} (issue 19: {@code clinics --dose}). */
  public ClinicComparison(Method method, Optional<String> item, Optional<CountRange> cc,
      boolean member, LocalDate date, Plan plan, List<Row> rows, List<Excluded> excluded) {
    this(method, item, cc, member, date, plan, rows, excluded, Optional.empty());
  }

  /** A clinic's price list as loaded: the file it came from and its table. */
  public record Loaded(String file, PriceTable table) {
    public Clinic clinic() {
      return table.clinic().orElseThrow();
    }
  }

  /**
   * A clinic file that could not be read ({@code --keep-going}): the file, where the problem is
   * ({@code file:line:col}, or the file alone), and what it is: a message, or an English text where
   * the loader has no message for it yet.
   */
  public record Unreadable(String file, String where, Optional<Message> message, String text) {}

  /** A clinic that cannot quote the plan, and why (a message in the reader's language). */
  public record Excluded(String id, Text name, String file, Message reason) {}

  /** A fee or mandatory add-on in the quote, and what it comes to over the full plan. */
  public record FeeLine(Fee fee, Money amount) {}

  /** Two amounts, the lower first. */
  public record Span(Money low, Money high) {}

  /** One clinic's quote for the plan, and the figures the comparison shows. */
  public record Row(String file, Quote quote) {
    public Clinic clinic() {
      return quote.clinic();
    }

    private QuoteScenario min() {
      return quote.minimum().orElse(quote.full());
    }

    /** The total of the minimum plan (low) and of the full plan (high), tax as the quote shows it. */
    public Money low() {
      return min().total();
    }

    public Money high() {
      return quote.full().total();
    }

    /**
     * The two totals, the lower first: usually the minimum plan's, but a course can make the full
     * plan the cheaper one.
     */
    public Span total() {
      return new Span(Money.min(low(), high()), Money.max(low(), high()));
    }

    public int sessionsLow() {
      return min().sessions();
    }

    public int sessionsHigh() {
      return quote.full().sessions();
    }

    /**
     * The effective price per session: each plan's total over its sessions, fractions of a yen
     * dropped; the lower and the higher of the two. Empty for a plan with no session.
     */
    public Optional<Span> perSession() {
      if (sessionsLow() == 0 || sessionsHigh() == 0) {
        return Optional.empty();
      }
      Money a = low().times(1, sessionsLow(), RoundingMode.DOWN);
      Money b = high().times(1, sessionsHigh(), RoundingMode.DOWN);
      return Optional.of(new Span(Money.min(a, b), Money.max(a, b)));
    }

    /** Courses bought before they are used: the minimum plan's and the full plan's. */
    public Money upfrontLow() {
      return min().purchase().committedUpFront();
    }

    public Money upfrontHigh() {
      return quote.full().purchase().committedUpFront();
    }

    /**
     * What is paid by the 3rd session (003 line 151), before discounts and added tax, in the plans
     * that reach one (the minimum plan may stop before it): the lower and the higher; empty when
     * neither does.
     */
    public Optional<Span> third() {
      Optional<Money> a = min().purchase().paidByThird();
      Optional<Money> b = quote.full().purchase().paidByThird();
      if (a.isEmpty() && b.isEmpty()) {
        return Optional.empty();
      }
      Money x = a.orElseGet(b::get);
      Money y = b.orElseGet(a::get);
      return Optional.of(new Span(Money.min(x, y), Money.max(x, y)));
    }

    /**
     * Issue 18, one tax rule (docs/tax.md): the up-front payments and what is paid by the 3rd
     * session on the basis of the row's totals: a tax-excluded list's with the consumption tax
     * added (the clinic's rate and rounding), others as listed. Still before discounts.
     */
    public Money upfrontLowShown() {
      return dev.exoplan.domain.quote.PatientAmounts.shown(clinic(), upfrontLow());
    }

    public Money upfrontHighShown() {
      return dev.exoplan.domain.quote.PatientAmounts.shown(clinic(), upfrontHigh());
    }

    public Optional<Span> thirdShown() {
      return third().map(t -> new Span(dev.exoplan.domain.quote.PatientAmounts.shown(clinic(),
          t.low()), dev.exoplan.domain.quote.PatientAmounts.shown(clinic(), t.high())));
    }

    /** Whether a "from" price is used: the totals are lower bounds. */
    public boolean lowerBound() {
      return quote.full().from() || min().from();
    }

    /** The fees and mandatory add-ons bought, each with its amount over the full plan. */
    public List<FeeLine> fees() {
      List<FeeLine> out = new ArrayList<>();
      for (Fee f : QuoteItems.fees(quote.clinic(), quote.item(), List.of())) {
        if (f.onRequest()) { // issue 19: never priced; see onRequest()
          continue;
        }
        Money sum = Money.zero(quote.clinic().currency());
        for (QuoteLine l : quote.full().lines()) {
          if (l.kind() == QuoteLine.Kind.FEE && l.item().equals(Optional.of(f.id()))) {
            sum = sum.plus(l.amount());
          }
        }
        out.add(new FeeLine(f, sum));
      }
      return out;
    }

    /** Issue 19: the mandatory fees on request (要問合せ), which every total of the row excludes. */
    public List<Fee> onRequest() {
      return quote.full().onRequest();
    }

    /** Whether the item is one of the four methods the market ranges cover. */
    public boolean marketChecked() {
      return quote.item().method().isPresent();
    }
  }
}
