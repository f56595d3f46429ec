package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Ecj;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI agreement through javac and ecj: every message with its id, file, line and column, as
 * an error ({@code statusspec.openapi=error}, the default), a warning ({@code warn}, silenced per
 * id by {@code @SuppressWarnings}) or nothing ({@code off}); unreadable and hostile documents as
 * one positioned error, with the generated types still generated.
 */
class OpenApiCompileTest {

  static final String SPEC =
      """
      statuses:
        - code: 200
          name: OK
        - code: 201
          name: Created
        - code: 404
          name: Not Found
        - code: 409
          name: Conflict
          errorCode: conflict
        - code: 409
          id: TENANT_SUSPENDED
          name: Tenant Suspended
          errorCode: tenant_suspended
        - code: 500
          name: Internal Server Error
      operations:
        createField:
          statuses: [CREATED, CONFLICT, TENANT_SUSPENDED, INTERNAL_SERVER_ERROR]
        getField:
          statuses: [OK, NOT_FOUND]
        deleteFields:
          statuses: [OK]
      """;

  static final String DOCUMENT =
      """
      openapi: 3.1.0
      info: {title: Fields, version: '1'}
      paths:
        /fields:
          post:
            operationId: createField
            responses:
              '201': {description: Created}
              '409':
                description: Conflict
                content:
                  application/problem+json:
                    schema:
                      properties:
                        errorCode: {enum: [conflict, duplicate]}
              '418': {description: Teapot}
              '500':
                $ref: '#/components/responses/Missing'
          delete:
            operationId: deleteField
            responses:
              '200': {description: OK}
        /fields/{id}:
          get:
            operationId: getField
            responses:
              '200': {description: OK}
      """;

  static final String AGREEING =
      DOCUMENT
              .replace("operationId: deleteField", "operationId: deleteFields")
              .replace("[conflict, duplicate]", "[conflict, tenant_suspended]")
              .replace("        '418': {description: Teapot}\n", "")
              .replace(
                  "$ref: '#/components/responses/Missing'", "$ref: '#/components/responses/Error'")
          + "        '404': {description: Not Found}\n"
          + "components:\n  responses:\n    Error: {description: Error}\n";

  /** Uses the generated types: when they are missing, javac says so. */
  static final String USE =
      """
      package com.example;

      class Use {
        ApiStatus status;
        ApiCreateFieldHandler<String> handler;
      }
      """;

  static final String INTERFACE =
      """
      package com.example;

      %s@dev.statusspec.StatusSpec(value = "statuses.yaml", openapi = "openapi.yaml")
      public interface Api {}
      """;

  /** The findings of DOCUMENT, in the order of the document. */
  static final List<String> FINDINGS =
      List.of(
          "[statusspec:openapi-operation-missing] target/fixture/com/example/openapi.yaml:3:1: the"
              + " spec's operation deleteFields has the operationId 'deleteFields', which no"
              + " operation of this document has (did you mean 'deleteField'?); give the document's"
              + " operation that operationId, or write the document's id in the spec's operation as"
              + " 'operationId: ...' (spec at target/fixture/com/example/statuses.yaml:22:3)",
          "[statusspec:openapi-error-code-missing] target/fixture/com/example/openapi.yaml:15:31:"
              + " the 409 response of operation 'createField' allows only 'conflict', 'duplicate'"
              + " for the member 'errorCode', without 'tenant_suspended', the errorCode of"
              + " TENANT_SUSPENDED that the spec's operation createField returns; add"
              + " 'tenant_suspended' here, or remove TENANT_SUSPENDED from the spec's operation"
              + " (spec at target/fixture/com/example/statuses.yaml:19:35)",
          "[statusspec:openapi-error-code-extra] target/fixture/com/example/openapi.yaml:15:31: the"
              + " 409 response of operation 'createField' allows 'duplicate' for the member"
              + " 'errorCode', but no status the spec's operation createField returns under it has"
              + " that errorCode (it returns 'conflict', 'tenant_suspended' there); list a status"
              + " with 'errorCode: duplicate' in the spec's operation, or remove the value here"
              + " (spec at target/fixture/com/example/statuses.yaml:18:3)",
          "[statusspec:openapi-response-extra] target/fixture/com/example/openapi.yaml:16:9:"
              + " operation 'createField' documents a 418 response, but the spec's operation"
              + " createField lists no status of code 418; list one in the spec's operation (add it"
              + " to the spec's statuses first if it has none), or remove the response from the"
              + " document (spec at target/fixture/com/example/statuses.yaml:18:3)",
          "[statusspec:openapi-ref-unresolved] target/fixture/com/example/openapi.yaml:18:17: $ref"
              + " '#/components/responses/Missing' leads nowhere: this document has nothing at"
              + " #/components/responses/Missing; what it should refer to was not compared with"
              + " the spec",
          "[statusspec:openapi-response-missing] target/fixture/com/example/openapi.yaml:26:7:"
              + " operation 'getField' (GET /fields/{id}) documents no 404 response (nor 4XX nor"
              + " 'default'), but the spec's operation getField returns NOT_FOUND; document a 404"
              + " response here, or remove NOT_FOUND from the spec's operation (spec at"
              + " target/fixture/com/example/statuses.yaml:21:20)");

