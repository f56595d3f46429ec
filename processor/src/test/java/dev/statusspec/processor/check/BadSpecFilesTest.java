package dev.statusspec.processor.check;

import static dev.statusspec.processor.testing.SpecDiagnostics.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.testing.BadSpecs;
import dev.statusspec.processor.testing.BadSpecs.BadSpec;
import dev.statusspec.processor.testing.SpecDiagnostics;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of {@code bad/} gives exactly its one expected diagnostic when loaded without javac
 * (rules that need javac's view of the package are checked in {@code DiagnosticsCompileTest}).
 */
class BadSpecFilesTest {

  /** Ids only the processor can report: they depend on the compilation's types. */
  private static final Set<String> NEEDS_JAVAC = Set.of("shadows-java-lang", "type-exists");

  @TestFactory
  Stream<DynamicTest> eachBadSpecGivesItsDiagnostic() {
    return BadSpecs.all().stream()
        .map(
            spec ->
                DynamicTest.dynamicTest(
                    spec.name(),
                    () -> {
                      if (NEEDS_JAVAC.contains(spec.id())) {
                        assertThat(SpecDiagnostics.of(spec.bytes())).isEmpty();
                      } else {
                        check(spec);
                      }
                    }));
  }

  private static void check(BadSpec spec) {
    single(SpecDiagnostics.of(spec.bytes()), spec.id(), spec.line(), spec.column());
  }
}
