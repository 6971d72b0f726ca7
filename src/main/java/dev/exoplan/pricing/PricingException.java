package dev.exoplan.pricing;

/**
 * A pricing file that does not validate. The message reads {@code file:line:col: what was
 * expected}; the command line exits 65.
 */
public final class PricingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Position position;
  private final String problem;

  public PricingException(Position position, String problem) {
    super(position + ": " + problem);
    this.position = position;
    this.problem = problem;
  }

  public Position position() {
    return position;
  }

  /** The message without the position. */
  public String problem() {
    return problem;
  }
}
