package dev.statusspec.processor.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.model.OpenApiDocument;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.spec.OpenApiFormat;
import dev.statusspec.processor.testing.Specs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agreement check on real public OpenAPI documents (processor/src/test/resources/openapi/real,
 * each with its licence): a spec written to agree gives no finding, and each disagreement planted
 * in the document (or the spec) gives exactly its id, at the document's line, and nothing else.
 */
class OpenApiAgreementTest {

  static final String REAL = "openapi/real/";

  @ParameterizedTest
  @ValueSource(strings = {"petstore3", "camara-sim-swap", "redocly-museum"})
  void agreeingSpecGivesNoFinding(String name) {
    assertThat(findings(spec(name), document(name))).isEmpty();
  }

  // A code removed from an operation: the document no longer documents it.

  @Test
  void responseRemovedFromTheDocument() {
    String document =
        document("redocly-museum")
            .replaceFirst(
                "        \"404\":\n          \\$ref: '#/components/responses/NotFound'\n"
                    + "  /special-events:",
                "  /special-events:");
    Diagnostic d = single(findings(spec("redocly-museum"), document), "openapi-response-missing");
    assertThat(d.position().line()).isEqualTo(lineOf(document, "      responses:", 1));
    assertThat(d.position().column()).isEqualTo(7);
    assertThat(d.text())
        .contains("'getMuseumHours' (GET /museum-hours) documents no 404 response")
        .contains("returns NOT_FOUND")
        .contains("(spec at statuses.yaml:" + lineOf(spec("redocly-museum"), "getMuseumHours"));
  }

  @Test
  void aDefaultResponseCoversARemovedCode() {
    String document =
        document("petstore3")
            .replaceFirst("        '404':\n          description: Pet not found\n", "");
    assertThat(document).isNotEqualTo(document("petstore3"));
    assertThat(findings(spec("petstore3"), document)).isEmpty();
  }

  // An extra error code: the document documents one the spec's operation does not list.

  @Test
  void extraErrorCodeInTheDocument() {
    String document =
        document("redocly-museum")
            .replaceFirst(
                "        \"404\":\n          \\$ref: '#/components/responses/NotFound'\n"
                    + "  /special-events:",
                "        \"404\":\n          \\$ref: '#/components/responses/NotFound'\n"
                    + "        \"409\":\n          description: Conflict\n  /special-events:");
    Diagnostic d = single(findings(spec("redocly-museum"), document), "openapi-response-extra");
    assertThat(d.position().line()).isEqualTo(lineOf(document, "\"409\":", 1));
    assertThat(d.position().column()).isEqualTo(9);
    assertThat(d.text()).contains("'getMuseumHours' documents a 409 response");
  }

  @Test
  void statusRemovedFromTheSpecsOperationIsAnExtraResponse() {
    String spec =
        spec("petstore3")
            .replace(
                "getPetById: {statuses: [OK, BAD_REQUEST, NOT_FOUND]}",
                "getPetById: {statuses: [OK, BAD_REQUEST]}");
    String document = document("petstore3");
    Diagnostic d = single(findings(spec, document), "openapi-response-extra");
    int getPetById = lineOf(document, "operationId: getPetById", 1);
    assertThat(d.position().line()).isEqualTo(lineOf(document, "        '404':", getPetById));
  }

  // An operationId renamed.

  @ParameterizedTest
  @ValueSource(strings = {"petstore3", "redocly-museum"})
  void operationIdRenamedInTheDocument(String name) {
    String original = name.equals("petstore3") ? "getPetById" : "getMuseumHours";
    String document =
        document(name).replace("operationId: " + original, "operationId: " + original + "V2");
    Diagnostic d = single(findings(spec(name), document), "openapi-operation-missing");
    assertThat(d.position().line()).isEqualTo(lineOf(document, "paths:", 1));
    assertThat(d.text())
        .contains("the operationId '" + original + "'")
        .contains("(did you mean '" + original + "V2'?)");
  }

  @Test
  void operationIdKeyMatchesAWireIdThatIsNoJavaName() {
    String document =
        document("redocly-museum")
            .replace("operationId: getMuseumHours", "operationId: get-museum-hours");
    String spec =
        spec("redocly-museum")
            .replace(
                "getMuseumHours: {statuses: [OK, BAD_REQUEST, NOT_FOUND]}",
                "getMuseumHours: {operationId: get-museum-hours, statuses: [OK, BAD_REQUEST,"
                    + " NOT_FOUND]}");
    assertThat(findings(spec, document)).isEmpty();
  }

  // An errorCode dropped from an enum, and one added.

