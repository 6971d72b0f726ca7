package dev.exoplan.report;

import java.util.Locale;
import java.util.Optional;

/** Output formats. Each report says which it supports; the rest are a usage error. */
public enum Format {
  TEXT("text", "txt"),
  JSON("json", "json"),
  CSV("csv", "csv"),
  MD("md", "md"),
  HTML("html", "html"),
  PDF("pdf", "pdf");

  private final String id;
  private final String extension;

  Format(String id, String extension) {
    this.id = id;
    this.extension = extension;
  }

  public String id() {
    return id;
  }

  public static Optional<Format> byId(String id) {
    for (Format f : values()) {
      if (f.id.equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format a file name implies ({@code quote.html} → HTML), if any. */
  public static Optional<Format> byFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (lower.endsWith("." + f.extension)) {
        return Optional.of(f);
      }
    }
    if (lower.endsWith(".markdown")) {
      return Optional.of(MD);
    }
    return Optional.empty();
  }

  public boolean isBinary() {
    return this == PDF;
  }
}
