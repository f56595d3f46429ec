package com.example;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import javax.annotation.processing.Generated;

/**
 * Adapter of {@link Shop} for the JDK's own HTTP client ({@code java.net.http}): a response whose code the spec has as an error becomes the generated {@link ShopException} of its problem-details body (RFC 9457), its message the body's {@code detail} and its members in {@link ShopException#problem()}, the response's {@code Retry-After} in {@link ShopException#retryAfter()}; a body that is not a problem (HTML, empty, cut at 64 KiB, wrong types) gives the exception of the code's status. A code the spec does not have is returned as it is, to the handler given. Bodies are decoded with its own JSON reader (no dependency); at most {@link ShopProblems#MAX_BODY_BYTES} of an error body is read.
 *
 * <pre>{@code
 * HttpResponse<String> response =
 *     ShopHttpClient.send(client, request, BodyHandlers.ofString());
 * client.sendAsync(request, ShopHttpClient.orThrow(BodyHandlers.ofString()))
 *     .exceptionally(e -> ...); // e's cause is the generated exception
 * }</pre>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class ShopHttpClient {
  /**
   * Not instantiable.
   */
  private ShopHttpClient() {
  }

  /**
   * Wraps {@code handler}: a response whose code the spec has as an error has its body read and decoded, and completes exceptionally with the generated {@link ShopException}, which {@code HttpClient.send} throws as the cause of its {@code IOException} and {@code sendAsync}'s future completes exceptionally with. Any other response goes to {@code handler}.
   *
   * @param <T> the body's type
   * @param handler handles the responses that are no error of the spec
   * @return the handler
   */
  public static <T> HttpResponse.BodyHandler<T> orThrow(HttpResponse.BodyHandler<T> handler) {
    Objects.requireNonNull(handler, "handler");
    return info -> {
      int code = info.statusCode();
      ShopStatus byCode = ShopStatus.resolve(code).orElse(null);
      if (byCode == null || !byCode.isError()) {
        return handler.apply(info);
      }
      return new ProblemSubscriber<T>(code, info.headers().firstValue(ShopProblems.RETRY_AFTER).orElse(null));
    };
  }

  /**
   * Sends {@code request} with {@link #orThrow orThrow(handler)} and throws the generated {@link ShopException} of an error response itself, instead of the {@code IOException} the JDK wraps it in.
   *
   * @param <T> the body's type
   * @param client the client
   * @param request the request
   * @param handler handles the responses that are no error of the spec
   * @return the response, whose code is no error of the spec
   * @throws ShopException the generated exception of an error response
   * @throws IOException if sending or receiving fails
   * @throws InterruptedException if interrupted while waiting
   */
  public static <T> HttpResponse<T> send(HttpClient client, HttpRequest request,
      HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
    try {
      return client.send(request, orThrow(handler));
    } catch (IOException e) {
      // The JDK wraps what a body subscriber completes with; one level deep,
      // a few more for a wrapper of the wrapper, never a loop.
      Throwable cause = e.getCause();
      for (int depth = 0; cause != null && depth < 4; depth++, cause = cause.getCause()) {
        if (cause instanceof ShopException) {
          throw (ShopException) cause;
        }
      }
      throw e;
    }
  }

  /**
   * The members of a problem body, decoded with its own JSON reader (no dependency).
   *
   * @param body the body's bytes, at most one more than {@link ShopProblems#MAX_BODY_BYTES}
   * @return the members in their order, or null when the body is empty, cut at {@link ShopProblems#MAX_BODY_BYTES}, not a JSON object, or cannot be decoded
   */
  private static Map<String, Object> members(byte[] body) {
    if (body.length == 0 || body.length > ShopProblems.MAX_BODY_BYTES) {
      return null;
    }
    return Json.object(body);
  }

  /**
   * The body of an error response: at most {@link ShopProblems#MAX_BODY_BYTES} and one byte are kept (the rest is cancelled), then the body completes exceptionally with the generated exception; an unreadable body gives the exception of the code's status.
   *
   * @param <T> the type the caller's handler would have given
   */
  private static final class ProblemSubscriber<T> implements HttpResponse.BodySubscriber<T> {
    /**
     * The response's status code.
     */
    private final int code;

    /**
     * Completes exceptionally once the body is read.
     */
    private final CompletableFuture<T> body = new CompletableFuture<T>();

    /**
     * The subscription to the body.
     */
    private Flow.Subscription subscription;

    /**
     * The bytes read so far, from index 0.
     */
    private byte[] buffer = new byte[4096];

    /**
     * How many bytes of the buffer are read.
     */
    private int length;

    /**
     * The response's {@code Retry-After} header, or null.
     */
    private final String retryAfter;

    /**
     * Creates the subscriber.
     *
     * @param code the response's status code
     * @param retryAfter the response's {@code Retry-After} header, or null
     */
    ProblemSubscriber(int code, String retryAfter) {
      this.code = code;
      this.retryAfter = retryAfter;
    }

    /**
     * The body.
     *
     * @return the body, which completes exceptionally
     */
    @Override
    public CompletionStage<T> getBody() {
      return body;
    }

    /**
     * Starts reading.
     *
     * @param subscription the subscription to the body
     */
    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      if (this.subscription != null) {
        subscription.cancel();
        return;
      }
      this.subscription = subscription;
      subscription.request(1);
    }

    /**
     * Keeps what fits under the bound, and cancels the rest.
     *
     * @param items the next part of the body
     */
    @Override
    public void onNext(List<ByteBuffer> items) {
      int bound = ShopProblems.MAX_BODY_BYTES + 1;
      for (ByteBuffer item : items) {
        int count = Math.min(item.remaining(), bound - length);
        if (length + count > buffer.length) {
          buffer = Arrays.copyOf(buffer, Math.min(Math.max(buffer.length * 2, length + count), bound));
        }
        item.get(buffer, length, count);
        length += count;
      }
      if (body.isDone()) {
        return;
      }
      // Cut at the bound: the rest is cancelled once the client waits on the body
      // (it registers on another thread), so that completing the body hands it
      // the exception before the cancel resets an HTTP/2 stream, which would fail
      // the exchange with the JDK's own IOException. Until then the rest is
      // read and dropped.
      if (length == bound && body.getNumberOfDependents() > 0) {
        complete();
        subscription.cancel();
      } else {
        subscription.request(1);
      }
    }

    /**
     * The body could not be read: the exception of the code's status.
     *
     * @param error why
     */
    @Override
    public void onError(Throwable error) {
      length = 0;
      complete();
    }

    /**
     * Decodes the body read.
     */
    @Override
    public void onComplete() {
      complete();
    }

    /**
     * Completes the body with the exception of what was read, once.
     */
    private void complete() {
      if (!body.isDone()) {
        body.completeExceptionally(ShopProblems.fromBody(code, members(Arrays.copyOf(buffer, length)), retryAfter));
      }
    }
  }

  /**
   * A strict JSON (RFC 8259) reader of one object, with no dependency: strings, numbers ({@code Integer}, {@code Long}, {@code Double}, else {@code BigDecimal}), booleans, null, and nested objects and arrays (as {@code Map} and {@code List}) at most 64 deep.
   */
  private static final class Json {
    /**
     * The deepest nesting read; a deeper body is not a problem.
     */
    private static final int MAX_DEPTH = 64;

    /**
     * The text read.
     */
    private final String text;

    /**
     * The next index.
     */
    private int at;

    /**
     * @param text the text to read
     */
    private Json(String text) {
      this.text = text;
    }

    /**
     * The members of the JSON object {@code body} holds, in their order (the last of a repeated name wins).
     *
     * @param body the body, as UTF-8
     * @return the members, or null when the body is not exactly one JSON object
     */
    static Map<String, Object> object(byte[] body) {
      Json json = new Json(new String(body, StandardCharsets.UTF_8));
      try {
        json.space();
        if (json.peek() != '{') {
          return null;
        }
        Map<String, Object> members = json.members(1);
        json.space();
        return json.at == json.text.length() ? members : null;
      } catch (RuntimeException notJson) {
        return null;
      }
    }

    /**
     * Reads a value.
     *
     * @param depth the nesting of the value's container
     * @return the value
     */
    private Object value(int depth) {
      space();
      char c = peek();
      if (c == '{' || c == '[') {
        if (depth >= MAX_DEPTH) {
          throw fail();
        }
        return c == '{' ? members(depth + 1) : elements(depth + 1);
      }
      if (c == '"') {
        return string();
      }
      if (c == 't') {
        literal("true");
        return Boolean.TRUE;
      }
      if (c == 'f') {
        literal("false");
        return Boolean.FALSE;
      }
      if (c == 'n') {
        literal("null");
        return null;
      }
      return number();
    }

    /**
     * Reads an object, at its opening brace.
     *
     * @param depth its nesting
     * @return its members, in their order
     */
    private Map<String, Object> members(int depth) {
      expect('{');
      Map<String, Object> members = new LinkedHashMap<String, Object>();
      space();
      if (peek() == '}') {
        at++;
        return members;
      }
      while (true) {
        space();
        String name = string();
        space();
        expect(':');
        members.put(name, value(depth));
        space();
        if (peek() == '}') {
          at++;
          return members;
        }
        expect(',');
      }
    }

    /**
     * Reads an array, at its opening bracket.
     *
     * @param depth its nesting
     * @return its elements
     */
    private List<Object> elements(int depth) {
      expect('[');
      List<Object> elements = new ArrayList<Object>();
      space();
      if (peek() == ']') {
        at++;
        return elements;
      }
      while (true) {
        elements.add(value(depth));
        space();
        if (peek() == ']') {
          at++;
          return elements;
        }
        expect(',');
      }
    }

    /**
     * Reads a string, at its quote.
     *
     * @return the string, unescaped
     */
    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          throw fail();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char escape = text.charAt(at++);
        if (escape == 'u') {
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at++), 16);
            if (digit < 0) {
              throw fail();
            }
            code = code * 16 + digit;
          }
          out.append((char) code);
        } else {
          int known = "\"\\/bfnrt".indexOf(escape);
          if (known < 0) {
            throw fail();
          }
          // In parentheses: the literal is written in two parts, split at its line feed.
          out.append(("\"\\/\b\f\n"
                  + "\r\t").charAt(known));
        }
      }
    }

    /**
     * Reads a number: an integer as {@code Integer} or {@code Long}, another as {@code Double}, and one beyond those as {@code BigDecimal}.
     *
     * @return the number
     */
    private Object number() {
      int start = at;
      if (peek() == '-') {
        at++;
      }
      if (peek() == '0') {
        at++;
      } else {
        digits();
      }
      boolean integral = true;
      if (at < text.length() && text.charAt(at) == '.') {
        at++;
        digits();
        integral = false;
      }
      if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
        at++;
        if (peek() == '+' || peek() == '-') {
          at++;
        }
        digits();
        integral = false;
      }
      String number = text.substring(start, at);
      if (integral && number.length() < 19) {
        long value = Long.parseLong(number);
        return value == (int) value ? (Object) Integer.valueOf((int) value) : Long.valueOf(value);
      }
      BigDecimal exact = new BigDecimal(number);
      if (integral) {
        try {
          return Long.valueOf(exact.longValueExact());
        } catch (ArithmeticException beyondLong) {
          return exact;
        }
      }
      double value = exact.doubleValue();
      return Double.isInfinite(value) ? (Object) exact : Double.valueOf(value);
    }

    /**
     * Reads one or more digits.
     */
    private void digits() {
      if (peek() < '0' || peek() > '9') {
        throw fail();
      }
      while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
        at++;
      }
    }

    /**
     * Reads {@code word}.
     *
     * @param word true, false or null
     */
    private void literal(String word) {
      if (!text.startsWith(word, at)) {
        throw fail();
      }
      at += word.length();
    }

    /**
     * Reads {@code c}.
     *
     * @param c the character the text must have next
     */
    private void expect(char c) {
      if (peek() != c) {
        throw fail();
      }
      at++;
    }

    /**
     * The next character, not read.
     *
     * @return it
     */
    private char peek() {
      if (at >= text.length()) {
        throw fail();
      }
      return text.charAt(at);
    }

    /**
     * Skips white space.
     */
    private void space() {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        at++;
      }
    }

    /**
     * The error of a text that is not JSON, caught by {@link #object(byte[])}.
     *
     * @return the error, to throw
     */
    private static IllegalArgumentException fail() {
      return new IllegalArgumentException("not JSON");
    }
  }
}
