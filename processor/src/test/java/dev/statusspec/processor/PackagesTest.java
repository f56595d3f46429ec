package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Where the annotated interface lives: the default package, nested in a class, same-named specs in
 * two packages.
 */
class PackagesTest {

  private static final String SPEC =
      "statuses:\n  - code: 200\n    name: OK\n  - code: 404\n    name: Not Found\n";

  @Test
  void defaultPackageWithSpecAtTheRoot() throws Exception {
    Compilation compilation =
        Fixture.spec(SPEC)
            .named("../../root.yaml")
            .withInterface(
                "Api", "@dev.statusspec.StatusSpec(\"/root.yaml\")\npublic interface Api {}\n")
            .compile("-Xlint:all", "-Werror");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("ApiStatus");
    assertThat(compilation).generatedSourceFile("NotFoundException");
    Class<?> status = GeneratedClasses.of(compilation).load("ApiStatus");
    assertThat(status.getMethod("fromCode", int.class).invoke(null, 404).toString())
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void interfaceNestedInAClass() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withInterface(
                "com.example.Outer",
                "package com.example;\n\npublic class Outer {\n"
                    + "  @dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "  public interface Api { default String hello() { return \"hi\"; } }\n"
                    + "}\n")
            .withSource(
                "com.example.User",
                "package com.example;\n\nclass User {\n"
                    + "  String greet() { return ApiStatus.OK.hello(); }\n"
                    + "  Outer.Api api() { return ApiStatus.NOT_FOUND; }\n"
                    + "}\n")
            .compile("-Xlint:all", "-Werror");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.ApiStatus")
        .contentsAsUtf8String()
        .contains("public enum ApiStatus implements Outer.Api");
  }

  @Test
  void sameNameInTwoPackagesCompileTogether() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withInterface(
                "com.example.Api",
                "package com.example;\n"
                    + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "public interface Api {}\n")
            .withSource(
                "com.other.Api",
                "package com.other;\n"
                    + "@dev.statusspec.StatusSpec(\"/com/example/statuses.yaml\")\n"
                    + "public interface Api {}\n")
            .compile("-Xlint:all", "-Werror");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.ApiStatus");
    assertThat(compilation).generatedSourceFile("com.other.ApiStatus");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/statusspec/com/example/Api.md")
        .contentsAsUtf8String()
        .contains("package `com.example`");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/statusspec/com/other/Api.md")
        .contentsAsUtf8String()
        .contains("package `com.other`");
  }

  @Test
  void sameNameInOnePackageIsOneClearError() {
    Compilation compilation =
        Fixture.spec("name: Api\n" + SPEC)
            .withInterface(
                "com.example.Api",
                "package com.example;\n"
                    + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "public interface Api {}\n")
            .withSource(
                "com.example.Other",
                "package com.example;\n"
                    + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "public interface Other {}\n")
            .compile();

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:duplicate-generated-types] target/fixture/com/example/statuses.yaml:1:7:"
                + " com.example.Api and com.example.Other would both generate"
                + " com.example.ApiStatus");
  }

  @Test
  void anInterfaceThatGeneratesNothingLeavesItsNamesFree() {
    // Api comes first and fails (its method is one the enum cannot provide), so it generates
    // nothing; Other may then have the names.
    Compilation compilation =
        Fixture.spec("name: Api\n" + SPEC)
            .withInterface(
                "com.example.Api",
                "package com.example;\n"
                    + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "public interface Api { String nickname(); }\n")
            .withSource(
                "com.example.Other",
                "package com.example;\n"
                    + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "public interface Other {}\n")
            .compile();

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[statusspec:unimplemented-method]");
  }
}
