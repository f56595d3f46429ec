package dev.statusspec.it.mpopenapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statusspec.it.mpopenapi.app.Order;
import dev.statusspec.it.mpopenapi.app.OrdersResource;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SmallRye OpenAPI 4.0 builds the document of {@link OrdersResource} from its annotations, with the
 * generated {@code OrdersOASFilter} registered as {@code mp.openapi.filter} in {@code
 * META-INF/microprofile-config.properties} (read through SmallRye Config), and without any filter:
 * on the spec's operations the error responses are exactly the spec's, as its generated {@code
 * Orders.openapi.json} states them, the guesses gone; a success response keeps SmallRye's content
 * with the spec's description; the operation the spec does not name is unchanged; and the document
 * is valid under swagger-parser.
 */
class OASFilterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode filtered;
  private static JsonNode unfiltered;
  private static JsonNode contract;

  @BeforeAll
  static void buildDocuments() throws IOException {
    filtered = JSON.readTree(document(true));
    unfiltered = JSON.readTree(document(false));
    try (InputStream in =
        Orders.class.getResourceAsStream(
            "/META-INF/statusspec/dev/statusspec/it/mpopenapi/Orders.openapi.json")) {
      assertThat(in).as("the generated document").isNotNull();
      contract = JSON.readTree(in);
    }
  }

  /** The document as SmallRye serializes it, with the configured filter or with none. */
  private static String document(boolean standardFilter) throws IOException {
    return SmallRyeOpenAPI.builder()
        .withIndex(Index.of(OrdersResource.class, Order.class))
        .enableStandardStaticFiles(false)
        .enableModelReader(false)
        .enableStandardFilter(standardFilter)
        .build()
        .toJSON();
  }

  /** The operation with this operationId in a document. */
  private static JsonNode operation(JsonNode document, String operationId) {
    for (JsonNode path : document.get("paths")) {
      for (JsonNode operation : path) {
        if (operationId.equals(operation.path("operationId").asText(null))) {
          return operation;
        }
      }
    }
    throw new AssertionError("no operation " + operationId);
  }

  /** The error responses (4xx, 5xx and their ranges) of a Responses Object. */
  private static ObjectNode errors(JsonNode responses) {
    ObjectNode errors = JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> i = responses.fields(); i.hasNext(); ) {
      Map.Entry<String, JsonNode> response = i.next();
      if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
        errors.set(response.getKey(), response.getValue());
      }
    }
    return errors;
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void theFilterWasAppliedAndTheUnfilteredDocumentHasTheGuesses() {
    assertThat(keys(operation(unfiltered, "post-orders").get("responses")))
        .containsExactly("201", "404", "4XX", "500");
    assertThat(unfiltered.path("components").has("responses")).isFalse();
    assertThat(filtered.path("components").path("schemas").has("OrdersProblem")).isTrue();
  }

  @Test
  void eachSpecOperationHasExactlyTheSpecsErrorResponses() {
    JsonNode operations = contract.get("x-statusspec-operations");
    assertThat(keys(operations)).containsExactly("placeOrder", "getOrder", "ping");
    // placeOrder's wire id is post-orders; ping is on no path.
    for (String[] operation :
        new String[][] {{"placeOrder", "post-orders"}, {"getOrder", "getOrder"}}) {
      JsonNode responses = operation(filtered, operation[1]).get("responses");
      JsonNode spec = operations.get(operation[0]);
      assertThat(errors(responses)).as(operation[0]).isEqualTo(errors(spec));
      assertThat(errors(spec)).as(operation[0]).isNotEmpty();
    }
    JsonNode placeOrder = operation(filtered, "post-orders").get("responses");
    assertThat(keys(placeOrder)).containsExactly("201", "400", "409", "503");
    assertThat(placeOrder.at("/409/content/application~1problem+json/schema/oneOf")).hasSize(2);
    assertThat(placeOrder.at("/503/x-retryable").asBoolean()).isTrue();
    assertThat(operation(filtered, "getOrder").at("/responses/404/description").asText())
        .as("a description longer than one constant, joined at run time")
        .hasSizeGreaterThan(21_845)
        .startsWith("404 Not Found: No order has this id")
        .endsWith("<b>bold</b>.");
    assertThat(placeOrder.at("/400/description").asText())
        .isEqualTo("400 Bad Request: A \"malformed\" body </script> & more: \uD834\uDD1E");
  }

  @Test
  void errorSchemasReferToTheProblemSchemaWhichIsTheSpecs() {
    JsonNode schemas = filtered.at("/components/schemas");
    assertThat(schemas.get("OrdersProblem"))
        .isEqualTo(contract.at("/components/schemas/OrdersProblem"));
    assertThat(filtered.at("/components/responses"))
        .isEqualTo(contract.at("/components/responses"));
    JsonNode notFound = operation(filtered, "getOrder").at("/responses/404");
    assertThat(notFound.at("/content/application~1problem+json/schema/allOf/0/$ref").asText())
        .isEqualTo("#/components/schemas/OrdersProblem");
    assertThat(
            notFound
                .at("/content/application~1problem+json/schema/allOf/1/properties/status/const")
                .asInt())
        .isEqualTo(404);
  }

  @Test
  void successResponsesKeepTheirContentAndTakeTheSpecsDescription() {
    JsonNode placed = operation(filtered, "post-orders").at("/responses/201");
    assertThat(placed.get("description").asText()).isEqualTo("201 Created: The order was placed.");
    assertThat(placed.get("content"))
        .isEqualTo(operation(unfiltered, "post-orders").at("/responses/201/content"));
    JsonNode order = operation(filtered, "getOrder").at("/responses/200");
    assertThat(order.get("description").asText()).isEqualTo("200 OK: The order.");
    assertThat(order.get("content")).isNotNull();
    assertThat(order.get("content"))
        .isEqualTo(operation(unfiltered, "getOrder").at("/responses/200/content"));
  }

  @Test
  void anOperationTheSpecDoesNotNameIsUnchanged() {
    JsonNode before = operation(unfiltered, "listOrders");
    assertThat(before.at("/responses/500/description").asText()).isEqualTo("A guess: server error");
    assertThat(operation(filtered, "listOrders")).isEqualTo(before);
  }

  @Test
  void theDocumentIsValidUnderSwaggerParser() throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readContents(JSON.writeValueAsString(filtered), null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(new TreeSet<>(result.getOpenAPI().getComponents().getResponses().keySet()))
        .containsExactly(
            "OrdersBadRequest",
            "OrdersConflict",
            "OrdersNotFound",
            "OrdersOutOfStock",
            "OrdersServiceUnavailable");
  }
}
