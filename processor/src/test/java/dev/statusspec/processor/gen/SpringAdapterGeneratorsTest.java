package dev.statusspec.processor.gen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.SpecDiagnostics;
import dev.statusspec.processor.testing.Specs;
import dev.statusspec.processor.testing.TestClassPath;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * When the Spring adapters are generated, and which API they target; their behaviour against the
 * real framework is tested in the spring-it modules (Spring Boot 3.5 and 4.0).
 */
class SpringAdapterGeneratorsTest {

  private static final String SPEC =
      "statuses:\n  - {code: 200, name: OK}\n  - {code: 409, name: Conflict, errorCode: c}\n";

  /** A class path with exactly these types and methods ({@code type#name(params)}). */
  private static ClassPath classPath(Set<String> types, Set<String> methods) {
    return new TestClassPath(types::contains, methods::contains, module -> false);
  }

  private static String errorHandler(ClassPath classPath) {
    Plan plan =
        Specs.plan(
            SpecDiagnostics.valid(SPEC),
            ClassName.get("com.example", "Api"),
            "statuses.yaml",
            new Target(17, Optional.empty(), Set.of("spring"), classPath));
    return plan.files().stream()
        .filter(f -> f.name().equals("com.example.ApiResponseErrorHandler"))
        .map(f -> ((GeneratedFile.JavaSource) f).file().toString())
        .findFirst()
        .orElseThrow();
  }

  private static final String OLD_HANDLE_ERROR =
      "org.springframework.web.client.ResponseErrorHandler#handleError("
          + "org.springframework.http.client.ClientHttpResponse)";
  private static final String SPRING_62_MARKER =
      "org.springframework.web.client.DefaultResponseErrorHandler#handleError("
          + "org.springframework.http.client.ClientHttpResponse,"
          + "org.springframework.http.HttpStatusCode,java.net.URI,"
          + "org.springframework.http.HttpMethod)";

  @Test
  void spring61GetsTheOldOverloadToo() {
    String code = errorHandler(classPath(Set.of(), Set.of(OLD_HANDLE_ERROR)));
    assertThat(code)
        .contains("public void handleError(ClientHttpResponse response) throws IOException")
        .contains("fallback.handleError(response);")
        .contains(
            "public void handleError(URI url, HttpMethod method, ClientHttpResponse response)");
  }

  @Test
  void spring62And70OverrideOnlyTheUriOverload() {
    for (Set<String> methods :
        List.of(Set.of(OLD_HANDLE_ERROR, SPRING_62_MARKER), Set.of(SPRING_62_MARKER))) {
      String code = errorHandler(classPath(Set.of(), methods));
      assertThat(code)
          .doesNotContain("handleError(ClientHttpResponse response)")
          .contains("handleError(URI url, HttpMethod method, ClientHttpResponse response)");
    }
  }

  @Test
  void jackson3IsPreferredThenJackson2ThenNone() {
    String both =
        errorHandler(
            classPath(
                Set.of(
                    "tools.jackson.databind.ObjectMapper",
                    String.join(".", "com", "fasterxml", "jackson", "databind", "ObjectMapper")),
                Set.of()));
    assertThat(both)
        .contains("import tools.jackson.databind.ObjectMapper;")
        .contains("catch (RuntimeException notAProblem)");
    String two =
        errorHandler(
            classPath(
                Set.of(String.join(".", "com", "fasterxml", "jackson", "databind", "ObjectMapper")),
                Set.of()));
    assertThat(two)
        .contains("jackson.databind.ObjectMapper;")
        .contains("catch (IOException | RuntimeException notAProblem)");
    String none = errorHandler(classPath(Set.of(), Set.of()));
    assertThat(none)
        .doesNotContain("ObjectMapper")
        .contains("// No JSON library on the compile class path.");
  }

  private static Set<String> generatedTypes(Compilation compilation) {
    return compilation.generatedSourceFiles().stream()
        .map(JavaFileObject::getName)
        .map(n -> n.substring(n.lastIndexOf('/') + 1).replace(".java", ""))
        .collect(Collectors.toSet());
  }

  @Test
  void adaptersNoneGeneratesNoAdapterEvenWithSpringThere() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withSource(
                "org.springframework.http.ProblemDetail",
                "package org.springframework.http;\npublic class ProblemDetail {}\n")
            .compile("-Xlint:all", "-Werror", "-Astatusspec.adapters=none");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedTypes(compilation))
        .doesNotContain("ApiProblems", "ApiControllerAdvice", "ApiResponseErrorHandler")
        .contains("ApiStatus", "ApiException");
  }

  @Test
  void noFrameworkGeneratesNothingMoreAndNoWarning() {
    Compilation compilation = Fixture.spec(SPEC).compile("-Xlint:all", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedTypes(compilation))
        .containsExactlyInAnyOrder(
            "ApiStatus",
            "ApiException",
            "ApiClientException",
            "ConflictException",
            "ApiStatusHandler",
            "ApiExceptionHandler",
            // The JDK's own client needs no framework: from release 11, in the unnamed module.
            "ApiHttpClient",
            "ApiProblems");
  }

  /**
   * The Spring adapters generated through javac against Spring Framework 6.1's own jars (the oldest
   * the adapters support; 6.2 and 7.0 are the spring-it modules') compile under {@code -Xlint:all
   * -Werror}, with the overload only 6.1 needs.
   */
  @Test
  void spring61CompilesWithoutWarnings() throws Exception {
    List<File> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("target/frameworks/spring-6.1"))) {
      files.sorted().map(Path::toFile).forEach(jars::add);
    }
    Compilation compilation =
        Fixture.spec(SPEC).withClassPath(jars).compile("-Xlint:all", "-Werror");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.ApiResponseErrorHandler")
        .contentsAsUtf8String()
        .contains("public void handleError(ClientHttpResponse response) throws IOException");
    assertThat(compilation).generatedSourceFile("com.example.ApiControllerAdvice");
  }
}
