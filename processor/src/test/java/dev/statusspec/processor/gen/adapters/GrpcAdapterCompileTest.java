package dev.statusspec.processor.gen.adapters;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gRPC adapter through the processor, against grpc-java 1.85's API jars (grpc-api,
 * grpc-protobuf, protobuf-java, proto-google-common-protos) under {@code -Xlint:all -Werror}, and
 * run on them: every row of the mapping table and the {@code grpc:} overrides, as {@code
 * toStatusRuntimeException} sends them and {@code fromThrowable} reads them back (compiled under
 * {@code -Xdoclint:all} too); the spec's errors about {@code grpc:} at their line and column; the
 * {@code grpc-reason-format} warning and its suppression; and absence (nothing without grpc-java,
 * an error when it is asked for).
 */
class GrpcAdapterCompileTest {

  /** A status for each row of the table (two for "other"), and a success. */
  static final String TABLE =
      """
      statuses:
        - {code: 200, name: OK}
        - {code: 400, name: Bad Request}
        - {code: 401, name: Unauthorized}
        - {code: 403, name: Forbidden}
        - {code: 404, name: Not Found}
        - {code: 409, name: Conflict}
        - {code: 412, name: Precondition Failed}
        - {code: 416, name: Range Not Satisfiable}
        - {code: 429, name: Too Many Requests}
        - {code: 499, name: Client Closed Request}
        - {code: 501, name: Not Implemented}
        - {code: 503, name: Service Unavailable}
        - {code: 504, name: Gateway Timeout}
        - {code: 418, id: TEAPOT, name: I'm a teapot}
        - {code: 422, name: Unprocessable Content}
        - {code: 500, name: Internal Server Error}
        - {code: 502, name: Bad Gateway}
        - {code: 507, name: Insufficient Storage, deprecated: true}
      """;

  static final Map<String, String> TABLE_CODES = new LinkedHashMap<>();

  static {
    TABLE_CODES.put("BAD_REQUEST", "INVALID_ARGUMENT");
    TABLE_CODES.put("UNAUTHORIZED", "UNAUTHENTICATED");
    TABLE_CODES.put("FORBIDDEN", "PERMISSION_DENIED");
    TABLE_CODES.put("NOT_FOUND", "NOT_FOUND");
    TABLE_CODES.put("CONFLICT", "ABORTED");
    TABLE_CODES.put("PRECONDITION_FAILED", "FAILED_PRECONDITION");
    TABLE_CODES.put("RANGE_NOT_SATISFIABLE", "OUT_OF_RANGE");
    TABLE_CODES.put("TOO_MANY_REQUESTS", "RESOURCE_EXHAUSTED");
    TABLE_CODES.put("CLIENT_CLOSED_REQUEST", "CANCELLED");
    TABLE_CODES.put("NOT_IMPLEMENTED", "UNIMPLEMENTED");
    TABLE_CODES.put("SERVICE_UNAVAILABLE", "UNAVAILABLE");
    TABLE_CODES.put("GATEWAY_TIMEOUT", "DEADLINE_EXCEEDED");
    TABLE_CODES.put("TEAPOT", "FAILED_PRECONDITION");
    TABLE_CODES.put("UNPROCESSABLE_CONTENT", "FAILED_PRECONDITION");
    TABLE_CODES.put("INTERNAL_SERVER_ERROR", "INTERNAL");
    TABLE_CODES.put("BAD_GATEWAY", "INTERNAL");
    TABLE_CODES.put("INSUFFICIENT_STORAGE", "INTERNAL");
  }

  /** Overrides, shared codes, a domain. */
  static final String OVERRIDES =
      """
      grpc:
        domain: api.example.com
      statuses:
        - {code: 404, name: Not Found, errorCode: not_found}
        - {code: 404, id: ACCOUNT_GONE, name: Account Gone, errorCode: account_gone, grpc: FAILED_PRECONDITION}
        - {code: 409, name: Conflict, errorCode: conflict}
        - {code: 409, id: DUPLICATE, name: Duplicate, errorCode: duplicate, grpc: ALREADY_EXISTS}
        - {code: 500, name: Internal Server Error, errorCode: internal}
        - {code: 500, id: CORRUPT, name: Corrupt, errorCode: corrupt, grpc: DATA_LOSS, deprecated: true}
        - {code: 503, name: Service Unavailable, grpc: RESOURCE_EXHAUSTED}
      """;

  static final String GRPC = "com.example.ApiGrpc";

  static List<File> grpcJars() {
    return AdapterVersionsTest.jars("grpc-1.85");
  }

  /** The fixture's interface, with the Javadoc {@code -Xdoclint:all} asks of it. */
  static final String DOCUMENTED =
      "package com.example;\n\n/** The API. */\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
          + "public interface Api {}\n";

