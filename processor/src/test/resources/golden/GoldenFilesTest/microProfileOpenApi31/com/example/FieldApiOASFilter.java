package com.example;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * MicroProfile OpenAPI adapter of {@link FieldApi}: puts the spec's error contract, as <code>META-INF&#47;statusspec&#47;com&#47;example&#47;FieldApi.openapi.json</code> states it, into the application's OpenAPI document. It adds the schema <code>FieldApiProblem</code> and a response per error status to the components; on every operation whose {@code operationId} is a spec operation's, the error responses (4xx, 5xx, {@code 4XX}, {@code 5XX}) become exactly the spec's (the implementation's guesses are replaced, not merged), a success response the spec lists keeps its content and takes the spec's description, and other responses stay. Operations the spec does not name are left alone.
 *
 * <p>Register it the MicroProfile way, in {@code META-INF/microprofile-config.properties} (Quarkus: {@code application.properties}):
 *
 * <pre>{@code
 * mp.openapi.filter=com.example.FieldApiOASFilter
 * }</pre>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public class FieldApiOASFilter implements OASFilter {
  /**
   * The schema name of the problem body.
   */
  private static final String PROBLEM = "FieldApiProblem";

  /**
   * The reference to the problem body's schema.
   */
  private static final String PROBLEM_REF = "#/components/schemas/FieldApiProblem";

  /**
   * The media type of a problem body.
   */
  private static final String MEDIA_TYPE = "application/problem+json";

  /**
   * The member of a problem body that carries the errorCode.
   */
  private static final String ERROR_CODE_MEMBER = "errorCode";

  /**
   * The error statuses' component names, by index.
   */
  private static final String[] NAMES = names();

  /**
   * The error statuses' response descriptions, by index.
   */
  private static final String[] DESCRIPTIONS = descriptions();

  /**
   * The error statuses' problem types, by index.
   */
  private static final String[] TYPES = types();

  /**
   * The error statuses' status codes, by index.
   */
  private static final int[] CODES = codes();

  /**
   * The error statuses' errorCodes (null where none), by index.
   */
  private static final String[] ERROR_CODES = errorCodes();

  /**
   * The error statuses' example titles (the reason phrases), by index.
   */
  private static final String[] TITLES = titles();

  /**
   * The error statuses' example details, by index.
   */
  private static final String[] DETAILS = details();

  /**
   * The error statuses' example summaries, where statuses share a code, by index.
   */
  private static final String[] SUMMARIES = summaries();

  /**
   * The error statuses' ids, the example names where statuses share a code, by index.
   */
  private static final String[] IDS = ids();

  /**
   * The error statuses' deprecation flags, by index.
   */
  private static final boolean[] DEPRECATED = deprecated();

  /**
   * The error statuses' retry flags, by index.
   */
  private static final boolean[] RETRYABLE = retryable();

  /**
   * operationIds of the spec's operations (their wire ids).
   */
  private static final String[] OPERATION_IDS = operationIds();

  /**
   * Creates the filter; the OpenAPI implementation does, once.
   */
  public FieldApiOASFilter() {
  }

  /**
   * The problem body's schema: RFC 9457's members and the errorCode member with the spec's errorCodes as its {@code enum}; other members allowed.
   *
   * @return a new schema
   */
  private static Schema problemSchema() {
    Schema schema = typed(Schema.SchemaType.OBJECT);
    schema.description("An error response of FieldApi as RFC 9457 problem details (application/problem+json). Other members may be present.");
    Schema property0 = typed(Schema.SchemaType.STRING);
    property0.format("uri-reference");
    property0.description("The problem type, a URI reference; about:blank when the status code says it all.");
    schema.addProperty("type", property0);
    Schema property1 = typed(Schema.SchemaType.STRING);
    property1.description("The status's reason phrase.");
    schema.addProperty("title", property1);
    Schema property2 = typed(Schema.SchemaType.INTEGER);
    property2.format("int32");
    property2.description("The HTTP status code.");
    schema.addProperty("status", property2);
    Schema property3 = typed(Schema.SchemaType.STRING);
    property3.description("What went wrong, for this occurrence.");
    schema.addProperty("detail", property3);
    Schema property4 = typed(Schema.SchemaType.STRING);
    property4.format("uri-reference");
    property4.description("The request path of this occurrence, if known.");
    schema.addProperty("instance", property4);
    Schema property5 = typed(Schema.SchemaType.STRING);
    property5.description("The API's own code of the error, which tells apart errors that share a status code.");
    List<Object> values = new ArrayList<>();
    Collections.addAll(values, "conflict", "tenant_suspended");
    property5.enumeration(values);
    schema.addProperty("errorCode", property5);
    schema.additionalPropertiesBoolean(true);
    return schema;
  }

  /**
   * Builds the table of the field {@code NAMES}.
   *
   * @return a new array
   */
  private static String[] names() {
    return new String[] {
        "FieldApiBadRequest",
        "FieldApiUnauthorized",
        "FieldApiPaymentRequired",
        "FieldApiForbidden",
        "FieldApiNotFound",
        "FieldApiConflict",
        "FieldApiTenantSuspended",
        "FieldApiInternalServerError",
        "FieldApiServiceUnavailable"
    };
  }

  /**
   * Builds the table of the field {@code DESCRIPTIONS}.
   *
   * @return a new array
   */
  private static String[] descriptions() {
    return new String[] {
        "400 Bad Request: The server could not process the request due to invalid syntax, malformed data, or because the request violates business rules, even if it is properly formed.",
        "401 Unauthorized: The client must authenticate itself to get the requested response. Typically used when authentication credentials are missing or incorrect.",
        "402 Payment Required: The subscription payment is either past-due or is a trial and has expired.",
        "403 Forbidden: The client does not have permission to access the requested resource. Unlike 401, authenticating will not make a difference.",
        "404 Not Found: The server could not find the requested resource. This status code is commonly used for non-existent endpoints or resources.",
        "409 Conflict (errorCode conflict): Indicates that the request could not be completed due to a conflict with the current state of the target resource. Used for operations that would result in a conflict such as duplicate entries.",
        "409 Tenant Suspended (errorCode tenant_suspended): The tenant subscription has been suspended. This will occur if we suspect your tenant of violating terms of service and is being suspended.",
        "500 Internal Server Error: A generic error message indicating that the server encountered an unexpected condition that prevented it from fulfilling the request.",
        "503 Service Unavailable: The server is currently unable to handle the request due to temporary overloading or maintenance of the server. Typically, this is a temporary state."
    };
  }

  /**
   * Builds the table of the field {@code TYPES}.
   *
   * @return a new array
   */
  private static String[] types() {
    return new String[] {
        "https://api.fieldapi.example/problems/bad-request",
        "https://api.fieldapi.example/problems/unauthorized",
        "https://api.fieldapi.example/problems/payment-required",
        "https://api.fieldapi.example/problems/forbidden",
        "https://api.fieldapi.example/problems/not-found",
        "https://api.fieldapi.example/problems/conflict",
        "https://api.fieldapi.example/problems/suspended",
        "https://api.fieldapi.example/problems/internal-server-error",
        "https://api.fieldapi.example/problems/service-unavailable"
    };
  }

  /**
   * Builds the table of the field {@code CODES}.
   *
   * @return a new array
   */
  private static int[] codes() {
    return new int[] {
        400,
        401,
        402,
        403,
        404,
        409,
        409,
        500,
        503
    };
  }

  /**
   * Builds the table of the field {@code ERROR_CODES}.
   *
   * @return a new array
   */
  private static String[] errorCodes() {
    return new String[] {
        null,
        null,
        null,
        null,
        null,
        "conflict",
        "tenant_suspended",
        null,
        null
    };
  }

  /**
   * Builds the table of the field {@code TITLES}.
   *
   * @return a new array
   */
  private static String[] titles() {
    return new String[] {
        "Bad Request",
        "Unauthorized",
        "Payment Required",
        "Forbidden",
        "Not Found",
        "Conflict",
        "Tenant Suspended",
        "Internal Server Error",
        "Service Unavailable"
    };
  }

  /**
   * Builds the table of the field {@code DETAILS}.
   *
   * @return a new array
   */
  private static String[] details() {
    return new String[] {
        "The server could not process the request due to invalid syntax, malformed data, or because the request violates business rules, even if it is properly formed.",
        "The client must authenticate itself to get the requested response. Typically used when authentication credentials are missing or incorrect.",
        "The subscription payment is either past-due or is a trial and has expired.",
        "The client does not have permission to access the requested resource. Unlike 401, authenticating will not make a difference.",
        "The server could not find the requested resource. This status code is commonly used for non-existent endpoints or resources.",
        "Indicates that the request could not be completed due to a conflict with the current state of the target resource. Used for operations that would result in a conflict such as duplicate entries.",
        "The tenant subscription has been suspended. This will occur if we suspect your tenant of violating terms of service and is being suspended.",
        "A generic error message indicating that the server encountered an unexpected condition that prevented it from fulfilling the request.",
        "The server is currently unable to handle the request due to temporary overloading or maintenance of the server. Typically, this is a temporary state."
    };
  }

  /**
   * Builds the table of the field {@code SUMMARIES}.
   *
   * @return a new array
   */
  private static String[] summaries() {
    return new String[] {
        "400 Bad Request",
        "401 Unauthorized",
        "402 Payment Required",
        "403 Forbidden",
        "404 Not Found",
        "409 Conflict (errorCode conflict)",
        "409 Tenant Suspended (errorCode tenant_suspended)",
        "500 Internal Server Error",
        "503 Service Unavailable"
    };
  }

  /**
   * Builds the table of the field {@code IDS}.
   *
   * @return a new array
   */
  private static String[] ids() {
    return new String[] {
        "BAD_REQUEST",
        "UNAUTHORIZED",
        "PAYMENT_REQUIRED",
        "FORBIDDEN",
        "NOT_FOUND",
        "CONFLICT",
        "TENANT_SUSPENDED",
        "INTERNAL_SERVER_ERROR",
        "SERVICE_UNAVAILABLE"
    };
  }

  /**
   * Builds the table of the field {@code DEPRECATED}.
   *
   * @return a new array
   */
  private static boolean[] deprecated() {
    return new boolean[] {
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
    };
  }

  /**
   * Builds the table of the field {@code RETRYABLE}.
   *
   * @return a new array
   */
  private static boolean[] retryable() {
    return new boolean[] {
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        true
    };
  }

  /**
   * Builds the table of the field {@code OPERATION_IDS}.
   *
   * @return a new array
   */
  private static String[] operationIds() {
    return new String[] {
        "createField",
        "getField",
        "deleteField"
    };
  }

  /**
   * Adds the components and puts each spec operation's responses on the operations with its {@code operationId}.
   *
   * @param openAPI the document the implementation built; nothing happens when it is null
   */
  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI == null) {
      return;
    }
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    components.addSchema(PROBLEM, problemSchema());
    for (int i = 0; i < NAMES.length; i++) {
      components.addResponse(NAMES[i], errorResponse(i));
    }
    Paths paths = openAPI.getPaths();
    if (paths == null || paths.getPathItems() == null) {
      return;
    }
    for (PathItem item : paths.getPathItems().values()) {
      if (item == null || item.getOperations() == null) {
        continue;
      }
      for (Operation operation : item.getOperations().values()) {
        if (operation == null || operation.getOperationId() == null) {
          continue;
        }
        for (int i = 0; i < OPERATION_IDS.length; i++) {
          if (OPERATION_IDS[i].equals(operation.getOperationId())) {
            replaceResponses(operation, responsesOf(i));
            break;
          }
        }
      }
    }
  }

  /**
   * Gives {@code operation} exactly the spec's error responses: its own error responses are dropped, a success response the spec lists keeps its content and takes the spec's description, and other responses stay; all in the order of their keys.
   *
   * @param operation an operation of the spec
   * @param spec the spec operation's responses, by code
   */
  private static void replaceResponses(Operation operation, Map<String, APIResponse> spec) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    Map<String, APIResponse> merged = new LinkedHashMap<>();
    if (responses.getAPIResponses() != null) {
      for (Map.Entry<String, APIResponse> own : responses.getAPIResponses().entrySet()) {
        if (!isError(own.getKey())) {
          merged.put(own.getKey(), own.getValue());
        }
      }
    }
    for (Map.Entry<String, APIResponse> response : spec.entrySet()) {
      APIResponse own = merged.get(response.getKey());
      if (own != null && !isError(response.getKey())) {
        own.setDescription(response.getValue().getDescription());
      } else {
        merged.put(response.getKey(), response.getValue());
      }
    }
    List<String> keys = new ArrayList<>(merged.keySet());
    Collections.sort(keys);
    Map<String, APIResponse> sorted = new LinkedHashMap<>();
    for (String key : keys) {
      sorted.put(key, merged.get(key));
    }
    responses.setAPIResponses(sorted);
  }

  /**
   * Whether a response key is an error's: a 4xx or 5xx code, or the range {@code 4XX} or {@code 5XX}.
   *
   * @param key the key in a Responses Object
   * @return whether the spec's error responses replace it
   */
  private static boolean isError(String key) {
    return key != null && key.length() == 3 && (key.charAt(0) == '4' || key.charAt(0) == '5');
  }

  /**
   * The responses of a spec operation, new each time.
   *
   * @param operation the operation's index in {@code OPERATION_IDS}
   * @return its responses by code, in the order of the codes
   */
  private static Map<String, APIResponse> responsesOf(int operation) {
    switch (operation) {
      case 0: return operation0();
      case 1: return operation1();
      case 2: return operation2();
      default: return new LinkedHashMap<>();
    }
  }

  /**
   * The response of one error status: its description, its problem body's schema and an example.
   *
   * @param i the status's index
   * @return a new response
   */
  private static APIResponse errorResponse(int i) {
    MediaType media = OASFactory.createMediaType().schema(statusSchema(i)).example(example(i));
    APIResponse response = OASFactory.createAPIResponse().description(DESCRIPTIONS[i]).content(OASFactory.createContent().addMediaType(MEDIA_TYPE, media));
    flags(response, new int[] {i});
    return response;
  }

  /**
   * Marks a response {@code x-deprecated} and {@code x-retryable} when every one of its statuses is so.
   *
   * @param response the response
   * @param statuses its statuses' indexes
   */
  private static void flags(APIResponse response, int[] statuses) {
    boolean deprecated = true;
    boolean retryable = true;
    for (int i : statuses) {
      deprecated &= DEPRECATED[i];
      retryable &= RETRYABLE[i];
    }
    if (deprecated) {
      response.addExtension("x-deprecated", Boolean.TRUE);
    }
    if (retryable) {
      response.addExtension("x-retryable", Boolean.TRUE);
    }
  }

  /**
   * The schema of one error status's body: the problem body with its {@code type}, {@code status} and errorCode pinned (by a one-value {@code enum}: OpenAPI 3.0 has no {@code const}), and {@code title} a string; deprecated where the status is.
   *
   * @param i the status's index
   * @return a new schema
   */
  private static Schema statusSchema(int i) {
    Schema own = typed(Schema.SchemaType.OBJECT);
    own.addProperty("type", constant(TYPES[i]));
    own.addProperty("title", typed(Schema.SchemaType.STRING));
    own.addProperty("status", constant(CODES[i]));
    List<String> required = new ArrayList<>(List.of("type", "title", "status"));
    if (ERROR_CODES[i] != null) {
      own.addProperty(ERROR_CODE_MEMBER, constant(ERROR_CODES[i]));
      required.add(ERROR_CODE_MEMBER);
    }
    // Sorted, and each a property of its own, as the document has them.
    required.sort(null);
    own.required(required);
    Schema schema = OASFactory.createSchema().addAllOf(OASFactory.createSchema().ref(PROBLEM_REF)).addAllOf(own);
    if (DEPRECATED[i]) {
      schema.deprecated(true);
    }
    return schema;
  }

  /**
   * A body the status's server sends, its detail the spec's description.
   *
   * @param i the status's index
   * @return a new body's members, in order
   */
  private static Map<String, Object> example(int i) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPES[i]);
    body.put("title", TITLES[i]);
    body.put("status", CODES[i]);
    body.put("detail", DETAILS[i]);
    if (ERROR_CODES[i] != null) {
      body.put(ERROR_CODE_MEMBER, ERROR_CODES[i]);
    }
    return body;
  }

  /**
   * A schema that allows only {@code value} (a one-value {@code enum}).
   *
   * @param value the value
   * @return a new schema
   */
  private static Schema constant(Object value) {
    List<Object> values = new ArrayList<>();
    values.add(value);
    return OASFactory.createSchema().enumeration(values);
  }

  /**
   * A schema of one type.
   *
   * @param type the type
   * @return a new schema
   */
  private static Schema typed(Schema.SchemaType type) {
    return OASFactory.createSchema().type(type);
  }

  /**
   * The response of error statuses that share a code: a {@code oneOf} of their schemas, one named example each.
   *
   * @param statuses the statuses' indexes
   * @return a new response
   */
  private static APIResponse sharedCode(int[] statuses) {
    Schema schema = OASFactory.createSchema();
    MediaType media = OASFactory.createMediaType();
    List<String> descriptions = new ArrayList<>();
    for (int i : statuses) {
      schema.addOneOf(statusSchema(i));
      media.addExample(IDS[i], OASFactory.createExample().summary(SUMMARIES[i]).value(example(i)));
      descriptions.add(DESCRIPTIONS[i]);
    }
    media.schema(schema);
    APIResponse response = OASFactory.createAPIResponse().description(String.join("\n"
            + "\n", descriptions)).content(OASFactory.createContent().addMediaType(MEDIA_TYPE, media));
    flags(response, statuses);
    return response;
  }

  /**
   * The response of success statuses: their description only.
   *
   * @param description the description
   * @return a new response
   */
  private static APIResponse success(String description) {
    return OASFactory.createAPIResponse().description(description);
  }

  /**
   * The responses of the operation {@code createField}.
   *
   * @return new responses, by code
   */
  private static Map<String, APIResponse> operation0() {
    Map<String, APIResponse> responses = new LinkedHashMap<>();
    responses.put("201", success("201 Created: The request has been fulfilled, and a new resource has been created."));
    responses.put("400", errorResponse(0));
    responses.put("401", errorResponse(1));
    responses.put("402", errorResponse(2));
    responses.put("409", sharedCode(new int[] {5, 6}));
    responses.put("503", errorResponse(8));
    return responses;
  }

  /**
   * The responses of the operation {@code getField}.
   *
   * @return new responses, by code
   */
  private static Map<String, APIResponse> operation1() {
    Map<String, APIResponse> responses = new LinkedHashMap<>();
    responses.put("200", success("200 OK: The request has succeeded."));
    responses.put("401", errorResponse(1));
    responses.put("403", errorResponse(3));
    responses.put("404", errorResponse(4));
    responses.put("503", errorResponse(8));
    return responses;
  }

  /**
   * The responses of the operation {@code deleteField}.
   *
   * @return new responses, by code
   */
  private static Map<String, APIResponse> operation2() {
    Map<String, APIResponse> responses = new LinkedHashMap<>();
    responses.put("200", success("200 OK: The request has succeeded."));
    responses.put("401", errorResponse(1));
    responses.put("403", errorResponse(3));
    responses.put("404", errorResponse(4));
    responses.put("409", errorResponse(5));
    return responses;
  }
}
