package dev.exoplan.report.html;

import java.util.List;
import java.util.Optional;

/** Everything the quote page prints, as display strings (the template escapes them). */
public record QuoteView(
    String lang,
    String title,
    String number,
    Optional<String> exampleBanner,
    String clinicName,
    String clinicAddress,
    String clinicPhone,
    String issued,
    String patient,
    Optional<String> counselor,
    String totalLabel,
    String total,
    Optional<String> minimumTotal,
    Optional<String> taxContained,
    String plan,
    Optional<String> doctorHeading,
    Optional<String> doctorText,
    boolean twoPlans,
    List<String> headers,
    List<Row> rows,
    Row totalRow,
    Optional<Row> taxRow,
    List<String> facts,
    String marketHeading,
    List<Note> market,
    Optional<String> scheduleHeading,
    List<List<String>> schedule,
    List<String> scheduleHeaders,
    String checklistHeading,
    List<CheckGroup> checklist,
    String disclosuresHeading,
    List<Note> disclosures,
    String validity,
    String signaturesHeading,
    String patientSign,
    String counselorSign,
    String dateLabel,
    String sourcesHeading,
    List<String> sources,
    String generator) {

  /** A row of the quote table: description, unit price, and the minimum and full plans' figures. */
  public record Row(String description, String unit, String minQty, String minAmount, String qty,
      String amount, String kind) {}

  /** A note with where it is cited, and a level for its style (warning, note, plain). */
  public record Note(String text, String cited, String level) {}

  /** A group of the contraindication checklist. */
  public record CheckGroup(String heading, String level, List<Check> items) {}

  /** One tick box: what it asks, whether it was declared, where it is cited. */
  public record Check(String text, boolean declared, String cited) {}
}
