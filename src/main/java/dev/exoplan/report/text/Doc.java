package dev.exoplan.report.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A human-readable report in one language, as a list of blocks: what text and Markdown output both
 * render, so the two say the same thing.
 */
public final class Doc {
  /** One block of a document. */
  public sealed interface Block permits Title, Line, Heading, Table, Bullets, Bars, Gap {}

  /** The document's title. */
  public record Title(String text) implements Block {}

  /** A line of prose; {@code strong} for the headline figure, {@code quiet} for small print. */
  public record Line(String text, boolean strong, boolean quiet) implements Block {}

  /** A section heading. */
  public record Heading(String text) implements Block {}

  /** A table. */
  public record Table(Grid grid) implements Block {}

  /** A bullet list; each item may carry a quiet suffix (where it is cited). */
  public record Bullets(List<Bullet> items) implements Block {}

  /** One bullet. */
  public record Bullet(String text, String quietSuffix) {}

  /** A horizontal bar chart; bars scale to the largest reach. */
  public record Bars(List<Bar> bars) implements Block {}

  /**
   * One bar: solid from 0 to {@code solid}, light from there to {@code reach} (a range: at least
   * {@code solid}, up to {@code reach}); no bar at all when {@code reach} is negative (unknown).
   */
  public record Bar(String label, long solid, long reach, String valueText) {
    public static Bar of(String label, long value, String valueText) {
      return new Bar(label, value, value, valueText);
    }
  }

  /** A blank line between parts. */
  public record Gap() implements Block {}

  private final List<Block> blocks = new ArrayList<>();

  public Doc title(String text) {
    blocks.add(new Title(text));
    return this;
  }

  public Doc line(String text) {
    blocks.add(new Line(text, false, false));
    return this;
  }

  public Doc strong(String text) {
    blocks.add(new Line(text, true, false));
    return this;
  }

  public Doc quiet(String text) {
    blocks.add(new Line(text, false, true));
    return this;
  }

  public Doc heading(String text) {
    blocks.add(new Heading(text));
    return this;
  }

  public Doc table(Grid grid) {
    blocks.add(new Table(grid));
    return this;
  }

  public Doc bullets(List<Bullet> items) {
    if (!items.isEmpty()) {
      blocks.add(new Bullets(List.copyOf(items)));
    }
    return this;
  }

  public Doc bars(List<Bar> bars) {
    blocks.add(new Bars(List.copyOf(bars)));
    return this;
  }

  public Doc gap() {
    blocks.add(new Gap());
    return this;
  }

  public List<Block> blocks() {
    return List.copyOf(blocks);
  }
}
