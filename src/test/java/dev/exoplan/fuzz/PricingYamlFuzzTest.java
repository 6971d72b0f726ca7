package dev.exoplan.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Mangled YAML pricing files (seeded with the shipped tables and every bad-file test). */
class PricingYamlFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void yamlLoadsOrFailsWithAPosition(byte[] content) {
    PricingFiles.check("fuzz.yaml", content);
  }
}
