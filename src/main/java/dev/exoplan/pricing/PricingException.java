package dev.exoplan.pricing;

/**
 * A pricing file that does not validate. The message reads {@code file:line:col: what was
 * expected}; the command line exits 65.
 */
public final class PricingException extends RuntimeException
    implements dev.exoplan.domain.text.Message.Carrier {
  private static final long serialVersionUID = 1L;

  private final transient Position position;
  private final String problem;
  private final transient dev.exoplan.domain.text.Message message;

  /** A message in the reader's language: prefer this one. */
  public PricingException(Position position, dev.exoplan.domain.text.Message message) {
    super(position + ": " + message);
    this.position = position;
    this.problem = message.toString();
    this.message = message;
  }

  @Override
  public java.util.Optional<dev.exoplan.domain.text.Message> message() {
    return java.util.Optional.ofNullable(message);
  }

  public PricingException(Position position, String problem) {
    super(position + ": " + problem);
    this.position = position;
    this.problem = problem;
    this.message = null;
  }

  public Position position() {
    return position;
  }

  /** The message without the position. */
  public String problem() {
    return problem;
  }
}
