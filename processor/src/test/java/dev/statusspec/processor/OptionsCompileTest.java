package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** The options through javac: declared (so javac does not warn about them), and checked. */
class OptionsCompileTest {

  private static final String SPEC =
      "statuses:\n  - code: 200\n    name: OK\n  - code: 404\n    name: Not Found\n";

  @Test
  void everyOptionIsDeclaredSoJavacDoesNotWarnAboutIt() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .compile(
                "-Xlint:all",
                "-Werror",
                "-Astatusspec.adapters=auto",
                "-Astatusspec.compatibility=warn",
                "-Astatusspec.lint=none");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anUnknownValueIsOneErrorAndTheCodeIsStillGenerated() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withSource(USER, USES_THE_ENUM)
            .compile("-Astatusspec.compatibility=strict");
    // One error only: User compiles, so the enum was generated with the option's default.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:invalid-option] -Astatusspec.compatibility=strict is not a valid value;"
                + " use one of: error, warn, off");
  }

  private static final String USER = "com.example.User";

  private static final String USES_THE_ENUM =
      "package com.example;\nclass User { int code() { return ApiStatus.NOT_FOUND.code(); } }\n";

  @Test
  void namingAnAdapterWhoseFrameworkIsAbsentIsOneClearError() {
    Compilation compilation = Fixture.spec(SPEC).compile("-Astatusspec.adapters=feign");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:adapter-framework-missing] -Astatusspec.adapters names feign, but its"
                + " framework is not on the compile class path (no feign.codec.ErrorDecoder)");
  }

  @Test
  void optionProblemsAreReportedOncePerCompilationNotPerInterface() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withSource(
                "com.other.Second",
                "package com.other;\n"
                    + "@dev.statusspec.StatusSpec(\"/com/example/statuses.yaml\")\n"
                    + "public interface Second {}\n")
            .withSource(USER, USES_THE_ENUM)
            .compile("-Astatusspec.lint=some");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[statusspec:invalid-option] -Astatusspec.lint=some");
  }
}
