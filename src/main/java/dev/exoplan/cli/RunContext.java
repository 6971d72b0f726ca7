package dev.exoplan.cli;

/**
 * What a subcommand asks of the command above it: the run's context. The top command implements
 * it and picocli injects it as each subcommand's {@code @ParentCommand}, so a subcommand never
 * names the top command that lists it (the arrow runs one way: top → subcommand → this).
 */
interface RunContext {
  /** The run's context, created on first use (after the options are parsed). */
  Context context();
}
