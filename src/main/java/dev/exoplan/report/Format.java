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
  PDF("pdf", "pdf"),
  /** issue 20: the dated schedule as an iCalendar file (RFC 5545), by report.calendar. */
  ICS("ics", "ics");

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
    Optional<String> ext = extension(name);
    if (ext.isEmpty()) {
      return Optional.empty();
    }
    for (Format f : values()) {
      if (ext.get().equals(f.extension)) {
        return Optional.of(f);
      }
    }
    return switch (ext.get()) {
      case "markdown" -> Optional.of(MD);
      case "htm" -> Optional.of(HTML);
      default -> Optional.empty();
    };
  }

  /**
   * The extension of a file name, lower case, when it has one: the text after the last dot, one
   * to eight ASCII letters and digits with at least one letter ({@code plan.docx} → docx). A name
   * such as {@code plan.2026-12-01} or {@code .profile} has none.
   */
  public static Optional<String> extension(String name) {
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1 || name.length() - dot - 1 > 8) {
      return Optional.empty();
    }
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    boolean letter = false;
    for (int i = 0; i < ext.length(); i++) {
      char c = ext.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (c < '0' || c > '9') {
        return Optional.empty();
      }
    }
    return letter ? Optional.of(ext) : Optional.empty();
  }

  /** The extensions a report in these formats can be written to: {@code .txt, .json, …}. */
  public static String extensions(java.util.Set<Format> formats) {
    StringBuilder b = new StringBuilder();
    for (Format f : values()) {
      if (formats.contains(f)) {
        b.append(b.length() == 0 ? "" : ", ").append('.').append(f.extension);
        if (f == MD) {
          b.append(", .markdown");
        } else if (f == HTML) {
          b.append(", .htm");
        }
      }
    }
    return b.toString();
  }

  public boolean isBinary() {
    return this == PDF;
  }
}
