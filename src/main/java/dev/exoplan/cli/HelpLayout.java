package dev.exoplan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The help layout every subcommand shares: options in declaration order, 100 columns, a blank
 * line before the description, the options' heading that points at the global ones, and
 * {@code -h, --help}. A command mixes it in first, so {@code -h} heads its option list.
 */
@Command(
    sortOptions = false,
    usageHelpAutoWidth = false,
    usageHelpWidth = 100,
    descriptionHeading = "%n",
    optionListHeading = "%nOptions (global options too, see 'exoplan --help'):%n")
final class HelpLayout {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;
}
