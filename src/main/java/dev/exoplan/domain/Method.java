package dev.exoplan.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How exosomes are delivered; each has its own market price range. */
public enum Method {
  /** 点滴 (全身投与): systemic IV drip. */
  IV("iv"),
  /** 注射 (局所投与): local injection into face, neck or another area. */
  INJECTION("injection"),
  /** 頭皮注入: scalp injection for hair loss, priced by volume. */
  SCALP("scalp"),
  /** 水光注射・導入: skin-surface delivery, aqua injection or ultrasound/iontophoresis. */
  TOPICAL("topical");

  private final String id;

  Method(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Method> byId(String id) {
    for (Method m : values()) {
      if (m.id.equals(id)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** {@code iv, injection, scalp, topical}: for error messages. */
  public static String idList() {
    return Arrays.stream(values()).map(Method::id).collect(Collectors.joining(", "));
  }
}
