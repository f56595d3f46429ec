package dev.statusspec.processor.gen.adapters;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jakarta REST, MicroProfile Rest Client, Feign, springdoc and MicroProfile OpenAPI adapters,
 * generated through the processor against each framework version's own API jars (javac's class
 * path holds only those and the annotations) and compiled under {@code -Xlint:all -Werror}: each is
 * generated exactly when its framework is there and {@code statusspec.adapters} allows it.
 */
class AdapterVersionsTest {

  static final String SPEC =
      """
      problem:
        typeBase: https://api.example.com/problems/
      statuses:
        - {code: 200, name: OK}
        - {code: 400, name: Bad Request}
        - {code: 409, name: Conflict, errorCode: conflict}
        - code: 409
          id: TENANT_SUSPENDED
          name: Tenant Suspended
          errorCode: tenant_suspended
          type: suspended
        - {code: 410, name: Gone, deprecated: true}
        - {code: 503, name: Service Unavailable, retryable: true}
      """;

  private static final String MAPPER = "com.example.ApiExceptionMapper";
  private static final String MP = "com.example.ApiResponseExceptionMapper";
  private static final String FEIGN = "com.example.ApiErrorDecoder";
  private static final String PROBLEMS = "com.example.ApiProblems";
  private static final String OAS = "com.example.ApiOASFilter";

  /** The jars of one framework version, copied by the build into target/frameworks/NAME. */
  static List<File> jars(String... names) {
    String root = System.getProperty("statusspec.frameworks", "target/frameworks");
    List<File> files = new ArrayList<>();
    for (String name : names) {
      Path dir = Path.of(root, name);
      try (Stream<Path> list = Files.list(dir)) {
        list.sorted().map(Path::toFile).forEach(files::add);
      } catch (java.io.IOException e) {
        throw new AssertionError(
            "no framework jars in " + dir + " (run mvn generate-test-resources)", e);
      }
    }
    return files;
  }

