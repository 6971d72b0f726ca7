package dev.exoplan.cli;

import dev.exoplan.domain.text.Message;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code --start} in the past is said, in one warning line on stderr (issue 18): before today for
 * {@code plan}, before {@code --date} for {@code quote} and {@code clinics} when one is given. The
 * person running the command is the one who can correct a mistyped year; the figures are computed
 * as asked and the document is not changed, so a schedule drawn up after the fact still prints.
 */
final class PastStart {
  private PastStart() {}

  /**
   * Warns when {@code start} is before {@code reference}: {@code dateGiven} says whether the
   * reference is the {@code --date} the user gave, else today.
   */
  static void check(Context ctx, Optional<LocalDate> start, LocalDate reference, boolean dateGiven) {
    if (start.isPresent() && start.get().isBefore(reference)) {
      ctx.warn(Message.of(dateGiven ? "warn.start.before.date" : "warn.start.before.today",
          start.get(), reference));
    }
  }
}
