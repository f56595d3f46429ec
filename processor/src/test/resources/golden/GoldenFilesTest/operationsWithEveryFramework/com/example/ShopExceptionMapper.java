package com.example;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Jakarta REST adapter of {@link Shop}: any {@link ShopException} a resource throws becomes its status with an {@code application/problem+json} body (RFC 9457): {@code type}, {@code title}, {@code status}, {@code detail} (the message), {@code instance} (the request path), the errorCode member and the exception's extension members ({@code withMember}), and its {@code retryAfter} as the {@code Retry-After} header; nothing else of the exception. It writes the JSON itself, so no JSON provider is needed.
 *
 * <pre>{@code
 * new ResourceConfig().register(ShopExceptionMapper.class);  // or found by scanning: @Provider
 * }</pre>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
@Provider
public class ShopExceptionMapper implements ExceptionMapper<ShopException> {
  /**
   * The current request's URI, injected by the Jakarta REST runtime; null when the mapper is used outside one.
   */
  @Context
  private UriInfo uriInfo;

  /**
   * Creates the mapper; the Jakarta REST runtime does, once.
   */
  public ShopExceptionMapper() {
  }

  /**
   * Answers {@code e} with its status, a problem-details body whose last members are the exception's extension members, and the {@code Retry-After} header when the exception has a time to wait.
   *
   * @param e the exception a resource threw
   * @return the response
   */
  @Override
  public Response toResponse(ShopException e) {
    Map<String, Object> body = ShopProblems.toBody(e, instance());
    Response.ResponseBuilder response = Response.status(e.code()).type(ShopProblems.MEDIA_TYPE).entity(json(body));
    String retryAfter = ShopProblems.retryAfterHeader(e);
    if (retryAfter != null) {
      response.header(ShopProblems.RETRY_AFTER, retryAfter);
    }
    return response.build();
  }

  /**
   * The path of the request being answered, as sent (not decoded).
   *
   * @return the path, or null outside a request
   */
  private String instance() {
    if (uriInfo == null) {
      return null;
    }
    try {
      return uriInfo.getRequestUri().getRawPath();
    } catch (RuntimeException outsideARequest) {
      return null;
    }
  }

  /**
   * A flat JSON object of {@code members}, in their order, encoded as UTF-8: numbers and booleans as they are (the numbers {@code withMember} takes are finite, and their {@code toString} is a JSON number), anything else as a string.
   *
   * @param members the members
   * @return the JSON text
   */
  private static byte[] json(Map<String, Object> members) {
    StringBuilder json = new StringBuilder().append('{');
    for (Map.Entry<String, Object> member : members.entrySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      quote(json, member.getKey());
      json.append(':');
      Object value = member.getValue();
      if (value == null) {
        json.append("null");
      } else if (value instanceof Number || value instanceof Boolean) {
        json.append(value);
      } else {
        quote(json, value.toString());
      }
    }
    return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Appends {@code text} as a JSON string (RFC 8259): quote, backslash and control characters escaped, and {@code <}, {@code >}, {@code &}, U+2028, U+2029 and unpaired surrogates as backslash-u escapes, so the text round-trips exactly and is safe inside an HTML page.
   *
   * @param json where to append
   * @param text the text
   */
  private static void quote(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c == '\n') {
        json.append("\\n");
      } else if (c == '\r') {
        json.append("\\r");
      } else if (c == '\t') {
        json.append("\\t");
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029' || c == 0x7f || unpaired(text, i)) {
        json.append("\\u");
        String hex = Integer.toHexString(c);
        for (int pad = hex.length(); pad < 4; pad++) {
          json.append('0');
        }
        json.append(hex);
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }

  /**
   * Whether the char at {@code i} is a surrogate not part of a pair, which UTF-8 cannot encode.
   *
   * @param text the text
   * @param i the index
   * @return whether it must be escaped
   */
  private static boolean unpaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
