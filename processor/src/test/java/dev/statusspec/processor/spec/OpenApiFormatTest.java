package dev.statusspec.processor.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.model.OpenApiDocument;
import dev.statusspec.processor.model.OpenApiDocument.BrokenRef;
import dev.statusspec.processor.model.OpenApiDocument.Operation;
import dev.statusspec.processor.model.OpenApiDocument.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document's reader and binder: YAML and JSON, the model with its positions, local
 * {@code $ref}s followed, and every refusal as {@code openapi-unreadable} at its line.
 */
class OpenApiFormatTest {

  static Optional<OpenApiDocument> read(String text, Diagnostics diagnostics) {
    return OpenApiFormat.INSTANCE.read(text.getBytes(StandardCharsets.UTF_8), diagnostics);
  }

  static OpenApiDocument valid(String text) {
    Diagnostics diagnostics = new Diagnostics("openapi.yaml");
    Optional<OpenApiDocument> document = read(text, diagnostics);
    assertThat(diagnostics.list()).isEmpty();
    return document.orElseThrow();
  }

  static Diagnostic unreadable(byte[] bytes, int line, int column) {
    Diagnostics diagnostics = new Diagnostics("openapi.yaml");
    assertThat(OpenApiFormat.INSTANCE.read(bytes, diagnostics)).isEmpty();
    assertThat(diagnostics.list()).hasSize(1);
    Diagnostic d = diagnostics.list().get(0);
    assertThat(d.message().id()).isEqualTo("openapi-unreadable");
    assertThat(d.position().toString()).as("%s", d).isEqualTo(line + ":" + column);
    assertThat(d.text()).doesNotContain("status spec").doesNotContain("Exception");
    return d;
  }

  static Diagnostic unreadable(String text, int line, int column) {
    return unreadable(text.getBytes(StandardCharsets.UTF_8), line, column);
  }

  static final String PROBLEMS =
      """
      openapi: 3.1.0
      info: {title: t, version: '1'}
      paths:
        /fields:
          post:
            operationId: createField
            responses:
              '201':
                description: Created
              409:
                $ref: '#/components/responses/Conflict'
              4XX:
                description: Other client errors
              default:
                description: Anything else
          get:
            operationId: listFields
            responses:
              '200': {description: OK}
      components:
        responses:
          Conflict:
            description: Conflict
            content:
              application/problem+json:
                schema:
                  oneOf:
                    - $ref: '#/components/schemas/Duplicate'
                    - allOf:
                        - $ref: '#/components/schemas/Problem'
                        - properties:
                            errorCode:
                              const: tenant_suspended
        schemas:
          Problem:
            type: object
            properties:
              type: {type: string}
              errorCode: {type: string}
          Duplicate:
            allOf:
              - $ref: '#/components/schemas/Problem'
              - properties:
                  errorCode:
                    $ref: '#/components/schemas/DuplicateCode'
          DuplicateCode:
            type: string
            enum: [conflict, duplicate_name]
      """;

  @Test
  void bindsOperationsResponsesAndPinsThroughRefs() {
    OpenApiDocument document = valid(PROBLEMS);
    assertThat(document.version()).isEqualTo("3.1.0");
    assertThat(document.pathsPosition()).hasToString("3:1");
    assertThat(document.operationIds()).containsExactly("createField", "listFields");
    Operation create = document.operation("createField").orElseThrow();
    assertThat(create.label()).isEqualTo("POST /fields");
    assertThat(create.position()).hasToString("5:5");
    assertThat(create.operationIdPosition()).hasToString("6:20");
    assertThat(create.responsesPosition()).hasToString("7:7");
    assertThat(create.responses())
        .extracting(Response::key)
        .containsExactly("201", "409", "4XX", "default");
    Response conflict = create.response("409").orElseThrow();
    assertThat(conflict.keyPosition()).hasToString("10:9");
    assertThat(conflict.description()).isEqualTo("Conflict");
    assertThat(conflict.pinnedValues("errorCode"))
        .containsExactly("conflict", "duplicate_name", "tenant_suspended");
    assertThat(conflict.pins("errorCode").get(0).position()).hasToString("48:7");
    assertThat(conflict.pins("errorCode").get(0).values().get(1).position()).hasToString("48:24");
    assertThat(conflict.pins("errorCode").get(1).keyword()).isEqualTo("const");
    assertThat(create.responseFor(404).orElseThrow().key()).isEqualTo("4XX");
    assertThat(create.responseFor(503).orElseThrow().key()).isEqualTo("default");
    assertThat(create.brokenRefs()).isEmpty();
  }

  @Test
  void readsJsonWithTabsAndEscapes() {
    String json =
        "{\n\t\"openapi\":\t\"3.0.3\",\n\t\"paths\": {\"/a\\/b\": {\"get\": {\"operationId\":"
            + " \"g\\u00e9t\\ud83d\\ude00\\t\\\"x\\\"\", \"responses\": {\"404\": {\"description\":"
            + " \"\\b\\f\\r\\n\\\\\"}}}}}\n}\n";
    OpenApiDocument document = valid(json);
    Operation op = document.operations().get(0);
    assertThat(op.path()).isEqualTo("/a/b");
    assertThat(op.operationId()).contains("g\u00e9t\ud83d\ude00\t\"x\"");
    assertThat(op.response("404").orElseThrow().description()).isEqualTo("\b\f\r\n\\");
    assertThat(op.position()).hasToString("3:22");
  }

