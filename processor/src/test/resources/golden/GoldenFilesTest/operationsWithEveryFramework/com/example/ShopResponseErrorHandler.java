package com.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * Spring adapter of {@link Shop} for {@code RestClient} and {@code RestTemplate}: an error response whose code the spec has throws the generated {@link ShopException} of its problem-details body (RFC 9457), its message the body's {@code detail}, its members in {@link ShopException#problem()} and the response's {@code Retry-After} in {@link ShopException#retryAfter()}; a body that is not a problem (HTML, empty, cut at 64 KiB, wrong types) gives the exception of the code's status. Other codes are left to the fallback, Spring's {@code DefaultResponseErrorHandler} unless given. Bodies are decoded with Jackson 2 ({@code com.fasterxml.jackson.databind}).
 *
 * <pre>{@code
 * RestClient client = RestClient.builder().baseUrl(url)
 *     .defaultStatusHandler(new ShopResponseErrorHandler()).build();
 * restTemplate.setErrorHandler(new ShopResponseErrorHandler());
 * }</pre>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public class ShopResponseErrorHandler implements ResponseErrorHandler {
  /**
   * Reads a JSON object into its members, in order.
   */
  private static final ObjectReader JSON = new ObjectMapper().readerForMapOf(Object.class);

  private final ResponseErrorHandler fallback;

  /**
   * Creates the handler, with Spring's {@code DefaultResponseErrorHandler} for the codes the spec does not have.
   */
  public ShopResponseErrorHandler() {
    this(new DefaultResponseErrorHandler());
  }

  /**
   * Creates the handler.
   *
   * @param fallback decides whether a response is an error, and handles the codes the spec does not have
   */
  public ShopResponseErrorHandler(ResponseErrorHandler fallback) {
    this.fallback = fallback;
  }

  /**
   * Asks the fallback, by default: whether the code is 4xx or 5xx.
   *
   * @param response the response
   * @return whether it is an error
   * @throws IOException if the response cannot be read
   */
  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return fallback.hasError(response);
  }

  /**
   * Throws the generated exception of the response, or leaves a code the spec does not have to the fallback.
   *
   * @param url the request's URL
   * @param method the request's method
   * @param response the error response
   * @throws IOException if the response cannot be read
   */
  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws
      IOException {
    ShopException exception = decode(response);
    if (exception != null) {
      throw exception;
    }
    fallback.handleError(url, method, response);
  }

  /**
   * As {@link #handleError(URI, HttpMethod, ClientHttpResponse)}, for Spring 6.1's callers.
   *
   * @param response the error response
   * @throws IOException if the response cannot be read
   */
  @Override
  public void handleError(ClientHttpResponse response) throws IOException {
    ShopException exception = decode(response);
    if (exception != null) {
      throw exception;
    }
    fallback.handleError(response);
  }

  /**
   * The exception of an error response, or null for a code the spec does not have (its body is then left unread, for the fallback).
   *
   * @param response the response
   * @return the exception, or null
   * @throws IOException if the response's code cannot be read
   */
  private static ShopException decode(ClientHttpResponse response) throws IOException {
    int code = response.getStatusCode().value();
    ShopStatus status = ShopStatus.resolve(code).orElse(null);
    if (status == null || !status.isError()) {
      return null;
    }
    byte[] body;
    try (InputStream in = response.getBody()) {
      body = read(in);
    } catch (IOException unreadable) {
      body = new byte[0];
    }
    return ShopProblems.fromBody(code, members(body), response.getHeaders().getFirst(ShopProblems.RETRY_AFTER));
  }

  /**
   * Reads at most one byte more than {@link ShopProblems#MAX_BODY_BYTES} of a body, so a body cut at the bound is recognized; the rest is never read. The buffer starts at 4096 bytes and doubles as the body needs, so a problem of a few hundred bytes does not cost a buffer of the bound.
   *
   * @param in the body, or null for none
   * @return the bytes read
   * @throws IOException if the body cannot be read
   */
  private static byte[] read(InputStream in) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    int bound = ShopProblems.MAX_BODY_BYTES + 1;
    byte[] buffer = new byte[4096];
    int length = 0;
    while (length < bound) {
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, bound));
      }
      int read = in.read(buffer, length, buffer.length - length);
      if (read == -1) {
        break;
      }
      length += read;
    }
    return Arrays.copyOf(buffer, length);
  }

  /**
   * The members of a problem body, decoded with Jackson 2 ({@code com.fasterxml.jackson.databind}).
   *
   * @param body the bytes {@link #read} returned
   * @return the members in their order, or null when the body is empty, cut at {@link ShopProblems#MAX_BODY_BYTES}, not a JSON object, or cannot be decoded
   */
  private static Map<String, Object> members(byte[] body) {
    if (body.length == 0 || body.length > ShopProblems.MAX_BODY_BYTES) {
      return null;
    }
    try {
      return JSON.readValue(body, 0, body.length);
    } catch (IOException | RuntimeException notAProblem) {
      return null;
    }
  }
}
