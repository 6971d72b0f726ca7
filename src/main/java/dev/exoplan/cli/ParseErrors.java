package dev.exoplan.cli;

import dev.exoplan.domain.text.Message;
import dev.exoplan.report.Words;
import java.util.Optional;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * picocli's own parse errors in the reader's language. picocli writes them in English only; the
 * ones a user meets are recognised by their exact English text and said again from a key (whose
 * English is that same text, lower-cased first letter, so English output does not change). Any
 * other picocli message is printed as picocli wrote it.
 */
final class ParseErrors {
  private ParseErrors() {}

  static Optional<String> said(ParameterException e, Words words) {
    return message(e).map(words::say);
  }

  static Optional<Message> message(ParameterException e) {
    String m = e.getMessage();
    if (m == null) {
      return Optional.empty();
    }
    ArgSpec arg = e.getArgSpec();
    if (arg == null && e instanceof MissingParameterException mp && mp.getMissing().size() == 1) {
      arg = mp.getMissing().get(0);
    }
    if (arg instanceof OptionSpec o) {
      String option = "option '" + o.longestName() + "'" + (o.arity().max > 0
          ? " (" + o.paramLabel() + ")" : "");
      if (m.equals("Missing required parameter for " + option)) {
        return Optional.of(Message.of("usage.cli.missing.value", o.longestName(), o.paramLabel()));
      }
      if (m.equals(option + " should be specified only once")) {
        return Optional.of(o.arity().max > 0
            ? Message.of("usage.cli.once", o.longestName(), o.paramLabel())
            : Message.of("usage.cli.once.flag", o.longestName()));
      }
      String found = "Expected parameter for option '" + o.longestName() + "' but found '";
      if (m.startsWith(found) && m.endsWith("'")) {
        return Optional.of(Message.of("usage.cli.value.found", o.longestName(),
            m.substring(found.length(), m.length() - 1)));
      }
    }
    for (String[] form : FORMS) {
      if (m.startsWith(form[0])) {
        return Optional.of(Message.of(form[1], m.substring(form[0].length())));
      }
    }
    if (m.equals("Missing required subcommand")) {
      return Optional.of(Message.of("usage.cli.missing.command"));
    }
    return Optional.empty();
  }

  /** picocli's English opening, and the key saying the same with what follows it. */
  private static final String[][] FORMS = {
    {"Missing required option: ", "usage.cli.missing.option"},
    {"Missing required options: ", "usage.cli.missing.options"},
    {"Missing required parameter: ", "usage.cli.missing.parameter"},
    {"Missing required parameters: ", "usage.cli.missing.parameters"},
  };
}