  static Fixture fixture(String document, String annotations) {
    return Fixture.spec(SPEC)
        .withFile("openapi.yaml", document)
        .withInterface("com.example.Api", INTERFACE.formatted(annotations))
        .withSource("com.example.Use", USE);
  }

  static List<String> messages(List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.getMessage(Locale.ROOT).replace("\n  ", "\n"))
        .filter(m -> m.startsWith("[statusspec:"))
        .toList();
  }

  /** Whether the types were generated: {@link #USE} compiles, whatever else failed. */
  static boolean generated(Compilation compilation) {
    return compilation.errors().stream()
        .noneMatch(d -> !d.getMessage(Locale.ROOT).startsWith("[statusspec:"));
  }

  @Test
  void anAgreeingDocumentGivesNothing() {
    Compilation compilation = fixture(AGREEING, "").compile("-Xlint:all", "-Werror");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.diagnostics())).isEmpty();
  }

  @Test
  void everyFindingIsAnErrorAtTheDocumentsLineByDefaultAndTheTypesAreGenerated() {
    Compilation compilation = fixture(DOCUMENT, "").compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation.errors())).containsExactlyElementsOf(FINDINGS);
    Diagnostic<? extends JavaFileObject> first = compilation.errors().get(0);
    assertThat(first.getSource().getName()).endsWith("Api.java");
    assertThat(first.getLineNumber()).as("on the openapi attribute").isEqualTo(3);
    assertThat(first.getColumnNumber())
        .isEqualTo(INTERFACE.formatted("").lines().toList().get(2).indexOf("\"openapi.yaml") + 1);
    assertThat(generated(compilation)).isTrue();
  }

  @Test
  void errorSpelledOutIsTheDefault() {
    Compilation compilation = fixture(DOCUMENT, "").compile("-Astatusspec.openapi=error");
    assertThat(messages(compilation.errors())).containsExactlyElementsOf(FINDINGS);
  }

  @Test
  void warnReportsTheSameMessagesAsWarnings() {
    Compilation compilation = fixture(DOCUMENT, "").compile("-Astatusspec.openapi=warn");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.warnings())).containsExactlyElementsOf(FINDINGS);
    assertThat(generated(compilation)).isTrue();
    assertThat(fixture(DOCUMENT, "").compile("-Astatusspec.openapi=warn", "-Werror")).failed();
  }

  @Test
  void warningsAreSilencedPerId() {
    String suppress =
        "@SuppressWarnings({\"statusspec:openapi-operation-missing\","
            + " \"statusspec:openapi-error-code-missing\", \"statusspec:openapi-error-code-extra\","
            + " \"statusspec:openapi-response-extra\", \"statusspec:openapi-ref-unresolved\"})\n";
    Compilation compilation = fixture(DOCUMENT, suppress).compile("-Astatusspec.openapi=warn");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.warnings())).containsExactly(FINDINGS.get(FINDINGS.size() - 1));
  }

  @Test
  void offReportsNothingAndDoesNotReadTheDocument() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withInterface("com.example.Api", INTERFACE.formatted(""))
            .compile("-Astatusspec.openapi=off", "-Werror");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.diagnostics())).isEmpty();
  }

  @Test
  void aMissingDocumentListsThePlacesTried() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withInterface("com.example.Api", INTERFACE.formatted(""))
            .withSource("com.example.Use", USE)
            .compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation.errors()))
        .singleElement()
        .asString()
        .startsWith(
            "[statusspec:openapi-not-found] openapi.yaml: cannot find the OpenAPI document"
                + " com/example/openapi.yaml that @StatusSpec(openapi = ...) names; looked in:")
        .contains("source path: com/example/openapi.yaml (no such file)");
    assertThat(generated(compilation)).isTrue();
  }

  @Test
  void anUnreadableDocumentIsOnePositionedErrorAndTheTypesAreGenerated() {
    Compilation compilation = fixture("swagger: '2.0'\npaths: {}\n", "").compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation.errors()))
        .containsExactly(
            "[statusspec:openapi-unreadable] target/fixture/com/example/openapi.yaml:1:1: this is"
                + " not a readable OpenAPI 3.x document: it has no 'openapi:' key with its version,"
                + " such as 'openapi: 3.1.0' (this is a Swagger 2.0 document: convert it to OpenAPI"
                + " 3, e.g. with swagger-converter); the spec was not compared with it");
    assertThat(generated(compilation)).isTrue();
  }

  @Test
  void anUnreadableDocumentIsAWarningUnderWarn() {
    Compilation compilation =
        fixture("openapi: 3.0.0\npaths: [\n", "").compile("-Astatusspec.openapi=warn");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.warnings()))
        .singleElement()
        .asString()
        .startsWith(
            "[statusspec:openapi-unreadable] target/fixture/com/example/openapi.yaml:3:1: this is"
                + " not a readable OpenAPI 3.x document: it is not valid YAML or JSON (the YAML"
                + " parser says:");
  }

  @Test
  void hostileDocumentsAreOnePositionedErrorEach() {
    StringBuilder bomb = new StringBuilder("openapi: 3.0.0\na: &a [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 0; i < 9; i++) {
      bomb.append("b").append(i).append(": &b").append(i).append(" [*a, *a, *a, *a, *a]\n");
    }
    StringBuilder deep = new StringBuilder("openapi: 3.0.0\npaths: ");
    deep.append("{a: ".repeat(200)).append("x").append("}".repeat(200)).append('\n');
    String huge = " ".repeat(50 * 1024 * 1024);
    for (List<String> hostile :
        List.of(
            List.of(bomb.toString(), "target/fixture/com/example/openapi.yaml:3:10:", "alias *a"),
            List.of(deep.toString(), "target/fixture/com/example/openapi.yaml:2:", "nested more than 64 levels"),
            List.of(huge, "target/fixture/com/example/openapi.yaml: ", "52,428,800 bytes"),
            List.of("openapi: 3.0.0\npaths:\n  ? {a: b}\n  : x\n", "target/fixture/com/example/openapi.yaml:3:6:", "a key"),
            List.of(
                "{\"openapi\": \"3.0.0\", \"paths\": {\"/a\": {\"get\": {\"operationId\":"
                    + " \"\\ud800\\u0000\\/\\q\"}}}}",
                "target/fixture/com/example/openapi.yaml:1:",
                "escape"))) {
      Compilation compilation = fixture(hostile.get(0), "").compile();
      assertThat(compilation).failed();
      assertThat(messages(compilation.errors()))
          .singleElement()
          .asString()
          .startsWith("[statusspec:openapi-unreadable] " + hostile.get(1))
          .contains(hostile.get(2))
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      assertThat(generated(compilation)).isTrue();
    }
  }

  @Test
  void eclipseCompilerReportsTheSameFindings(@TempDir Path temp) {
    SourceTree tree =
        SourceTree.in(temp)
            .withFile("com/example/statuses.yaml", SPEC)
            .withFile("com/example/openapi.yaml", DOCUMENT)
            .withSource("com.example.Api", INTERFACE.formatted(""));
    Ecj.Result errors = Ecj.compile(tree, ProcessorPath.annotations().toString(), true);
    assertThat(errors.compiled()).isFalse();
    for (String finding : FINDINGS) {
      // ecj names the document by its absolute path (the temporary folder is not below the
      // working directory): the id, and the document's line and column.
      int at = finding.indexOf("openapi.yaml:");
      assertThat(errors.output())
          .contains(finding.substring(0, finding.indexOf("] ") + 1))
          .contains(finding.substring(at, finding.indexOf(": ", at)));
    }
    assertThat(errors.output()).contains("ERROR in").doesNotContain("WARNING in");

    SourceTree warned =
        SourceTree.in(temp)
            .withFile("com/example/statuses.yaml", SPEC)
            .withFile("com/example/openapi.yaml", DOCUMENT)
            .withSource("com.example.Api", INTERFACE.formatted(""));
    Ecj.Result warnings =
        Ecj.compile(
            warned, ProcessorPath.annotations().toString(), true, "-Astatusspec.openapi=warn");
    assertThat(warnings.compiled()).as(warnings.output()).isTrue();
    assertThat(warnings.output()).contains("WARNING in").doesNotContain("ERROR in");
    assertThat(warnings.output()).contains("[statusspec:openapi-response-missing]");

    SourceTree off =
        SourceTree.in(temp)
            .withFile("com/example/statuses.yaml", SPEC)
            .withSource("com.example.Api", INTERFACE.formatted(""));
    Ecj.Result nothing =
        Ecj.compile(off, ProcessorPath.annotations().toString(), true, "-Astatusspec.openapi=off");
    assertThat(nothing.compiled()).as(nothing.output()).isTrue();
    assertThat(nothing.output()).doesNotContain("statusspec:");
  }
}
