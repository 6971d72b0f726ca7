package dev.exoplan.domain.value;

/** The phases of a plan: a course of closely spaced sessions, then sessions to maintain it. */
public enum PhaseKind {
  INTENSIVE("intensive"),
  MAINTENANCE("maintenance");

  private final String id;

  PhaseKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
