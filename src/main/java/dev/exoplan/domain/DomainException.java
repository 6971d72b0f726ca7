package dev.exoplan.domain;

/**
 * A value or computation the domain refuses: an amount that would overflow, mixed currencies, a
 * range whose low bound exceeds its high bound. The message is one sentence for the user.
 */
public class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DomainException(String message) {
    super(message);
  }
}
