package dev.exoplan.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Mangled clinic price lists (seeded with the example clinic and every clinic test file): they load
 * or fail with a position, and quotes from the ones that load succeed or fail with a message.
 */
class ClinicFileFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void clinicFilesLoadOrFailWithAPosition(byte[] content) {
    PricingFiles.check("clinic.yaml", content);
  }
}
