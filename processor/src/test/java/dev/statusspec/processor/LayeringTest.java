package dev.statusspec.processor;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The processor's layers, as rules on its compiled classes: {@code spec} (find a file and read its
 * format into the model) -> {@code model} (immutable values) <- {@code check} (rules on the model
 * and on the plan's outputs, which are model values) and {@code gen} (the plan, one generator per
 * output, the one Filer writer), with {@code diag} and {@code options} below them all; only the
 * root package's pipeline joins them. The command line ({@code cli}, which drafts a spec from an
 * OpenAPI document through {@code draft}) sits on top of the reading and checking layers, beside
 * the pipeline, and nothing uses it. A change that makes an arrow point up fails here, not in a
 * review.
 */
class LayeringTest {

  private static final String ROOT = "dev.statusspec.processor";

  private static JavaClasses processor;

  @BeforeAll
  static void importClasses() {
    processor =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void theModelKnowsNeitherGeneratorsNorTheFormatsNorJavac() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".gen..",
            ROOT + ".check..",
            ROOT + ".spec..",
            "com.fasterxml..",
            "org.yaml..",
            "javax.annotation.processing..",
            "javax.lang.model..",
            "javax.tools..",
            "com.palantir.javapoet..")
        .check(processor);
  }

  @Test
  void checksReadTheModelAndThePlanOutputsNeverTheGenerators() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".check..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".gen..", ROOT + ".spec..", "com.palantir.javapoet..")
        .check(processor);
  }

  @Test
  void formatsReadFilesIntoTheModelAndKnowNothingAfterIt() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".spec..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".check..", ROOT + ".gen..", "com.palantir.javapoet..")
        .check(processor);
  }

  @Test
  void generatorsReadTheModelNotTheSpecReaderNorTheChecks() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".gen..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".spec..", ROOT + ".check..", "com.fasterxml..", "org.yaml..")
        .check(processor);
  }

  @Test
  void onlyTheFilerWriterWritesThroughTheFiler() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(ROOT + ".gen.FilerWriter")
        .should()
        .callMethodWhere(
            describe(
                "a method of Filer that creates a file",
                call ->
                    call.getTargetOwner().isEquivalentTo(Filer.class)
                        && call.getName().startsWith("create")))
        .check(processor);
  }

  @Test
  void onlyTheReporterPrintsThroughTheMessager() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(ROOT + ".diag.Reporter")
        .should()
        .callMethodWhere(
            describe(
                "a method of Messager",
                call -> call.getTargetOwner().isEquivalentTo(Messager.class)))
        .check(processor);
  }

  @Test
  void diagnosticsAndOptionsAreTheBottomLayer() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".diag..", ROOT + ".options..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".spec..", ROOT + ".model..", ROOT + ".check..", ROOT + ".gen..")
        .check(processor);
  }

  @Test
  void onlyTheRootPackageRunsTheRoundsAndThePipeline() {
    classes()
        .that()
        .resideInAPackage(ROOT)
        .should()
        .haveNameMatching(
            "dev\\.statusspec\\.processor\\.(StatusSpecProcessor|SpecPipeline|Compilation)(\\$.*)?")
        .check(processor);
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".*..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT)
        .check(processor);
  }

  @Test
  void theCommandLineIsOnTopAndNothingUsesIt() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".cli..")
        .check(processor);
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".gen..",
            "javax.annotation.processing..",
            "javax.lang.model..",
            "com.palantir.javapoet..")
        .check(processor);
  }

  @Test
  void draftingReadsTheModelAndOnlyTheCommandLineUsesIt() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".draft..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".spec..",
            ROOT + ".check..",
            ROOT + ".gen..",
            "com.fasterxml..",
            "org.yaml..",
            "javax.annotation.processing..",
            "javax.lang.model..",
            "com.palantir.javapoet..")
        .check(processor);
    noClasses()
        .that()
        .resideOutsideOfPackages(ROOT + ".draft..", ROOT + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".draft..")
        .check(processor);
  }

  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(processor);
  }
}