  @Test
  void errorCodeDroppedFromAnEnum() {
    String document =
        document("camara-sim-swap")
            .replaceFirst(
                "                      - INVALID_ARGUMENT\n                      - OUT_OF_RANGE\n",
                "                      - INVALID_ARGUMENT\n");
    List<Diagnostic> findings = findings(spec("camara-sim-swap"), document);
    // Both operations share the response (one $ref): one finding for each.
    assertThat(findings).hasSize(2);
    int enumLine = lineOf(document, "                      - INVALID_ARGUMENT", 1) - 1;
    for (Diagnostic d : findings) {
      assertThat(d.message().id()).isEqualTo("openapi-error-code-missing");
      assertThat(d.position().line()).isEqualTo(enumLine);
      assertThat(d.text())
          .contains("allows only 'INVALID_ARGUMENT' for the member 'code', without 'OUT_OF_RANGE'");
    }
    assertThat(findings.get(0).text()).contains("retrieveSimSwapDate");
    assertThat(findings.get(1).text()).contains("checkSimSwap");
  }

  @Test
  void errorCodeAddedToAnEnum() {
    String spec =
        spec("camara-sim-swap").replace("OUT_OF_RANGE, UNAUTHENTICATED", "UNAUTHENTICATED");
    String document = document("camara-sim-swap");
    List<Diagnostic> findings = findings(spec, document);
    assertThat(findings).hasSize(2); // the spec's operations no longer return it
    int value = lineOf(document, "                      - OUT_OF_RANGE", 1);
    for (Diagnostic d : findings) {
      assertThat(d.message().id()).isEqualTo("openapi-error-code-extra");
      assertThat(d.position().line()).isEqualTo(value - 2);
      assertThat(d.text()).contains("allows 'OUT_OF_RANGE' for the member 'code'");
    }
  }

  // A broken $ref.

  @Test
  void brokenRefIsReportedAloneAndTheResponseStillCounts() {
    String document =
        document("camara-sim-swap")
            .replaceFirst(
                "\\$ref: \"#/components/responses/Generic404\"",
                "\\$ref: \"#/components/responses/Generic4O4\"");
    Diagnostic d = single(findings(spec("camara-sim-swap"), document), "openapi-ref-unresolved");
    assertThat(d.position().line()).isEqualTo(lineOf(document, "Generic4O4", 1));
    assertThat(d.text())
        .contains("'#/components/responses/Generic4O4' leads nowhere")
        .contains("#/components/responses/Generic4O4");
  }

  @Test
  void refOutOfTheFile() {
    String document =
        document("redocly-museum")
            .replaceFirst(
                "\\$ref: '#/components/responses/NotFound'", "\\$ref: 'common.yaml#/NotFound'");
    Diagnostic d = single(findings(spec("redocly-museum"), document), "openapi-ref-unresolved");
    assertThat(d.text()).contains("points out of this file");
  }

  // Rules of the contract on small documents.

  static final String SPEC =
      """
      statuses:
        - code: 200
          name: OK
        - code: 409
          name: Conflict
          errorCode: conflict
        - code: 409
          id: TENANT_SUSPENDED
          name: Tenant Suspended
          errorCode: tenant_suspended
        - code: 503
          name: Service Unavailable
      operations:
        createField:
          statuses: [OK, CONFLICT, TENANT_SUSPENDED, SERVICE_UNAVAILABLE]
      """;

  @Test
  void rangesAndDefaultCoverCodesButAreNeverExtra() {
    String document =
        """
        openapi: 3.0.3
        paths:
          /fields:
            post:
              operationId: createField
              responses:
                '200': {description: OK}
                4XX: {description: Client errors}
                5xx: {description: Server errors}
        """;
    assertThat(findings(SPEC, document)).isEmpty();
    String onlyDefault =
        document.replace("4XX", "default").replace("  5xx: {description: Server errors}\n", "");
    assertThat(findings(SPEC, onlyDefault)).isEmpty();
  }

  @Test
  void successCodesAreNeverExtraButMustBeDocumented() {
    String document =
        """
        openapi: 3.0.3
        paths:
          /fields:
            post:
              operationId: createField
              responses:
                '201': {description: Created}
                '409': {description: Conflict}
                '503': {description: Unavailable}
        """;
    Diagnostic d = single(findings(SPEC, document), "openapi-response-missing");
    assertThat(d.position()).hasToString("6:7");
    assertThat(d.text()).contains("documents no 200 response (nor 2XX nor 'default')");
  }