  static Compilation compile(String spec, List<File> classPath, String... options) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Xlint:-options", "-Werror"));
    all.addAll(List.of(options));
    return Fixture.spec(spec)
        .withInterface("com.example.Api", DOCUMENTED)
        .withClassPath(classPath)
        .compile(all.toArray(String[]::new));
  }

  /** The generated code, loaded over grpc-java and what it needs to run. */
  static GeneratedClasses run(Compilation compilation) throws IOException {
    List<URL> urls = new ArrayList<>();
    for (File jar : AdapterVersionsTest.jars("grpc-1.85", "grpc-1.85-runtime")) {
      urls.add(jar.toURI().toURL());
    }
    ClassLoader grpc =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    return GeneratedClasses.of(compilation, grpc);
  }

  /**
   * What the generated code does with each error status: its gRPC code as sent, and the id of the
   * status {@code fromThrowable} reads back from it and from its code alone.
   */
  record Sent(String code, String readBack, String byCodeAlone, String description) {}

  static Map<String, Sent> sendEach(GeneratedClasses classes) throws Exception {
    Class<?> statusEnum = classes.load("com.example.ApiStatus");
    Class<?> exception = classes.load("com.example.ApiException");
    Class<?> grpc = classes.load(GRPC);
    Method toException = statusEnum.getMethod("toException", String.class);
    Method send = grpc.getMethod("toStatusRuntimeException", exception);
    Method read = grpc.getMethod("fromThrowable", Throwable.class);
    ClassLoader loader = grpc.getClassLoader();
    Class<?> status = loader.loadClass("io.grpc.Status");
    Class<?> code = loader.loadClass("io.grpc.Status$Code");
    Map<String, Sent> sent = new LinkedHashMap<>();
    for (Object constant : statusEnum.getEnumConstants()) {
      if (!(boolean) statusEnum.getMethod("isError").invoke(constant)) {
        continue;
      }
      Object e = toException.invoke(constant, "message of " + constant);
      Throwable wire = (Throwable) send.invoke(null, e);
      Object wireStatus = wire.getClass().getMethod("getStatus").invoke(wire);
      Object wireCode = status.getMethod("getCode").invoke(wireStatus);
      Optional<?> back = (Optional<?>) read.invoke(null, wire);
      Object bare =
          status
              .getMethod("asRuntimeException")
              .invoke(status.getMethod("fromCode", code).invoke(null, wireCode));
      Optional<?> byCode = (Optional<?>) read.invoke(null, bare);
      sent.put(
          constant.toString(),
          new Sent(
              ((Enum<?>) wireCode).name(),
              back.map(x -> idOf(x)).orElse("(none)"),
              byCode.map(x -> idOf(x)).orElse("(none)"),
              (String) status.getMethod("getDescription").invoke(wireStatus)));
    }
    return sent;
  }

  static String idOf(Object exception) {
    try {
      return exception.getClass().getMethod("status").invoke(exception).toString();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "--release {0}")
  @ValueSource(strings = {"8", "11", "17"})
  void everyRowOfTheMappingTable(String release) throws Exception {
    Compilation compilation = compile(TABLE, grpcJars(), "--release", release, "-Xdoclint:all");
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, Sent> sent = sendEach(run(compilation));
    assertThat(sent.keySet()).containsExactlyElementsOf(TABLE_CODES.keySet());
    for (Map.Entry<String, String> row : TABLE_CODES.entrySet()) {
      Sent s = sent.get(row.getKey());
      assertThat(s.code()).as(row.getKey()).isEqualTo(row.getValue());
      assertThat(s.readBack()).as(row.getKey()).isEqualTo(row.getKey());
      assertThat(s.description()).isEqualTo("message of " + row.getKey());
    }
    // A code alone picks the first status listed that travels as it.
    assertThat(sent.get("TEAPOT").byCodeAlone()).isEqualTo("PRECONDITION_FAILED");
    assertThat(sent.get("BAD_GATEWAY").byCodeAlone()).isEqualTo("INTERNAL_SERVER_ERROR");
    assertThat(sent.get("CLIENT_CLOSED_REQUEST").byCodeAlone()).isEqualTo("CLIENT_CLOSED_REQUEST");
  }

  @Test
  void overridesAndTheDomain() throws Exception {
    Compilation compilation = compile(OVERRIDES, grpcJars(), "--release", "8", "-Xdoclint:all");
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = run(compilation);
    Map<String, Sent> sent = sendEach(classes);
    assertThat(sent.get("NOT_FOUND").code()).isEqualTo("NOT_FOUND");
    assertThat(sent.get("ACCOUNT_GONE").code()).isEqualTo("FAILED_PRECONDITION");
    assertThat(sent.get("CONFLICT").code()).isEqualTo("ABORTED");
    assertThat(sent.get("DUPLICATE").code()).isEqualTo("ALREADY_EXISTS");
    assertThat(sent.get("INTERNAL_SERVER_ERROR").code()).isEqualTo("INTERNAL");
    assertThat(sent.get("CORRUPT").code()).isEqualTo("DATA_LOSS");
    assertThat(sent.get("SERVICE_UNAVAILABLE").code()).isEqualTo("RESOURCE_EXHAUSTED");
    sent.forEach((id, s) -> assertThat(s.readBack()).as(id).isEqualTo(id));
    assertThat(sent.get("ACCOUNT_GONE").byCodeAlone()).isEqualTo("ACCOUNT_GONE");
    assertThat(sent.get("NOT_FOUND").byCodeAlone()).isEqualTo("NOT_FOUND");
    assertThat(sent.get("CORRUPT").byCodeAlone()).isEqualTo("CORRUPT");
    assertThat(classes.load(GRPC).getField("DOMAIN").get(null)).isEqualTo("api.example.com");
    String page = referencePage(compilation);
    assertThat(page)
        .contains("| Code | Status | Error code | Exception | Retry | gRPC |")
        .contains("domain is `api.example.com`")
        .contains("- gRPC: `ALREADY_EXISTS`, ErrorInfo reason `DUPLICATE`");
  }

  @Test
  void theDomainDefaultsToThePackage() throws Exception {
    Compilation compilation = compile(TABLE, grpcJars());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(run(compilation).load(GRPC).getField("DOMAIN").get(null)).isEqualTo("com.example");
    // no grpc: key, so the page says nothing of gRPC
    assertThat(referencePage(compilation)).doesNotContain("gRPC");
  }

  @Test
  void anUnknownCodeNameIsAnErrorAtItsValueWithTheClosestName() {
    Compilation compilation =
        compile(
            "statuses:\n"
                + "  - code: 409\n"
                + "    name: Duplicate\n"
                + "    grpc: ALREADY_EXIST\n"
                + "  - code: 404\n"
                + "    name: Not Found\n"
                + "    grpc: not_found\n",
            List.of());
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:unknown-grpc-code] target/fixture/com/example/statuses.yaml:4:11:"
                + " 'ALREADY_EXIST' is not the name of a gRPC error code (google.rpc.Code) (did you"
                + " mean 'ALREADY_EXISTS'?); use one of: CANCELLED, UNKNOWN, INVALID_ARGUMENT,"
                + " DEADLINE_EXCEEDED, NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED,"
                + " RESOURCE_EXHAUSTED, FAILED_PRECONDITION, ABORTED, OUT_OF_RANGE, UNIMPLEMENTED,"
                + " INTERNAL, UNAVAILABLE, DATA_LOSS, UNAUTHENTICATED");
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:unknown-grpc-code] target/fixture/com/example/statuses.yaml:7:11:"
                + " 'not_found' is not the name of a gRPC error code (google.rpc.Code) (did you"
                + " mean 'NOT_FOUND'?)");
  }

  @Test
  void okIsNoErrorCode() {
    Compilation compilation =
        compile("statuses:\n  - code: 404\n    name: Not Found\n    grpc: OK\n", List.of());
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:unknown-grpc-code] target/fixture/com/example/statuses.yaml:4:11: 'OK' is"
                + " not");
  }

  @Test
  void grpcOnAStatusThatIsNoErrorIsAnError() {
    Compilation compilation =
        compile("statuses:\n  - code: 200\n    name: OK\n    grpc: NOT_FOUND\n", List.of());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:grpc-code-not-error] target/fixture/com/example/statuses.yaml:4:11: 'grpc'"
                + " is only for error statuses (4xx and 5xx), which travel as gRPC errors; 200 OK"
                + " is not an error, remove the key");
  }

  @Test
  void theSectionMustBeAMappingWithOnlyDomain() {
    Compilation text =
        compile("grpc: api.example.com\nstatuses:\n  - {code: 200, name: OK}\n", List.of());
    assertThat(text)
        .hadErrorContaining(
            "[statusspec:grpc-not-mapping] target/fixture/com/example/statuses.yaml:1:7:");
    Compilation misspelled =
        compile("grpc:\n  domian: x\nstatuses:\n  - {code: 200, name: OK}\n", List.of());
    assertThat(misspelled)
        .hadErrorContaining(
            "[statusspec:unknown-key] target/fixture/com/example/statuses.yaml:2:3: unknown key"
                + " 'domian' (did you mean 'domain'?)");
  }

  static final String LONG_ID = "A" + "_B".repeat(32); // 65 characters

  static String longIdSpec(boolean section) {
    return (section ? "grpc: {}\n" : "")
        + "statuses:\n"
        + "  - code: 409\n"
        + "    id: "
        + LONG_ID
        + "\n"
        + "    name: Long\n"
        + "  - {code: 200, id: S, name: Short}\n"
        + "  - {code: 400, id: X, name: One Letter}\n";
  }

  @Test
  void anIdThatIsNoAip193ReasonIsAWarningWhereErrorsTravelOverGrpc() {
    Compilation compilation = Fixture.spec(longIdSpec(true)).compile();
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[statusspec:grpc-reason-format] target/fixture/com/example/statuses.yaml:4:5: id "
                + LONG_ID
                + " is the ErrorInfo reason of its gRPC errors, which AIP-193 wants as"
                + " [A-Z][A-Z0-9_]*[A-Z0-9] of at most 63 characters, and it has 65 characters");
    assertThat(compilation)
        .hadWarningContaining(
            "[statusspec:grpc-reason-format] target/fixture/com/example/statuses.yaml:7:17: id X is"
                + " the ErrorInfo reason of its gRPC errors, which AIP-193 wants as"
                + " [A-Z][A-Z0-9_]*[A-Z0-9] of at most 63 characters, and it has only one"
                + " character");
    // S is no error: no warning for it.
    assertThat(warnings(compilation)).hasSize(2);
  }

  @Test
  void theWarningNeedsGrpcInTheSpecOrOnTheClassPath() {
    assertThat(warnings(Fixture.spec(longIdSpec(false)).compile())).isEmpty();
    Compilation withGrpc = Fixture.spec(longIdSpec(false)).withClassPath(grpcJars()).compile();
    assertThat(withGrpc).succeeded();
    assertThat(warnings(withGrpc)).hasSize(2);
  }

  @Test
  void theWarningIsSilencedBySuppressWarningsAndByLintNone() {
    Compilation suppressed =
        Fixture.spec(longIdSpec(true))
            .withInterface(
                "com.example.Api",
                "package com.example;\n"
                    + "@SuppressWarnings(\"statusspec:grpc-reason-format\")\n"
                    + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "public interface Api {}\n")
            .compile();
    assertThat(suppressed).succeeded();
    assertThat(warnings(suppressed)).isEmpty();
    Compilation none = Fixture.spec(longIdSpec(true)).compile("-Astatusspec.lint=none");
    assertThat(none).succeeded();
    assertThat(warnings(none)).isEmpty();
  }

  @Test
  void withoutGrpcJavaNothingIsGenerated() {
    Compilation compilation = compile(OVERRIDES, List.of());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile(GRPC)).isEmpty();
    // grpc-api alone (no grpc-protobuf, no common protos) is not enough either
    List<File> apiOnly =
        grpcJars().stream().filter(f -> f.getName().startsWith("grpc-api")).toList();
    Compilation api = compile(OVERRIDES, apiOnly);
    assertThat(api).succeededWithoutWarnings();
    assertThat(api.generatedSourceFile(GRPC)).isEmpty();
    assertThat(api.generatedSourceFile(GRPC + "ServerInterceptor")).isEmpty();
  }

  @Test
  void askingForGrpcWithoutItIsAnErrorThatSaysWhatIsMissing() {
    Compilation compilation = compile(OVERRIDES, List.of(), "-Astatusspec.adapters=grpc");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:adapter-framework-missing] -Astatusspec.adapters names grpc, but its"
                + " framework is not on the compile class path (no io.grpc.Status)");
    List<File> noProtos =
        grpcJars().stream().filter(f -> !f.getName().startsWith("proto-google")).toList();
    Compilation withoutProtos = compile(OVERRIDES, noProtos, "-Astatusspec.adapters=grpc");
    assertThat(withoutProtos).hadErrorContaining("(no com.google.rpc.ErrorInfo)");
  }

  @Test
  void adaptersNoneLeavesItOut() {
    Compilation compilation = compile(OVERRIDES, grpcJars(), "-Astatusspec.adapters=none");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile(GRPC)).isEmpty();
    Compilation only = compile(OVERRIDES, grpcJars(), "-Astatusspec.adapters=grpc");
    assertThat(only).succeededWithoutWarnings();
    assertThat(only.generatedSourceFile(GRPC)).isPresent();
    assertThat(only.generatedSourceFile(GRPC + "ServerInterceptor")).isPresent();
    assertThat(only.generatedSourceFile(GRPC + "ClientInterceptor")).isPresent();
  }

  /** The texts of statusspec's warnings. */
  static List<String> warnings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getMessage(null))
        .filter(m -> m.contains("statusspec:"))
        .toList();
  }

  static String referencePage(Compilation compilation) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/statusspec/com/example/Api.md")
        .orElseThrow()
        .getCharContent(false)
        .toString();
  }
}
