package com.example;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * MicroProfile Rest Client adapter of {@link FieldApi}: a response whose code the spec has as an error becomes the generated {@link FieldApiException} of its problem-details body (RFC 9457), its message the body's {@code detail}, its members in {@link FieldApiException#problem()} and the response's {@code Retry-After} in {@link FieldApiException#retryAfter()}; a body that is not a problem (HTML, empty, cut at 64 KiB, wrong types) gives the exception of the code's status. Other codes are left to the client's default mapper. Bodies are decoded with Jackson 3 ({@code tools.jackson.databind}).
 *
 * <pre>{@code
 * Api api = RestClientBuilder.newBuilder().baseUri(uri)
 *     .register(FieldApiResponseExceptionMapper.class).build(Api.class);
 * }</pre>
 * or {@code @RegisterProvider(FieldApiResponseExceptionMapper.class)} on the client interface.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public class FieldApiResponseExceptionMapper implements ResponseExceptionMapper<FieldApiException> {
  /**
   * Reads a JSON object into its members, in order.
   */
  private static final ObjectReader JSON = new ObjectMapper().readerForMapOf(Object.class);

  /**
   * Creates the mapper; the Rest Client runtime does.
   */
  public FieldApiResponseExceptionMapper() {
  }

  /**
   * Whether the spec has an error status (4xx or 5xx) with this code.
   *
   * @param status the response's status code
   * @param headers the response's headers
   * @return whether {@link #toThrowable} makes the generated exception
   */
  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    FieldApiStatus byCode = FieldApiStatus.resolve(status).orElse(null);
    return byCode != null && byCode.isError();
  }

  /**
   * The generated exception of an error response, from at most {@link FieldApiProblems#MAX_BODY_BYTES} of its entity.
   *
   * @param response the response
   * @return the exception; null only for a code {@link #handles} refuses
   */
  @Override
  public FieldApiException toThrowable(Response response) {
    int code = response.getStatus();
    return FieldApiProblems.fromBody(code, members(entity(response)), response.getHeaderString(FieldApiProblems.RETRY_AFTER));
  }

  /**
   * At most {@code MAX_BODY_BYTES + 1} bytes of the response's entity.
   *
   * @param response the response
   * @return the bytes; none when it has no entity or it cannot be read
   */
  private static byte[] entity(Response response) {
    try {
      if (!response.hasEntity()) {
        return new byte[0];
      }
      try (InputStream in = response.readEntity(InputStream.class)) {
        return read(in);
      }
    } catch (IOException | RuntimeException unreadable) {
      return new byte[0];
    }
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
   * The members of a problem body, decoded with Jackson 3 ({@code tools.jackson.databind}).
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
    } catch (RuntimeException notAProblem) {
      return null;
    }
  }
}