  @Test
  void pinsThroughOneOfAndConstWithTheSpecsErrorCodeMember() {
    String document =
        """
        openapi: 3.1.0
        paths:
          /fields:
            post:
              operationId: createField
              responses:
                '200': {description: OK}
                '409':
                  description: Conflict
                  content:
                    application/problem+json:
                      schema:
                        oneOf:
                          - properties: {reason: {const: conflict}}
                          - properties: {reason: {const: tenant_gone}}
                '503': {description: Unavailable}
        """;
    String spec = "problem:\n  errorCodeMember: reason\n" + SPEC;
    List<Diagnostic> findings = findings(spec, document);
    assertThat(findings)
        .extracting(d -> d.message().id() + "@" + d.position())
        .containsExactly("openapi-error-code-missing@15:43", "openapi-error-code-extra@15:43");
    // with the default member, errorCode, nothing is pinned
    assertThat(findings(SPEC, document)).isEmpty();
  }

  @Test
  void aSharedProblemEnumIsNarrowedByAllOfAndSaysNothingWhereTheSpecHasNoErrorCode() {
    // The shape of statusspec's own document: one Problem schema whose errorCode lists every
    // errorCode of the API, and per response an allOf that pins the status's own with const.
    String document =
        """
        openapi: 3.1.0
        paths:
          /fields:
            post:
              operationId: createField
              responses:
                '200': {description: OK}
                '409':
                  description: Conflict
                  content:
                    application/problem+json:
                      schema:
                        oneOf:
                          - allOf:
                              - $ref: '#/components/schemas/Problem'
                              - properties: {errorCode: {const: conflict}}
                          - allOf:
                              - $ref: '#/components/schemas/Problem'
                              - properties: {errorCode: {const: tenant_suspended}}
                '503':
                  description: Unavailable
                  content:
                    application/problem+json:
                      schema: {$ref: '#/components/schemas/Problem'}
        components:
          schemas:
            Problem:
              properties:
                errorCode: {enum: [conflict, tenant_suspended, gone]}
        """;
    assertThat(findings(SPEC, document)).isEmpty();
    List<Diagnostic> dropped =
        findings(SPEC, document.replace("{const: tenant_suspended}", "{const: gone}"));
    assertThat(dropped)
        .extracting(d -> d.message().id() + "@" + d.position())
        .containsExactly("openapi-error-code-missing@19:50", "openapi-error-code-extra@19:50");
    assertThat(dropped.get(1).text()).contains("allows 'gone'");
  }

  @Test
  void documentOperationsTheSpecDoesNotNameAreNotReported() {
    String document =
        """
        openapi: 3.0.3
        paths:
          /fields:
            post:
              operationId: createField
              responses:
                '200': {description: OK}
                '409': {description: Conflict}
                '503': {description: Unavailable}
            get:
              operationId: listFields
              responses:
                '418': {description: Teapot}
        """;
    assertThat(findings(SPEC, document)).isEmpty();
  }

  // Helpers.

  static List<Diagnostic> findings(String spec, String document) {
    Diagnostics specDiagnostics = new Diagnostics("statuses.yaml");
    Spec model = Specs.model(spec.getBytes(StandardCharsets.UTF_8), specDiagnostics).orElseThrow();
    assertThat(specDiagnostics.list()).isEmpty();
    Diagnostics diagnostics = new Diagnostics("openapi.yaml");
    OpenApiDocument read =
        OpenApiFormat.INSTANCE
            .read(document.getBytes(StandardCharsets.UTF_8), diagnostics)
            .orElseThrow(() -> new AssertionError(diagnostics.list()));
    OpenApiAgreement.check(model, "statuses.yaml", read, diagnostics);
    return diagnostics.list();
  }

  static Diagnostic single(List<Diagnostic> findings, String id) {
    assertThat(findings).as("findings").hasSize(1);
    assertThat(findings.get(0).message().id()).as("%s", findings.get(0)).isEqualTo(id);
    assertThat(findings.get(0).format()).startsWith("[statusspec:" + id + "] openapi.yaml:");
    return findings.get(0);
  }

  /** The 1-based line of the first occurrence of {@code text} at or after line {@code from}. */
  static int lineOf(String document, String text, int from) {
    String[] lines = document.split("\n", -1);
    for (int i = from - 1; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no '" + text + "' after line " + from);
  }

  static int lineOf(String document, String text) {
    return lineOf(document, text, 1);
  }

  static String spec(String name) {
    return resource(REAL + name + "/agreeing-statuses.yaml");
  }

  static String document(String name) {
    return resource(REAL + name + "/openapi.yaml");
  }

  static String resource(String path) {
    try (InputStream in = OpenApiAgreementTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
