package com.example;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Micronaut adapter of {@link Api} for its HTTP client: an error response whose code the spec has throws the generated {@link ApiException} of its problem-details body (RFC 9457), its message the body's {@code detail} and its members in {@link ApiException#problem()}, the response's {@code Retry-After} in {@link ApiException#retryAfter()}; a body that is not a problem (HTML, empty, cut at 64 KiB, wrong types) gives the exception of the code's status. Other codes keep Micronaut's {@code HttpClientResponseException}. A client filter bean for every path, defined by micronaut-inject-java when it compiles this package: every declarative {@code @Client} of the app gets it, nothing to register. Bodies are decoded with the app's {@code JsonMapper} (Micronaut Serialization or Jackson); a body above Micronaut's own limit ({@code micronaut.http.client.max-content-length}) gets Micronaut's own error.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
@ClientFilter(ClientFilter.MATCH_ALL_PATTERN)
@Singleton
public class ApiMicronautClientFilter {
  /**
   * Decodes problem bodies.
   */
  private final JsonMapper jsonMapper;

  /**
   * Creates the filter; Micronaut does, with its JSON mapper.
   *
   * @param jsonMapper decodes problem bodies
   */
  public ApiMicronautClientFilter(JsonMapper jsonMapper) {
    this.jsonMapper = jsonMapper;
  }

  /**
   * Throws the generated exception of an error response whose code the spec has; returns for any other code, so Micronaut's exception goes on.
   *
   * @param error the exception Micronaut's client raised for the response
   */
  @ResponseFilter
  public void onError(HttpClientResponseException error) {
    HttpResponse<?> response = error.getResponse();
    ApiException e = response == null ? ApiProblems.fromBody(error.code(), null) : ApiProblems.fromBody(error.code(), members(response), response.getHeaders().get(ApiProblems.RETRY_AFTER));
    if (e != null) {
      throw e;
    }
  }

  /**
   * The members of a response's problem body.
   *
   * @param response the response
   * @return the members in their order, or null when the body is empty, longer than {@link ApiProblems#MAX_BODY_BYTES}, not a JSON object, or cannot be decoded
   */
  private Map<String, Object> members(HttpResponse<?> response) {
    byte[] body;
    try {
      body = response.getBody(byte[].class).orElse(null);
    } catch (RuntimeException unreadable) {
      return null;
    }
    if (body == null || body.length == 0 || body.length > ApiProblems.MAX_BODY_BYTES) {
      return null;
    }
    try {
      return jsonMapper.readValue(body, Argument.mapOf(String.class, Object.class));
    } catch (IOException | RuntimeException notAProblem) {
      return null;
    }
  }
}
