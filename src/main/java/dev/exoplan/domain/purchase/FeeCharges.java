package dev.exoplan.domain.purchase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which fees are paid at which session, in menu order (issue 19): at the first session every fee
 * but the revisit ones; after it the fees per visit, and, at a session whose previous session was
 * a fee's {@code lapseMonths} or more before (a date on or after the previous one's plus that many
 * calendar months), that fee again (初診料) in place of the revisit fees (再診料). Sessions paying
 * the same fees share one list, so 1,000 fees over 100,000 sessions hold a few lists (issue 22).
 */
final class FeeCharges {
  private final List<List<Offer.FeeOffer>> at; // index s (1-based); index 0 unused
  private final int[] lapsed; // sessions at which a fee with a lapse is charged again, in order
  private final boolean covers; // some fee covers the session it is paid at

  private FeeCharges(List<List<Offer.FeeOffer>> at, int[] lapsed, boolean covers) {
    this.at = at;
    this.lapsed = lapsed;
    this.covers = covers;
  }

  static FeeCharges of(List<Offer.FeeOffer> fees, Sessions sessions) {
    int n = sessions.size();
    List<List<Offer.FeeOffer>> at = new ArrayList<>(n + 1);
    at.add(List.of());
    if (n == 0) {
      return new FeeCharges(at, new int[0], false);
    }
    at.add(fees.stream().filter(f -> !f.revisit()).toList());
    List<Offer.FeeOffer> visit = fees.stream().filter(Offer.FeeOffer::perVisit).toList();
    List<Offer.FeeOffer> lapse = fees.stream().filter(f -> f.lapseMonths().isPresent()).toList();
    Map<List<Offer.FeeOffer>, List<Offer.FeeOffer>> shared = new HashMap<>();
    List<Integer> again = new ArrayList<>();
    LocalDate before = sessions.first();
    for (int i = 1; i < n; i++) {
      LocalDate date = lapse.isEmpty() ? before : sessions.date(i);
      List<Offer.FeeOffer> triggered = new ArrayList<>();
      for (Offer.FeeOffer f : lapse) {
        if (!date.isBefore(before.plusMonths(f.lapseMonths().get()))) {
          triggered.add(f);
        }
      }
      before = date;
      if (triggered.isEmpty()) {
        at.add(visit);
        continue;
      }
      again.add(i + 1);
      at.add(shared.computeIfAbsent(triggered, t -> fees.stream()
          .filter(f -> (f.perVisit() && !f.revisit()) || t.contains(f)).toList()));
    }
    return new FeeCharges(at, again.stream().mapToInt(Integer::intValue).toArray(),
        fees.stream().anyMatch(Offer.FeeOffer::coversSession));
  }

  /** The fees paid at session {@code s} (1-based), in menu order. */
  List<Offer.FeeOffer> at(int s) {
    return at.get(s);
  }

  /** Whether some fee covers the session it is paid at (one per visit, or one charged again). */
  boolean covers() {
    return covers;
  }

  /** The sessions (1-based) at which a fee is charged again after a lapse. */
  int[] lapsed() {
    return lapsed.clone();
  }
}
