package dev.statusspec.processor.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.testing.SpecDiagnostics;
import dev.statusspec.processor.testing.Specs;
import dev.statusspec.processor.testing.SyntheticSpec;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated OpenAPI document of real catalogues, the operations spec and the example: valid
 * under swagger-parser (the document, and each operation's responses placed under an operation),
 * with a response for every error status that pins its type, status and errorCode, and every
 * errorCode in the problem schema's enum; hostile text is JSON-escaped and nothing else.
 */
class OpenApiDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The document generated for {@code spec}, parsed. */
  private static JsonNode document(Spec spec, String specPath) throws IOException {
    Plan plan =
        Specs.plan(
            spec, ClassName.get("com.example", "Api"), specPath, new Target(17, Optional.empty()));
    String path = plan.names().openApiDocument("com.example");
    assertThat(plan.outputs().stream().map(o -> o.name())).contains(path);
    String text =
        plan.files().stream()
            .filter(f -> f.name().equals(path))
            .map(f -> ((GeneratedFile.Resource) f).text())
            .findFirst()
            .orElseThrow();
    return JSON.readTree(text);
  }

  private static Spec load(String file) throws IOException {
    Path path = Path.of("src/test/resources", file);
    return Specs.load(Files.readAllBytes(path), "Api", new Diagnostics(file)).orElseThrow();
  }

  /** swagger-parser's messages for {@code document}, resolved. */
  private static List<String> validate(JsonNode document) throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readContents(JSON.writeValueAsString(document), null, options);
    assertThat(result.getOpenAPI()).as("parsed: %s", result.getMessages()).isNotNull();
    return result.getMessages() == null ? List.of() : result.getMessages();
  }

  /**
   * springdoc's customizer reads the document into swagger-core's models ({@code Json31}) and
   * springdoc writes them back: the components and every operation's responses come out exactly as
   * they went in (swagger-core drops required names an object's own properties lack, and sorts the
   * rest).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "catalogues/iana.yaml",
        "catalogues/quirks.yaml",
        "catalogues/stripe.yaml",
        "operations/shop.yaml"
      })
  void survivesSwaggerCoresModelsUnchanged(String file) throws IOException {
    JsonNode document = document(load(file), file);
    ObjectMapper models = Json31.mapper();
    JsonNode components = document.path("components");
    assertThat(models.<JsonNode>valueToTree(models.convertValue(components, Components.class)))
        .isEqualTo(components);
    for (JsonNode responses : document.path("x-statusspec-operations")) {
      assertThat(models.<JsonNode>valueToTree(models.convertValue(responses, ApiResponses.class)))
          .isEqualTo(responses);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "catalogues/iana.yaml",
        "catalogues/kubernetes.yaml",
        "catalogues/quirks.yaml",
        "catalogues/stripe.yaml",
        "operations/shop.yaml"
      })
  void isValidAndHasEveryErrorStatus(String file) throws IOException {
    Spec spec = load(file);
    JsonNode document = document(spec, file);
    assertThat(validate(document)).as("swagger-parser's messages").isEmpty();
    assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
    String prefix = spec.prefix("Api");
    JsonNode problem = document.path("components").path("schemas").path(prefix + "Problem");
    Set<String> errorCodes = new LinkedHashSet<>();
    for (Status status : spec.errors()) {
      status.errorCode().ifPresent(errorCodes::add);
      JsonNode response =
          document.path("components").path("responses").path(prefix + status.pascalName());
      assertThat(response.isObject()).as("the response of %s", status.id()).isTrue();
      assertThat(response.path("description").asText()).startsWith(status.displayName());
      JsonNode media = response.path("content").path("application/problem+json");
      JsonNode pinned = media.path("schema").path("allOf").get(1).path("properties");
      assertThat(pinned.path("status").path("const").asInt()).isEqualTo(status.code());
      assertThat(pinned.path("type").path("const").asText()).isEqualTo(spec.problemType(status));
      String member = spec.problem().errorCodeMember();
      assertThat(pinned.path(member).path("const").asText(null))
          .isEqualTo(status.errorCode().orElse(null));
      assertThat(media.path("example").path("status").asInt()).isEqualTo(status.code());
      assertThat(response.has("x-retryable")).isEqualTo(status.retryable());
      assertThat(response.has("x-deprecated")).isEqualTo(status.isDeprecated());
      assertThat(media.path("schema").path("deprecated").asBoolean())
          .isEqualTo(status.isDeprecated());
    }
    List<String> enumValues = new ArrayList<>();
    problem
        .path("properties")
        .path(spec.problem().errorCodeMember())
        .path("enum")
        .forEach(v -> enumValues.add(v.asText()));
    assertThat(enumValues).containsExactlyElementsOf(errorCodes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"operations/shop.yaml", "catalogues/stripe.yaml"})
  void eachOperationsResponsesAreValidUnderAnOperation(String file) throws IOException {
    Spec spec = load(file);
    JsonNode document = document(spec, file);
    for (Operation operation : spec.operations()) {
      JsonNode responses = document.path(OpenApiGenerator.OPERATIONS).path(operation.name());
      ObjectNode pasted = JSON.createObjectNode();
      pasted.put("openapi", "3.1.0");
      pasted.putObject("info").put("title", "t").put("version", "1");
      ObjectNode get = pasted.putObject("paths").putObject("/x").putObject("get");
      get.put("operationId", operation.wireId());
      get.set("responses", responses);
      pasted.set("components", document.path("components"));
      assertThat(validate(pasted)).as("%s pasted under an operation", operation.name()).isEmpty();
      Set<String> codes = new LinkedHashSet<>();
      spec.statusesOf(operation).forEach(s -> codes.add(String.valueOf(s.code())));
      List<String> documented = new ArrayList<>();
      responses.fieldNames().forEachRemaining(documented::add);
      assertThat(documented).containsExactlyInAnyOrderElementsOf(codes);
      assertThat(JSON.writeValueAsString(responses))
          .as("its schemas refer to components.schemas only")
          .doesNotContain("#/components/responses");
      for (Map.Entry<String, List<Status>> shared : sharedErrorCodes(spec, operation).entrySet()) {
        JsonNode media =
            responses.path(shared.getKey()).path("content").path("application/problem+json");
        assertThat(media.path("schema").path("oneOf").size()).isEqualTo(shared.getValue().size());
        for (Status status : shared.getValue()) {
          assertThat(media.path("examples").path(status.id()).path("value").path("status").asInt())
              .isEqualTo(status.code());
        }
      }
    }
  }

  private static Map<String, List<Status>> sharedErrorCodes(Spec spec, Operation operation) {
    Map<String, List<Status>> byCode = new java.util.TreeMap<>();
    for (Status status : spec.statusesOf(operation)) {
      if (status.isError()) {
        byCode.computeIfAbsent(String.valueOf(status.code()), c -> new ArrayList<>()).add(status);
      }
    }
    byCode.values().removeIf(statuses -> statuses.size() < 2);
    return byCode;
  }

  @Test
  void theLargestSpecGivesAValidDocument() throws IOException {
    Spec spec = SpecDiagnostics.valid(SyntheticSpec.yaml(2_500));
    JsonNode document = document(spec, "big.yaml");
    assertThat(document.path("components").path("responses").size()).isEqualTo(2_500);
    assertThat(validate(document)).isEmpty();
  }

  @Test
  void hostileTextIsJsonEscapedAndOtherwiseVerbatim() throws IOException {
    String hostile =
        "quote \\\" backslash \\\\ </script><script>alert(1)</script> tab\\t bell \\u0007"
            + " line\\u2028sep emoji \\U0001F600 *bold* <b>html</b> ${x} %s";
    Spec spec =
        SpecDiagnostics.valid(
            "description: \""
                + hostile
                + "\"\nstatuses:\n  - code: 409\n    name: Conflict\n    errorCode: c\n"
                + "    description: \""
                + hostile
                + "\"\n    deprecated: \""
                + hostile
                + "\"\n");
    String expected = spec.statuses().get(0).description();
    assertThat(expected).contains("</script>", "\u0007", "\u2028", "\uD83D\uDE00", "\"", "\\");
    JsonNode document = document(spec, "hostile.yaml");
    assertThat(validate(document)).isEmpty();
    JsonNode response = document.path("components").path("responses").path("ApiConflict");
    assertThat(response.path("description").asText())
        .isEqualTo("409 Conflict (errorCode c): " + expected + " Deprecated: " + expected);
    assertThat(
            response
                .path("content")
                .path("application/problem+json")
                .path("example")
                .path("detail")
                .asText())
        .isEqualTo(expected);
    assertThat(document.path("info").path("description").asText()).startsWith(expected);
  }
}
