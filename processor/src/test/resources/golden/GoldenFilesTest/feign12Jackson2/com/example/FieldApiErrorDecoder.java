package com.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.Generated;

/**
 * OpenFeign adapter of {@link FieldApi}: a response whose code the spec has as an error becomes the generated {@link FieldApiException} of its problem-details body (RFC 9457), its message the body's {@code detail}, its members in {@link FieldApiException#problem()} and the response's {@code Retry-After} in {@link FieldApiException#retryAfter()}; a body that is not a problem (HTML, empty, cut at 64 KiB, wrong types) gives the exception of the code's status. A retryable status gives a {@code RetryableException} whose cause is the generated exception and whose retry time is that {@code Retry-After} (none without it), so the client's {@code Retryer} retries it when the server said (with {@code exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)} the client then throws the generated exception itself). Other codes are left to the fallback, Feign's {@code ErrorDecoder.Default} unless given.
 *
 * <p>Bodies are decoded with the {@code Decoder} given, else with Jackson 2 ({@code com.fasterxml.jackson.databind}).
 *
 * <pre>{@code
 * Api api = Feign.builder().errorDecoder(new FieldApiErrorDecoder()).target(Api.class, url);
 * }</pre>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public class FieldApiErrorDecoder implements ErrorDecoder {
  /**
   * Reads a JSON object into its members, in order.
   */
  private static final ObjectReader JSON = new ObjectMapper().readerForMapOf(Object.class);

  private final Decoder bodyDecoder;

  private final ErrorDecoder fallback;

  /**
   * Creates the decoder: bodies decoded with Jackson 2 ({@code com.fasterxml.jackson.databind}), and Feign's {@code ErrorDecoder.Default} for the codes the spec does not have.
   */
  public FieldApiErrorDecoder() {
    this(null, new ErrorDecoder.Default());
  }

  /**
   * Creates the decoder, with Feign's {@code ErrorDecoder.Default} for the codes the spec does not have.
   *
   * @param bodyDecoder decodes a problem body into a {@code Map} (e.g. {@code new JacksonDecoder()}); null for the built-in decoding
   */
  public FieldApiErrorDecoder(Decoder bodyDecoder) {
    this(bodyDecoder, new ErrorDecoder.Default());
  }

  /**
   * Creates the decoder.
   *
   * @param bodyDecoder decodes a problem body into a {@code Map} (e.g. {@code new JacksonDecoder()}); null for the built-in decoding
   * @param fallback decodes the responses whose code the spec does not have as an error
   */
  public FieldApiErrorDecoder(Decoder bodyDecoder, ErrorDecoder fallback) {
    this.bodyDecoder = bodyDecoder;
    this.fallback = fallback;
  }

  /**
   * The generated exception of an error response (in a {@code RetryableException} for a retryable status), or the fallback's for a code the spec does not have (its body then left unread).
   *
   * @param methodKey the Feign method that was called
   * @param response the error response
   * @return the exception
   */
  @Override
  public Exception decode(String methodKey, Response response) {
    int code = response.status();
    FieldApiStatus byCode = FieldApiStatus.resolve(code).orElse(null);
    if (byCode == null || !byCode.isError()) {
      return fallback.decode(methodKey, response);
    }
    FieldApiException e = FieldApiProblems.fromBody(code, members(response), retryAfter(response));
    if (!e.status().isRetryable()) {
      return e;
    }
    Request request = response.request();
    Duration wait = e.retryAfter().orElse(null);
    return new RetryableException(code, e.getMessage(), request.httpMethod(), e, wait == null ? null : new Date(retryAt(wait)), request);
  }

  /**
   * The members of the response's problem body, from at most {@link FieldApiProblems#MAX_BODY_BYTES} of it.
   *
   * @param response the response
   * @return the members, or null when the body is not a problem
   */
  private Map<String, Object> members(Response response) {
    byte[] body;
    try {
      body = read(response.body() == null ? null : response.body().asInputStream());
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
    if (bodyDecoder == null) {
      return members(body);
    }
    if (body.length == 0 || body.length > FieldApiProblems.MAX_BODY_BYTES) {
      return null;
    }
    try {
      return stringKeys(bodyDecoder.decode(response.toBuilder().body(body).build(), Map.class));
    } catch (IOException | RuntimeException notAProblem) {
      return null;
    }
  }

  /**
   * The response's {@code Retry-After} header (Feign's headers are case-insensitive).
   *
   * @param response the response
   * @return its first value, or null when there is none
   */
  private static String retryAfter(Response response) {
    Map<String, Collection<String>> headers = response.headers();
    Collection<String> values = headers == null ? null : headers.get(FieldApiProblems.RETRY_AFTER);
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }

  /**
   * When to retry, as {@code RetryableException} takes it: milliseconds since the epoch, {@code wait} from now; a wait beyond what a {@code long} holds is the end of time.
   *
   * @param wait the time to wait
   * @return the time to retry at, in epoch milliseconds
   */
  private static long retryAt(Duration wait) {
    long now = System.currentTimeMillis();
    return wait.compareTo(Duration.ofMillis(Long.MAX_VALUE - now)) >= 0 ? Long.MAX_VALUE : now + wait.toMillis();
  }

  /**
   * Reads at most one byte more than {@link FieldApiProblems#MAX_BODY_BYTES} of a body, so a body cut at the bound is recognized; the rest is never read. The buffer starts at 4096 bytes and doubles as the body needs, so a problem of a few hundred bytes does not cost a buffer of the bound.
   *
   * @param in the body, or null for none
   * @return the bytes read
   * @throws IOException if the body cannot be read
   */
  private static byte[] read(InputStream in) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    int bound = FieldApiProblems.MAX_BODY_BYTES + 1;
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
   * @return the members in their order, or null when the body is empty, cut at {@link FieldApiProblems#MAX_BODY_BYTES}, not a JSON object, or cannot be decoded
   */
  private static Map<String, Object> members(byte[] body) {
    if (body.length == 0 || body.length > FieldApiProblems.MAX_BODY_BYTES) {
      return null;
    }
    try {
      return JSON.readValue(body, 0, body.length);
    } catch (IOException | RuntimeException notAProblem) {
      return null;
    }
  }

  /**
   * A decoded JSON object as its members.
   *
   * @param decoded what a JSON library made of a body
   * @return the members in their order, or null when it is not an object
   */
  private static Map<String, Object> stringKeys(Object decoded) {
    if (!(decoded instanceof Map)) {
      return null;
    }
    Map<?, ?> object = (Map<?, ?>) decoded;
    Map<String, Object> members = new LinkedHashMap<String, Object>();
    for (Map.Entry<?, ?> member : object.entrySet()) {
      if (member.getKey() instanceof String) {
        members.put((String) member.getKey(), member.getValue());
      }
    }
    return members;
  }
}
