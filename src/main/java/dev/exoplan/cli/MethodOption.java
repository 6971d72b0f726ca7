package dev.exoplan.cli;

import dev.exoplan.domain.value.Method;
import picocli.CommandLine.Option;

/** The required {@code --method} of estimate, plan, clinics and quote. */
final class MethodOption {
  @Option(names = "--method", required = true, paramLabel = "METHOD",
      converter = Converters.MethodConverter.class, description = "iv, injection, scalp or topical")
  Method method;
}
