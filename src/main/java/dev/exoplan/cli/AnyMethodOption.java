package dev.exoplan.cli;

import dev.exoplan.domain.value.Method;
import picocli.CommandLine.Option;

/**
 * The optional {@code --method} of budget: one method, or each of the four when it is left out;
 * read by {@link MethodOption}'s converter, so Japanese names (点滴, 注射…) work alike.
 */
final class AnyMethodOption {
  @Option(names = "--method", paramLabel = "METHOD",
      converter = Converters.MethodConverter.class,
      description = "iv, injection, scalp or topical (default: each of the four)")
  Method method;
}
