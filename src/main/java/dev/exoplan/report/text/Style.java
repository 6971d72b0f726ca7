package dev.exoplan.report.text;

/** ANSI emphasis for a terminal, or none: colour only where it helps and only on a terminal. */
public final class Style {
  public static final Style PLAIN = new Style(false);
  public static final Style ANSI = new Style(true);

  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  public boolean enabled() {
    return on;
  }

  public String bold(String s) {
    return on && !s.isEmpty() ? "\u001b[1m" + s + "\u001b[0m" : s;
  }

  public String dim(String s) {
    return on && !s.isEmpty() ? "\u001b[2m" + s + "\u001b[0m" : s;
  }

  public String warn(String s) {
    return on && !s.isEmpty() ? "\u001b[33m" + s + "\u001b[0m" : s;
  }
}