  @Test
  void jsonSyntaxErrorIsPositioned() {
    Diagnostic d = unreadable("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {,}\n}", 3, 13);
    assertThat(d.text()).contains("not valid YAML or JSON");
  }

  @Test
  void brokenRefsAreKeptWithTheirOperation() {
    OpenApiDocument document =
        valid(
            """
            openapi: 3.0.3
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '404':
                      $ref: '#/components/responses/Nowhere'
                    '409':
                      $ref: 'common.yaml#/components/responses/Conflict'
                    '500':
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Loop'
            components:
              schemas:
                Loop:
                  $ref: '#/components/schemas/Loop2'
                Loop2:
                  $ref: '#/components/schemas/Loop'
            """);
    List<BrokenRef> broken = document.operations().get(0).brokenRefs();
    assertThat(broken)
        .extracting(b -> b.position() + " " + b.reason())
        .containsExactly("8:17 NOT_FOUND", "10:17 EXTERNAL", "15:23 CYCLE");
    // the key stays documented: no cascade of missing responses
    assertThat(document.operations().get(0).response("404")).isPresent();
  }

  @Test
  void schemaCyclesThroughPropertiesEnd() {
    OpenApiDocument document =
        valid(
            """
            openapi: 3.0.3
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '400':
                      description: Bad
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Node'}
            components:
              schemas:
                Node:
                  properties:
                    code: {enum: [bad]}
                    child: {$ref: '#/components/schemas/Node'}
                  allOf:
                    - $ref: '#/components/schemas/Node'
            """);
    assertThat(document.operations().get(0).response("400").orElseThrow().pinnedValues("code"))
        .containsExactly("bad");
  }

  @Test
  void notOpenApi3() {
    unreadable("swagger: '2.0'\npaths: {}\n", 1, 1);
    assertThat(unreadable("openapi: 2.0\npaths: {}\n", 1, 10).text()).contains("'2.0'");
    assertThat(unreadable("openapi: 3.0.0\ninfo: {}\n", 1, 1).text()).contains("paths");
    unreadable("- openapi\n", 1, 1);
    unreadable("openapi: 3.0.0\npaths:\n  /a: [1]\n", 3, 7);
    unreadable("openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses: 12\n", 5, 18);
    unreadable(
        "openapi: 3.0.0\npaths:\n  /a:\n    get: {operationId: x}\n  /b:\n"
            + "    get: {operationId: x}\n",
        6,
        24);
    unreadable("openapi: 3.0.0\npaths:\n  /a:\n    get:\n      operationId: [x]\n", 5, 20);
  }

  @Test
  void hostileDocuments() {
    StringBuilder bomb = new StringBuilder("openapi: 3.0.0\na: &a [x, x, x, x, x, x, x, x]\n");
    for (int i = 0; i < 8; i++) {
      bomb.append("b").append(i).append(": &b").append(i).append(" [*a, *a, *a, *a]\n");
    }
    assertThat(unreadable(bomb.toString(), 3, 10).text()).contains("alias");
    byte[] huge = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    assertThat(unreadable(huge, 0, 0).text()).contains("52,428,800 bytes");
    StringBuilder deep = new StringBuilder("openapi: 3.0.0\npaths: ");
    for (int i = 0; i < 100; i++) {
      deep.append('[');
    }
    unreadable(deep.toString(), 2, 8 + SpecReader.MAX_READ_DEPTH - 1);
    unreadable("openapi: 3.0.0\npaths:\n  ? [a, b]\n  : x\n", 3, 6);
    unreadable("{\"openapi\": \"3.0.0\", \"paths\": {1: {}}}", 1, 32);
    unreadable("{\"openapi\": \"3.0.0\", \"paths\": {\"a\": \"\\x\"}}", 1, 39);
    unreadable(new byte[] {'o', ':', ' ', (byte) 0xC3, '\n'}, 1, 4);
  }

  @Test
  void depthOfRealInlineSchemasIsRead() {
    StringBuilder doc =
        new StringBuilder(
            "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n"
                + "          content:\n            application/json:\n              schema:\n");
    String indent = "                ";
    for (int i = 0; i < 25; i++) {
      doc.append(indent).append("properties:\n").append(indent).append("  p:\n");
      indent += "    ";
    }
    doc.append(indent).append("type: string\n");
    valid(doc.toString());
  }

  @Test
  void realDocumentsAreRead() {
    for (String name :
        List.of("petstore3", "camara-sim-swap", "camara-quality-on-demand", "redocly-museum")) {
      OpenApiDocument document = valid(resource("openapi/real/" + name + "/openapi.yaml"));
      assertThat(document.operations()).as(name).isNotEmpty();
      document.operations().forEach(o -> assertThat(o.brokenRefs()).as(name).isEmpty());
    }
    OpenApiDocument simSwap = valid(resource("openapi/real/camara-sim-swap/openapi.yaml"));
    Response notFound =
        simSwap.operation("checkSimSwap").orElseThrow().response("404").orElseThrow();
    assertThat(notFound.pinnedValues("code")).contains("NOT_FOUND");
  }

  static String resource(String path) {
    try (InputStream in = OpenApiFormatTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
