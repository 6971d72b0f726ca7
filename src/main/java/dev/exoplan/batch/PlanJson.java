package dev.exoplan.batch;

import dev.exoplan.domain.catalog.Protocol;
import dev.exoplan.domain.plan.Plan;
import dev.exoplan.report.plan.PlanFields;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plan result line: the plan's fields as {@link PlanFields} lists them (the same list the
 * command's JSON writes through Jackson), written as bytes with each field name encoded once and
 * the separators Jackson's compact output puts between them, so a line is byte for byte the
 * command's own (BatchEquivalenceTest compares the two over thousands of plans).
 */
final class PlanJson implements PlanFields.Sink {
  private static final byte[] NULL = JsonBytes.ascii("null");
  private static final byte[] TRUE = JsonBytes.ascii("true");
  private static final byte[] FALSE = JsonBytes.ascii("false");
  private static final byte[] REFERENCES = JsonBytes.ascii(",\"references\":");

  /** {@code ,"name":} for every field name, made once. */
  private static final Map<String, byte[]> NAMES = new ConcurrentHashMap<>();

  private final JsonBytes out;
  private final byte[] protocol;
  /** Per open object or array, whether its first member is still to come (bit 0: the innermost). */
  private long first;
  private int depth;

  private PlanJson(JsonBytes out, byte[] protocol) {
    this.out = out;
    this.protocol = protocol;
  }

  /**
   * {@code ,…plan fields…,"references":[…]}} and a newline, after the line number; {@code protocol}
   * and {@code references} are the JSON of those fields, serialised once per protocol and per set
   * of sources.
   */
  static void write(JsonBytes out, Plan p, byte[] protocol, byte[] references) {
    PlanJson w = new PlanJson(out, protocol);
    try {
      PlanFields.write(p, w);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // bytes in memory: never thrown
    }
    out.raw(REFERENCES).raw(references).raw('}').raw('\n');
  }

  private static byte[] encoded(String field) {
    byte[] b = NAMES.get(field);
    if (b == null) {
      b = JsonBytes.ascii(",\"" + field + "\":");
      NAMES.put(field, b);
    }
    return b;
  }

  /** A comma before every member of an array but its first. */
  private void value() {
    if (depth > 0 && (first & 1L) == 0) {
      out.raw(',');
    }
    first &= ~1L;
  }

  @Override
  public void name(String field) {
    byte[] b = encoded(field);
    if (depth > 0 && (first & 1L) != 0) {
      out.raw(b, 1, b.length - 1); // the first member: no comma
    } else {
      out.raw(b);
    }
    first &= ~1L;
    named = true;
  }

  /** Set by {@link #name}: the value that follows takes no separator of its own. */
  private boolean named;

  private void before() {
    if (named) {
      named = false;
    } else {
      value();
    }
  }

  @Override
  public void string(String value) {
    before();
    out.string(value);
  }

  @Override
  public void number(long value) {
    before();
    out.number(value);
  }

  @Override
  public void number(BigDecimal value) {
    before();
    out.raw(JsonBytes.ascii(value.toString()));
  }

  @Override
  public void bool(boolean value) {
    before();
    out.raw(value ? TRUE : FALSE);
  }

  @Override
  public void nul() {
    before();
    out.raw(NULL);
  }

  @Override
  public void startObject() {
    before();
    out.raw('{');
    push();
  }

  @Override
  public void endObject() {
    out.raw('}');
    pop();
  }

  @Override
  public void startArray() {
    before();
    out.raw('[');
    push();
  }

  @Override
  public void endArray() {
    out.raw(']');
    pop();
  }

  @Override
  public void protocol(Optional<Protocol> p) {
    before();
    out.raw(protocol);
  }

  private void push() {
    first = (first << 1) | 1L;
    depth++;
  }

  private void pop() {
    first >>>= 1;
    depth--;
  }
}
