package dev.exoplan.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.FileDescriptor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, as rules over the compiled classes: money never touches floating point,
 * the domain depends on nothing but itself and the JDK, nothing prints through System.out, and the
 * packages depend on each other one way (cli → pricing, report → domain). Each rule is also run
 * over {@code dev.exoplan.archfixture}, code written to break it, and must find the break there.
 */
class ArchitectureTest {
  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.exoplan");

  static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("dev.exoplan.archfixture");

  static final Set<String> FLOATING = Set.of("float", "double", "java.lang.Float", "java.lang.Double");

  /** Fields, parameters, results and calls: none may be float or double, boxed or not. */
  static ArchRule noFloatingPoint(String pkg) {
    return classes().that().resideInAPackage(pkg + "..")
        .should(new ArchCondition<JavaClass>("use no float or double (money is exact)") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            for (JavaField f : c.getFields()) {
              if (FLOATING.contains(f.getRawType().getName())) {
                events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is " + f.getRawType().getName()));
              }
            }
            for (JavaCodeUnit u : c.getCodeUnits()) {
              if (FLOATING.contains(u.getRawReturnType().getName())) {
                events.add(SimpleConditionEvent.violated(u, u.getFullName() + " returns floating point"));
              }
              u.getRawParameterTypes().stream().filter(t -> FLOATING.contains(t.getName())).findAny()
                  .ifPresent(t -> events.add(SimpleConditionEvent.violated(u,
                      u.getFullName() + " takes floating point")));
            }
            for (JavaAccess<?> a : c.getAccessesFromSelf()) {
              String owner = a.getTargetOwner().getName();
              String name = a.getTarget().getName();
              boolean floatingTarget = owner.equals("java.lang.Double") || owner.equals("java.lang.Float")
                  || name.equals("doubleValue") || name.equals("floatValue");
              if (a.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget t) {
                floatingTarget |= FLOATING.contains(t.getRawReturnType().getName())
                    || t.getRawParameterTypes().stream().anyMatch(p -> FLOATING.contains(p.getName()));
              }
              if (floatingTarget) {
                events.add(SimpleConditionEvent.violated(a, a.getDescription()));
              }
            }
          }
        });
  }

  static ArchRule domainIsPure(String pkg) {
    return classes().that().resideInAPackage(pkg + "..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(pkg + "..", "java..",
            "dev.exoplan.jdk..")
        .as("the domain (" + pkg + ") depends only on itself and the JDK (and dev.exoplan.jdk, the"
            + " build's stand-ins for JDK operations): no command line, loading, rendering or"
            + " libraries");
  }

  static ArchRule noSystemStreams(String pkg) {
    return noClasses().that().resideInAPackage(pkg + "..")
        .and().doNotHaveFullyQualifiedName("dev.exoplan.cli.Env")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().accessField(FileDescriptor.class, "out")
        .orShould().accessField(FileDescriptor.class, "err")
        .as("nothing prints through System.out or System.err: commands write to the streams"
            + " their context gives them (only cli.Env opens the process's own)");
  }

  static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("cli").definedBy("dev.exoplan.cli..")
      .layer("batch").definedBy("dev.exoplan.batch..")
      .layer("options").definedBy("dev.exoplan.options..")
      .layer("pricing").definedBy("dev.exoplan.pricing..")
      .layer("report").definedBy("dev.exoplan.report..")
      .layer("domain").definedBy("dev.exoplan.domain..")
      .layer("util").definedBy("dev.exoplan.util..")
      .layer("jdk").definedBy("dev.exoplan.jdk..")
      .whereLayer("cli").mayNotBeAccessedByAnyLayer()
      .whereLayer("pricing").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("batch").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("options").mayOnlyBeAccessedByLayers("cli", "batch")
      .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "batch")
      .whereLayer("domain").mayOnlyBeAccessedByLayers("cli", "batch", "pricing", "report")
      .whereLayer("util").mayOnlyBeAccessedByLayers("cli", "batch", "pricing", "report")
      .whereLayer("jdk").mayOnlyBeAccessedByLayers("cli", "batch", "options", "pricing", "report",
          "domain", "util")
      .as("cli → batch → pricing and report → domain, options below cli and batch; nothing calls"
          + " back up");

  /** batch is a package beside cli, not under it: it knows neither the command line nor its exceptions. */
  static ArchRule batchStandsAlone(String batch, String cli) {
    return noClasses().that().resideInAPackage(batch + "..")
        .should().dependOnClassesThat().resideInAPackage(cli + "..")
        .as(batch + " depends on nothing in " + cli);
  }

  /** No package imports, through others, a package that imports it: the house has no circle. */
  static ArchRule noCircles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles()
        .as("no circle of packages under " + root);
  }

  @Test
  void theRulesCoverTheWholeProgram() {
    assertThat(MAIN.containPackage("dev.exoplan.domain.value")).isTrue();
    assertThat(MAIN.stream().map(JavaClass::getPackageName).distinct())
        .contains("dev.exoplan.cli", "dev.exoplan.batch", "dev.exoplan.options", "dev.exoplan.pricing",
            "dev.exoplan.report", "dev.exoplan.report.html", "dev.exoplan.domain.value",
            "dev.exoplan.domain.plan", "dev.exoplan.domain.quote", "dev.exoplan.util");
    assertThat(MAIN.stream().filter(c -> c.getPackageName().startsWith("dev.exoplan.archfixture")))
        .as("fixtures are test code").isEmpty();
  }

  @Test
  void batchDependsOnNothingInCli() {
    batchStandsAlone("dev.exoplan.batch", "dev.exoplan.cli").check(MAIN);
  }

  @Test
  void cliHasNoCircleAndTheTopLevelPackagesNone() {
    slices().matching("dev.exoplan.(*)..").should().beFreeOfCycles()
        .as("no circle among the top-level packages (cli, batch, options, pricing, report, domain)")
        .check(MAIN);
    noCircles("dev.exoplan.cli").allowEmptyShould(true).check(MAIN); // cli has no sub-package today
  }

  @Test
  void moneyNeverTouchesFloatingPoint() {
    noFloatingPoint("dev.exoplan").check(MAIN);
  }

  /** The build's stand-ins for JDK operations (issue 21) are the JDK's own kind: they use it alone. */
  @Test
  void theJdkStandInsDependOnTheJdkAlone() {
    classes().that().resideInAPackage("dev.exoplan.jdk..").should().onlyDependOnClassesThat()
        .resideInAnyPackage("dev.exoplan.jdk..", "java..").check(MAIN);
  }

  @Test
  void theDomainDependsOnNothingButItself() {
    domainIsPure("dev.exoplan.domain").check(MAIN);
  }

  @Test
  void nothingPrintsThroughSystemOut() {
    noSystemStreams("dev.exoplan").check(MAIN);
  }

  @Test
  void packagesDependOneWay() {
    LAYERS.check(MAIN);
  }

  @Test
  void theDomainHasNoCircle() {
    noCircles("dev.exoplan.domain").check(MAIN);
  }

  @Test
  void theReportHasNoCircle() {
    noCircles("dev.exoplan.report").check(MAIN);
    // the pattern above puts the root package (words, formats) in no slice; this one does
    slices().assignedFrom(packagesUnder("dev.exoplan.report")).should().beFreeOfCycles()
        .as("no circle through dev.exoplan.report itself").check(MAIN);
  }

  /** Each package under the root, the root itself included, as its own slice. */
  static SliceAssignment packagesUnder(String root) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String p = c.getPackageName();
        return p.equals(root) || p.startsWith(root + ".")
            ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "the packages under " + root + " and " + root + " itself";
      }
    };
  }

  @Test
  void eachRuleFindsItsViolationInTheFixture() {
    List<String> circles = noCircles("dev.exoplan.archfixture").evaluate(FIXTURE)
        .getFailureReport().getDetails();
    assertThat(circles).anyMatch(d -> d.contains("Upstairs") && d.contains("Downstairs"));
    EvaluationResult floating = noFloatingPoint("dev.exoplan.archfixture").evaluate(FIXTURE);
    assertThat(floating.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("total(double, int)") && d.contains("returns floating point"))
        .anyMatch(d -> d.contains("BigDecimal.<init>(double)"))
        .anyMatch(d -> d.contains("BigDecimal.valueOf(double)"))
        .anyMatch(d -> d.contains("BigDecimal.doubleValue()"))
        .anyMatch(d -> d.contains("Math.round(double)"));
    List<String> pure = domainIsPure("dev.exoplan.archfixture").evaluate(FIXTURE)
        .getFailureReport().getDetails();
    assertThat(pure).anyMatch(d -> d.contains("dev.exoplan.cli.ExitCode"));
    assertThat(batchStandsAlone("dev.exoplan.archfixture", "dev.exoplan.cli").evaluate(FIXTURE)
        .getFailureReport().getDetails()).anyMatch(d -> d.contains("dev.exoplan.cli.ExitCode"));
    List<String> streams = noSystemStreams("dev.exoplan.archfixture").evaluate(FIXTURE)
        .getFailureReport().getDetails();
    assertThat(streams).anyMatch(d -> d.contains("System.out"))
        .anyMatch(d -> d.contains("FileDescriptor.out"));
  }
}
