package com.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Generated;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * springdoc adapter of {@link Shop}: publishes the spec as the error contract of the documents springdoc serves ({@code /v3/api-docs}). It adds the components of the spec's OpenAPI document ({@code META-INF/statusspec/com/example/Shop.openapi.json}: the problem schema and a response per error status), and gives each operation whose {@code operationId} is one of the spec's operations exactly that operation's error responses: the 4xx and 5xx responses springdoc documented, such as its guesses from controller advice, are replaced. The success responses springdoc derived keep their content, and those the spec lists take its description. Operations the spec does not name are left as springdoc made them. It reads the document when Spring creates it; a document missing from the class path stops the application's start with an {@code IllegalStateException} that names it. Bring it in with component scanning of this package or {@code @Import(ShopOpenApiCustomizer.class)}.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
@Component
public class ShopOpenApiCustomizer implements GlobalOpenApiCustomizer {
  /**
   * The class-path resource of the spec's OpenAPI document, written by the compilation that wrote this class.
   */
  public static final String DOCUMENT = "META-INF/statusspec/com/example/Shop.openapi.json";

  /**
   * Each spec operation's {@code operationId} on the wire, to its name in the document's {@code x-statusspec-operations}.
   */
  private static final Map<String, String> OPERATIONS = Map.ofEntries(
    Map.entry("placeOrder", "placeOrder"),
    Map.entry("getOrder", "getOrder"),
    Map.entry("ping", "ping"),
    Map.entry("probe", "probe"),
    Map.entry("cancelOrder", "cancelOrder"));

  /**
   * swagger-core's mapper of OpenAPI 3.1, which reads {@code const}.
   */
  private final ObjectMapper mapper = Json31.mapper();

  /**
   * The document's components.
   */
  private final JsonNode components;

  /**
   * The document's responses of each operation, by name.
   */
  private final JsonNode operations;

  /**
   * Creates the customizer, which reads the spec's document; Spring does, for its context.
   *
   * @throws IllegalStateException if the document is missing from the class path or is not the one the processor wrote
   */
  public ShopOpenApiCustomizer() {
    JsonNode document = read();
    this.components = document.path("components");
    this.operations = document.path("x-statusspec-operations");
    try {
      contract();
      for (String name : OPERATIONS.values()) {
        responsesOf(name);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("statusspec: " + DOCUMENT + " is not the OpenAPI document the processor wrote", e);
    }
  }

  /**
   * Reads the spec's document from this class's class loader.
   *
   * @return the document
   * @throws IllegalStateException if it is missing, unreadable or no JSON object
   */
  private static JsonNode read() {
    try (InputStream in = ShopOpenApiCustomizer.class.getResourceAsStream("/" + DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException("statusspec: " + DOCUMENT + " is not on the class path: it is written with this class, by the same compilation; keep it in the application's jar");
      }
      JsonNode document = Json31.mapper().readTree(in);
      if (document == null || !document.path("components").path("schemas").isObject()) {
        throw new IllegalStateException("statusspec: " + DOCUMENT + " is not the OpenAPI document the processor wrote");
      }
      return document;
    } catch (IOException e) {
      throw new IllegalStateException("statusspec: cannot read " + DOCUMENT, e);
    }
  }

  /**
   * Adds the spec's components to {@code openApi}, and gives each operation of the spec its error responses.
   *
   * @param openApi the document springdoc built
   */
  @Override
  public void customise(OpenAPI openApi) {
    Components contract = contract();
    if (openApi.getComponents() == null) {
      openApi.setComponents(new Components());
    }
    Components target = openApi.getComponents();
    contract.getSchemas().forEach(target::addSchemas);
    if (contract.getResponses() != null) {
      contract.getResponses().forEach(target::addResponses);
    }
    if (openApi.getPaths() == null) {
      return;
    }
    for (PathItem path : openApi.getPaths().values()) {
      for (Operation operation : path.readOperations()) {
        String id = operation.getOperationId();
        String name = id == null ? null : OPERATIONS.get(id);
        if (name != null) {
          operation.setResponses(merge(operation.getResponses(), responsesOf(name)));
        }
      }
    }
  }

  /**
   * The document's components, as new objects.
   *
   * @return the components
   */
  private Components contract() {
    return mapper.convertValue(components, Components.class);
  }

  /**
   * The responses of one of the spec's operations, as new objects.
   *
   * @param name the operation's name in the spec
   * @return its responses
   */
  private ApiResponses responsesOf(String name) {
    return mapper.convertValue(operations.path(name), ApiResponses.class);
  }

  /**
   * An operation's responses: the success responses springdoc derived, those the spec lists with its description, the spec's other success responses, and exactly its error responses, in the order of the codes.
   *
   * @param derived the responses springdoc documented, or null
   * @param contract the spec operation's responses
   * @return the responses
   */
  private static ApiResponses merge(ApiResponses derived, ApiResponses contract) {
    Map<String, ApiResponse> merged = new TreeMap<>();
    if (derived != null) {
      for (Map.Entry<String, ApiResponse> response : derived.entrySet()) {
        if (!isError(response.getKey())) {
          merged.put(response.getKey(), response.getValue());
        }
      }
    }
    for (Map.Entry<String, ApiResponse> response : contract.entrySet()) {
      ApiResponse kept = merged.get(response.getKey());
      if (kept != null) {
        kept.setDescription(response.getValue().getDescription());
      } else {
        merged.put(response.getKey(), response.getValue());
      }
    }
    ApiResponses responses = new ApiResponses();
    merged.forEach(responses::addApiResponse);
    if (derived != null) {
      responses.setExtensions(derived.getExtensions());
    }
    return responses;
  }

  /**
   * Whether a response's code, such as {@code 404} or {@code 5XX}, is a client or server error.
   *
   * @param code the code, as a Responses Object keys it
   * @return whether it is 4xx or 5xx
   */
  private static boolean isError(String code) {
    return code.startsWith("4") || code.startsWith("5");
  }
}
