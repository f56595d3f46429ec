package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.check.SpecValidator;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import dev.statusspec.processor.testing.SyntheticSpec;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Catalogues of thousands of statuses: they compile and look up correctly, and past {@link
 * SpecValidator#MAX_STATUSES} the spec is refused with an error instead of javac's "code too
 * large".
 */
class ScaleTest {

  /** The largest spec allowed (2,500 statuses): it must compile. */
  private static final int LARGE = SpecValidator.MAX_STATUSES;

  @Test
  void compilesAndLooksUpInALargeCatalogue() throws ReflectiveOperationException {
    Compilation compilation = Fixture.spec(SyntheticSpec.yaml(LARGE)).compile("-Xlint:all");

    assertThat(compilation).succeededWithoutWarnings();
    Class<?> status = GeneratedClasses.of(compilation).load("com.example.BigStatus");
    assertThat(status.getEnumConstants()).hasSize(LARGE);
    Method fromCode = status.getMethod("fromCode", int.class);
    Method resolve = status.getMethod("resolve", int.class, String.class);
    Method code = status.getMethod("code");
    Method errorCode = status.getMethod("errorCode");
    for (int i : new int[] {0, 1, SyntheticSpec.CODES, LARGE / 2, LARGE - 1}) {
      Object byKey =
          ((Optional<?>) resolve.invoke(null, SyntheticSpec.code(i), SyntheticSpec.errorCode(i)))
              .orElseThrow();
      assertThat(byKey).hasToString(SyntheticSpec.id(i));
      assertThat(code.invoke(byKey)).isEqualTo(SyntheticSpec.code(i));
      assertThat(errorCode.invoke(byKey)).isEqualTo(Optional.of(SyntheticSpec.errorCode(i)));
      assertThat(fromCode.invoke(null, SyntheticSpec.code(i)))
          .hasToString(SyntheticSpec.id(i % SyntheticSpec.CODES));
    }
    assertThat(resolve.invoke(null, 404, "no_such_error")).hasToString("Optional[ERROR_4]");
    assertThat(resolve.invoke(null, 399, null)).isEqualTo(Optional.empty());
  }

  @Test
  void refusesOnePastTheLimit() {
    Compilation compilation =
        Fixture.spec(SyntheticSpec.yaml(SpecValidator.MAX_STATUSES + 1)).compile();

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:too-many-statuses] target/fixture/com/example/statuses.yaml:");
    assertThat(compilation).hadErrorContaining("split the catalogue into several specs");
  }
}
