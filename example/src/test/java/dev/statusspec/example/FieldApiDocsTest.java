package dev.statusspec.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example's OpenAPI document and Swagger UI, served by springdoc on the loopback address: each
 * operation of the spec has exactly the error responses of the spec's own document.
 */
class FieldApiDocsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static FieldApiServer.Running server;

  @BeforeAll
  static void start() {
    server = FieldApiServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.baseUri().resolve(path))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static ObjectNode errors(JsonNode responses) {
    ObjectNode errors = JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> response : responses.properties()) {
      if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
        errors.set(response.getKey(), response.getValue());
      }
    }
    return errors;
  }

  @Test
  void eachOperationOfTheSpecHasExactlyItsErrorResponses() throws Exception {
    HttpResponse<String> response = get("v3/api-docs");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode served = JSON.readTree(response.body());
    JsonNode spec;
    try (InputStream in =
        FieldApiOpenApiCustomizer.class.getResourceAsStream(
            "/" + FieldApiOpenApiCustomizer.DOCUMENT)) {
      spec = JSON.readTree(Objects.requireNonNull(in, FieldApiOpenApiCustomizer.DOCUMENT));
    }
    List<String> names = new ArrayList<>();
    spec.path("x-statusspec-operations").fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("createField", "getField", "deleteField");
    for (String name : names) {
      List<JsonNode> operations = new ArrayList<>();
      for (JsonNode path : served.path("paths")) {
        for (JsonNode operation : path) {
          if (name.equals(operation.path("operationId").asText(null))) {
            operations.add(operation);
          }
        }
      }
      assertThat(operations).as(name).hasSize(1);
      JsonNode expected = errors(spec.path("x-statusspec-operations").path(name));
      assertThat(errors(operations.get(0).path("responses"))).as(name).isEqualTo(expected);
      assertThat(expected.size()).as(name).isGreaterThan(2);
    }
    assertThat(served.at("/components/schemas/FieldApiProblem"))
        .isEqualTo(spec.at("/components/schemas/FieldApiProblem"));
  }

  @Test
  void swaggerUiIsServed() throws Exception {
    HttpResponse<String> response = get("swagger-ui/index.html");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("swagger-ui");
  }
}
