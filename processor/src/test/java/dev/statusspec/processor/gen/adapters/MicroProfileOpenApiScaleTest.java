package dev.statusspec.processor.gen.adapters;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.check.SpecValidator;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.SyntheticSpec;
import org.junit.jupiter.api.Test;

/**
 * {@code POASFilter} for the largest spec allowed compiles under {@code -Xlint:all -Werror} against
 * MicroProfile OpenAPI 4.0: its per-status tables, and an operation listing every status (200
 * codes, each shared by a dozen statuses), stay within javac's limits for a method and a class.
 */
class MicroProfileOpenApiScaleTest {

  @Test
  void theFilterOfTheLargestSpecCompiles() {
    int n = SpecValidator.MAX_STATUSES;
    StringBuilder yaml = new StringBuilder(SyntheticSpec.withOperations(n, 20, 150));
    yaml.append("  every:\n    statuses: [");
    for (int i = 0; i < n; i++) {
      yaml.append(i == 0 ? "" : ", ").append(SyntheticSpec.id(i));
    }
    yaml.append("]\n");
    Compilation compilation =
        Fixture.spec(yaml.toString())
            .withClassPath(AdapterVersionsTest.jars("microprofile-openapi-4.0"))
            .compile("-Xlint:all", "-Werror", "-Astatusspec.adapters=mpopenapi");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.BigOASFilter");
  }
}
