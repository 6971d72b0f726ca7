package dev.exoplan.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Mangled workbooks (issue 19; seeded with the template and every workbook the golden cases read,
 * a zip bomb among them): each loads or fails with a position, in bounded memory, and the commands
 * run over one that loads succeed or fail with a message.
 */
class WorkbookFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void workbooksLoadOrFailWithAPosition(byte[] content) {
    PricingFiles.check("clinic.xlsx", content);
  }
}
