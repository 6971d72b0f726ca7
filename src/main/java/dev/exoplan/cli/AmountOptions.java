package dev.exoplan.cli;

import dev.exoplan.domain.value.Amount;
import dev.exoplan.domain.value.CountRange;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --cc} and {@code --dose}, the amount per session of an item a clinic prices by steps,
 * declared once for quote and plan (issue 18: plan at a stepped item takes them as quote does).
 */
final class AmountOptions {
  @Option(names = "--cc", paramLabel = "A..B", converter = Converters.CcConverter.class,
      description = "volume per session, for a method the clinic prices per cc")
  CountRange cc;

  @Option(names = "--dose", paramLabel = "A..B", converter = Converters.DoseConverter.class,
      description = "amount per session in the item's unit (ampoules, or cc), for an item priced"
          + " by steps")
  Amount.Dose dose;

  Optional<CountRange> cc() {
    return Optional.ofNullable(cc);
  }

  Optional<Amount.Dose> dose() {
    return Optional.ofNullable(dose);
  }
}
