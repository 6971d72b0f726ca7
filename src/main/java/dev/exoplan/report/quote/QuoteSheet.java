package dev.exoplan.report.quote;

import java.util.List;
import java.util.Optional;

/**
 * One copy of a quote in one language, as display strings: what the text, Markdown, HTML and PDF
 * renderings print, in the order they print it (the HTML template escapes every value). Built by
 * {@link QuoteSheets}; a section that does not apply is empty.
 */
public record QuoteSheet(
    String lang,
    String title,
    Optional<String> copyLabel,
    String number,
    String issued,
    String validUntil,
    String subject,
    Optional<String> example,
    Issuer issuer,
    String patient,
    String pageHeader,
    String pageLabel,
    List<Headline> headline,
    List<Note> alternatives,
    String plan,
    Optional<Note> doctor,
    Table table,
    List<Note> facts,
    Optional<Section> market,
    Optional<Schedule> schedule,
    String checklistHeading,
    List<CheckGroup> checklist,
    String disclosuresHeading,
    List<Note> disclosures,
    String validity,
    Signatures signatures,
    String sourcesHeading,
    List<String> sources) {

  /** The clinic that issues the quote: name, address, phone, registration number, counselor. */
  public record Issuer(String name, String address, String phone, Optional<String> registration,
      Optional<String> counselor, String seal) {}

  /** A total in the headline box, with the tax it contains directly under it. */
  public record Headline(String label, String amount, Optional<String> tax) {}

  /**
   * A statement with where it comes from: {@code cited} is the clinic copy's "003 85行目" or the
   * patient copy's endnote marks (the source ids, "003,004"), empty when uncited; {@code level} styles it.
   */
  public record Note(String text, String cited, String level) {
    public static Note plain(String text) {
      return new Note(text, "", "plain");
    }
  }

  /** The quote's table: its headers, the lines bought and the totals under them. */
  public record Table(boolean twoPlans, List<String> headers, List<Row> rows, List<Row> totals) {}

  /**
   * A row: description, unit price, the minimum plan's quantity and amount (two plans only) and the
   * quantity and amount; {@code kind} styles it (item, subtotal, surcharge, discount, tax, total, within).
   */
  public record Row(String description, String unit, String minQty, String minAmount, String qty,
      String amount, String kind) {}

  /** A titled list of notes (the clinic copy's market check). */
  public record Section(String heading, Optional<String> intro, List<Note> notes) {}

  /** The dated schedule: its heading, column headers and rows. */
  public record Schedule(String heading, List<String> headers, List<List<String>> rows) {}

  /** A group of the contraindication checklist. */
  public record CheckGroup(String heading, String level, List<Check> items) {}

  /** One tick box: what it asks, whether it was declared, where it is cited. */
  public record Check(String text, boolean declared, String cited) {}

  /** The consent sentence and the lines the patient and the counselor sign. */
  public record Signatures(String heading, String consent, String patient, String counselor,
      Optional<String> counselorName, String date, String accepts) {}
}
