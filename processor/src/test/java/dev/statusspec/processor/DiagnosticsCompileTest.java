package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.BadSpecs;
import dev.statusspec.processor.testing.BadSpecs.BadSpec;
import dev.statusspec.processor.testing.Fixture;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each broken spec of {@code bad/}, compiled with javac through the processor: the compilation
 * fails with exactly one error, on the annotated interface, that starts with the id, the spec file,
 * the line and the column.
 */
class DiagnosticsCompileTest {

  @TestFactory
  Stream<DynamicTest> eachBadSpecFailsTheCompilation() {
    return BadSpecs.all().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
  }

  private static void check(BadSpec spec) {
    Compilation compilation = Fixture.specBytes(spec.bytes()).compile();
    assertThat(compilation).failed();
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertThat(errors).as("errors of %s", spec).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertThat(error.getMessage(Locale.ROOT)).startsWith(spec.location(Fixture.SPEC_FILE));
    assertThat(error.getSource().getName()).endsWith("Api.java");
    assertThat(error.getLineNumber()).as("the error is on the annotation").isEqualTo(3);
  }
}