  private static Compilation compile(List<File> classPath, String... options) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror"));
    all.addAll(List.of(options));
    return Fixture.spec(SPEC).withClassPath(classPath).compile(all.toArray(String[]::new));
  }

  /** The qualified names of the generated sources. */
  private static Set<String> generated(Compilation compilation) {
    Set<String> names = new TreeSet<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      names.add(
          path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length())
              .replace(".java", "")
              .replace('/', '.'));
    }
    return names;
  }

  private static String source(Compilation compilation, String name) {
    try {
      return compilation
          .generatedSourceFile(name)
          .orElseThrow(() -> new AssertionError("not generated: " + name))
          .getCharContent(false)
          .toString();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Arguments> versions() {
    return Stream.of(
        Arguments.of("Jakarta REST 3.1", List.of("jakarta-rest-3.1"), List.of(MAPPER), "11"),
        Arguments.of("Jakarta REST 4.0", List.of("jakarta-rest-4.0"), List.of(MAPPER), "17"),
        Arguments.of(
            "MicroProfile Rest Client 3.0",
            List.of("microprofile-rest-client-3.0", "jakarta-rest-3.1"),
            List.of(MAPPER, MP),
            "11"),
        Arguments.of(
            "MicroProfile Rest Client 4.0 + Jackson 2",
            List.of("microprofile-rest-client-4.0", "jakarta-rest-3.1", "jackson-2"),
            List.of(MAPPER, MP),
            "11"),
        Arguments.of(
            "MicroProfile Rest Client 4.0 + Jakarta REST 4.0 + JSON-B/JSON-P",
            List.of("microprofile-rest-client-4.0", "jakarta-rest-4.0", "json-b-3.0"),
            List.of(MAPPER, MP),
            "17"),
        Arguments.of("Feign 12 (feign-core only)", List.of("feign-12"), List.of(FEIGN), "8"),
        Arguments.of("Feign 13 (feign-core only)", List.of("feign-13"), List.of(FEIGN), "8"),
        Arguments.of("Feign 13 + Jackson 2", List.of("feign-13", "jackson-2"), List.of(FEIGN), "8"),
        Arguments.of(
            "Feign 13 + Jackson 3", List.of("feign-13", "jackson-3"), List.of(FEIGN), "17"),
        Arguments.of(
            "Feign 12 + JSON-B/JSON-P", List.of("feign-12", "json-b-3.0"), List.of(FEIGN), "11"),
        Arguments.of(
            "MicroProfile OpenAPI 3.1", List.of("microprofile-openapi-3.1"), List.of(OAS), "11"),
        Arguments.of(
            "MicroProfile OpenAPI 4.0", List.of("microprofile-openapi-4.0"), List.of(OAS), "17"),
        Arguments.of(
            "all of them",
            List.of("feign-13", "microprofile-rest-client-4.0", "jakarta-rest-4.0", "jackson-2"),
            List.of(MAPPER, MP, FEIGN),
            "17"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void eachVersionCompilesItsAdapterWithoutAWarning(
      String label, List<String> frameworks, List<String> adapters, String release) {
    Compilation compilation =
        compile(jars(frameworks.toArray(String[]::new)), "--release", release);
    assertThat(compilation).succeededWithoutWarnings();
    Set<String> expected = new TreeSet<>(adapters);
    expected.add(PROBLEMS);
    Set<String> generatedAdapters = generated(compilation);
    generatedAdapters.retainAll(Set.of(MAPPER, MP, FEIGN, OAS, PROBLEMS));
    assertThat(generatedAdapters).as(label).isEqualTo(expected);
    if (!release.equals("17")) {
      // The same again at the JDK's own release, where other lint may apply.
      assertThat(compile(jars(frameworks.toArray(String[]::new)))).succeededWithoutWarnings();
    }
  }

  @Test
  void theFeignDecoderUsesTheRetryableExceptionConstructorOfItsVersion() {
    String feign12 = source(compile(jars("feign-12")), FEIGN);
    assertThat(feign12)
        .contains("wait == null ? null : new Date(retryAt(wait))")
        .doesNotContain("Long.valueOf(retryAt");
    String feign13 = source(compile(jars("feign-13")), FEIGN);
    assertThat(feign13)
        .contains("wait == null ? null : Long.valueOf(retryAt(wait))")
        .doesNotContain("Date");
  }

  @Test
  void clientAdaptersDecodeWithTheJsonLibraryOfTheClassPath() {
    assertThat(source(compile(jars("feign-13")), FEIGN))
        .contains("No JSON library")
        .doesNotContain("ObjectMapper", "jakarta.json");
    assertThat(source(compile(jars("feign-13", "jackson-2")), FEIGN))
        .contains("import com.fasterxml.jackson.databind.ObjectMapper;");
    assertThat(source(compile(jars("feign-13", "jackson-3", "jackson-2")), FEIGN))
        .contains("import tools.jackson.databind.ObjectMapper;");
    assertThat(
            source(
                compile(jars("microprofile-rest-client-4.0", "jakarta-rest-3.1", "json-b-3.0")),
                MP))
        .contains("JsonProvider.provider()", "createReader");
  }

  @Test
  void theOasFilterPinsWithConstOn40AndAOneValueEnumOn31() {
    assertThat(source(compile(jars("microprofile-openapi-4.0"), "--release", "17"), OAS))
        .contains("constValue(value)", "addType(type)", "booleanSchema(true)")
        .doesNotContain("createSchema().enumeration(values)", "additionalPropertiesBoolean");
    assertThat(source(compile(jars("microprofile-openapi-3.1"), "--release", "11"), OAS))
        .contains(
            "createSchema().enumeration(values)",
            ".type(type)",
            "additionalPropertiesBoolean(true)")
        .doesNotContain("constValue", "addType", "booleanSchema");
  }

  @Test
  void theOasFilterNeedsRelease11() {
    Compilation compilation = compile(jars("microprofile-openapi-3.1"), "--release", "8");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation)).doesNotContain(OAS);
  }

  @Test
  void noFrameworkGeneratesNoAdapterAndNoNewWarning() {
    Compilation compilation = compile(List.of());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation))
        .containsExactlyInAnyOrder(
            "com.example.ApiStatus",
            "com.example.ApiException",
            "com.example.ApiClientException",
            "com.example.ApiServerException",
            "com.example.BadRequestException",
            "com.example.ConflictException",
            "com.example.TenantSuspendedException",
            "com.example.GoneException",
            "com.example.ServiceUnavailableException",
            "com.example.ApiStatusHandler",
            "com.example.ApiExceptionHandler");
  }

  @Test
  void adaptersNoneGeneratesNoneEvenWithEveryFramework() {
    Compilation compilation =
        compile(
            jars("feign-13", "microprofile-rest-client-4.0", "jakarta-rest-3.1", "jackson-2"),
            "-Astatusspec.adapters=none");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation)).doesNotContain(MAPPER, MP, FEIGN, PROBLEMS);
  }

  @Test
  void adaptersNamedGeneratesOnlyThose() {
    Compilation compilation =
        compile(
            jars("feign-13", "microprofile-rest-client-4.0", "jakarta-rest-3.1"),
            "-Astatusspec.adapters=jakarta,feign");
    assertThat(compilation).succeededWithoutWarnings();
    Set<String> names = generated(compilation);
    assertThat(names).contains(MAPPER, FEIGN, PROBLEMS).doesNotContain(MP);
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
    "feign, feign.codec.ErrorDecoder",
    "jakarta, jakarta.ws.rs.ext.ExceptionMapper",
    "microprofile, org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper",
    "springdoc, org.springdoc.core.customizers.GlobalOpenApiCustomizer",
    "mpopenapi, org.eclipse.microprofile.openapi.OASFilter"
  })
  void anAdapterNamedWithoutItsFrameworkIsOneClearError(String name, String marker) {
    // MicroProfile without itself but with Jakarta REST: still missing.
    Compilation compilation =
        compile(
            name.equals("microprofile") ? jars("jakarta-rest-3.1") : List.of(),
            "-Astatusspec.adapters=" + name);
    assertThat(compilation).failed();
    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>(compilation.errors());
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getMessage(null))
        .contains("[statusspec:adapter-framework-missing]")
        .contains("-Astatusspec.adapters names " + name)
        .contains("(no " + marker + ")");
  }

  @Test
  void frameworkTypeNamesShadowedByGeneratedTypesAreQualified() {
    // Prefix "Response": ResponseExceptionMapper is then the Jakarta adapter's own name, and the
    // interface Response shadows jakarta.ws.rs.core.Response and feign.Response.
    Compilation compilation =
        Fixture.spec(SPEC)
            .withInterface(
                "com.example.Response",
                "package com.example;\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "public interface Response {}\n")
            .withClassPath(
                jars("feign-13", "microprofile-rest-client-4.0", "jakarta-rest-3.1", "jackson-2"))
            .compile("-Xlint:all", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation))
        .contains(
            "com.example.ResponseExceptionMapper",
            "com.example.ResponseResponseExceptionMapper",
            "com.example.ResponseErrorDecoder");
  }

  /**
   * springdoc 2.8's customizer, alone on the class path with what it needs, and for an interface
   * named {@code OpenAPI}, which shadows swagger's model type the customizer refers to.
   */
  @Test
  void theSpringdocCustomizerCompilesWithoutAWarningAndQualifiesShadowedNames() {
    Compilation plain = compile(jars("springdoc-2.8"), "--release", "17");
    assertThat(plain).succeededWithoutWarnings();
    assertThat(generated(plain)).contains("com.example.ApiOpenApiCustomizer");
    Compilation shadowed =
        Fixture.spec(SPEC)
            .withInterface(
                "com.example.OpenAPI",
                "package com.example;\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "public interface OpenAPI {}\n")
            .withClassPath(jars("springdoc-2.8"))
            .compile("-Xlint:all", "-Werror");
    assertThat(shadowed).succeededWithoutWarnings();
    assertThat(source(shadowed, "com.example.OpenAPIOpenApiCustomizer"))
        .contains("customise(io.swagger.v3.oas.models.OpenAPI openApi)");
  }
}
