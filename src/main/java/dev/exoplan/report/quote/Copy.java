package dev.exoplan.report.quote;

/**
 * Which copy of a quote: the patient's (the default), which speaks for the clinic in plain words with
 * its sources as endnotes, or the clinic's, which adds what the counselor checks: every price used
 * against the published ranges, and each statement's source and line.
 */
public enum Copy {
  PATIENT("patient"),
  CLINIC("clinic");

  private final String id;

  Copy(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
