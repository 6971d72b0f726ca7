package dev.exoplan.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Mangled JSON pricing files (seeded with JSON versions of the shipped and test tables). */
class PricingJsonFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void jsonLoadsOrFailsWithAPosition(byte[] content) {
    PricingFiles.check("fuzz.json", content);
  }
}
