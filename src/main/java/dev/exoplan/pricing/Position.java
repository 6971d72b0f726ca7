package dev.exoplan.pricing;

/** A place in a pricing file, for messages: {@code file:line:column}, both 1-based. */
public record Position(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
