package dev.exoplan.cli;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * The start-up archive's training run (issue 21): every run does what it is there for, so that its
 * command's classes are archived. A run that failed early, on an add-on the example clinic no longer
 * offered, had left the JSON quote's classes to load from the jar.
 */
class TrainingTest {
  @Test
  void everyTrainingRunSucceeds() {
    assertThatCode(() -> Training.main(new String[] {"."})).doesNotThrowAnyException();
  }
}
