package com.example;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Problem details (RFC 9457) of the statuses of {@link Shop}, shared by the generated framework adapters: the body a server sends for a {@link ShopException}, and the exception a client makes of a body. No dependency beyond the JDK.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
final class ShopProblems {
  /**
   * The most bytes of an error body an adapter reads, 64 KiB: far more than any problem body needs, and a bound on the memory a huge or endless body can take. A body cut there is not JSON, and falls back to the status of the code.
   */
  static final int MAX_BODY_BYTES = 65536;

  /**
   * The member of a problem body that carries the errorCode.
   */
  static final String ERROR_CODE_MEMBER = "errorCode";

  /**
   * The header that says how long a client should wait.
   */
  static final String RETRY_AFTER = "Retry-After";

  /**
   * The media type of a problem-details body.
   */
  static final String MEDIA_TYPE = "application/problem+json";

  /**
   * Not instantiable.
   */
  private ShopProblems() {
  }

  /**
   * The exception of an error response, from its status code and the members of its problem-details body: the class of {@link ShopStatus#fromProblem(int, String, String)} for the body's {@code type} and errorCode member when that status has this code (else the code's status with that errorCode), its message the body's {@code detail}, else its {@code title}, else the reason phrase, and the members reachable through {@link ShopException#problem()}, and the time to wait of its {@code Retry-After} header through {@link ShopException#retryAfter()}. Members of the wrong type are ignored.
   *
   * @param status the HTTP status code of the response
   * @param members the body's members, or null when the body is not a problem (not JSON, cut at {@link #MAX_BODY_BYTES}, empty)
   * @param retryAfter the response's {@code Retry-After} header, or null
   * @return the exception, or null when the spec has no error status with this code (the framework's own handling then applies)
   */
  static ShopException fromBody(int status, Map<String, ?> members, String retryAfter) {
    ShopStatus byCode = ShopStatus.resolve(status).orElse(null);
    if (byCode == null || !byCode.isError()) {
      return null;
    }
    String errorCode = text(members, ERROR_CODE_MEMBER);
    ShopStatus resolved = ShopStatus.fromProblem(status, text(members, "type"), errorCode).orElse(byCode);
    // The response's code decides: a body's type of a status of another
    // code (or of a success) only names the status; the code's own statuses
    // are then chosen by errorCode.
    if (!resolved.isError() || resolved.code() != status) {
      resolved = ShopStatus.resolve(status, errorCode).orElse(byCode);
    }
    String message = text(members, "detail");
    if (message == null) {
      message = text(members, "title");
    }
    ShopException exception = ShopException.of(resolved, message == null ? resolved.reasonPhrase() : message);
    if (members != null) {
      exception.withProblem(new LinkedHashMap<String, Object>(members));
    }
    Duration wait = retryAfter(retryAfter);
    if (wait != null) {
      exception.retryAfter(wait);
    }
    return exception;
  }

  /**
   * As {@link #fromBody(int, Map, String)} for a response whose headers are not at hand: without a time to wait.
   *
   * @param status the HTTP status code of the response
   * @param members the body's members, or null when the body is not a problem
   * @return the exception, or null when the spec has no error status with this code
   */
  static ShopException fromBody(int status, Map<String, ?> members) {
    return fromBody(status, members, null);
  }

  /**
   * The members of the problem-details body a server sends for {@code e}, in this order: {@code type}, {@code title} (the reason phrase), {@code status}, {@code detail} (the message, when it has one), {@code instance} (when given) and the errorCode member (when the status has an errorCode), then the extension members of {@link ShopException#members()} in their order. Nothing else of the exception: no class name, stack trace or cause; its time to wait is a header, {@link #retryAfterHeader}.
   *
   * @param e the exception
   * @param instance the request's path, or null
   * @return the members, unmodifiable
   */
  static Map<String, Object> toBody(ShopException e, String instance) {
    ShopStatus status = e.status();
    Map<String, Object> body = new LinkedHashMap<String, Object>();
    body.put("type", status.problemType().toString());
    body.put("title", status.reasonPhrase());
    body.put("status", Integer.valueOf(status.code()));
    String detail = e.getMessage();
    if (detail != null) {
      body.put("detail", detail);
    }
    if (instance != null) {
      body.put("instance", instance);
    }
    if (status.errorCode().isPresent()) {
      body.put(ERROR_CODE_MEMBER, status.errorCode().get());
    }
    body.putAll(e.members());
    return Collections.unmodifiableMap(body);
  }

  /**
   * The {@code Retry-After} header a server sends for {@code e}: the time set with {@link ShopException#retryAfter(Duration)} as delta-seconds, rounded up to a whole second.
   *
   * @param e the exception
   * @return the header's value, or null when {@code e} has no time to wait
   */
  static String retryAfterHeader(ShopException e) {
    Duration wait = e.retryAfter().orElse(null);
    if (wait == null) {
      return null;
    }
    long seconds = wait.getSeconds();
    if (wait.getNano() > 0 && seconds < Long.MAX_VALUE) {
      seconds++;
    }
    return Long.toString(seconds);
  }

  /**
   * The time to wait that a {@code Retry-After} header says (RFC 9110): delta-seconds, or an HTTP-date (IMF-fixdate, as {@code DateTimeFormatter.RFC_1123_DATE_TIME} reads it) as the time from now until then, zero when it is past. The obsolete date forms, and anything else, are ignored, never an error.
   *
   * @param header the header's value, or null
   * @return the time, or null when there is no header or it cannot be read
   */
  static Duration retryAfter(String header) {
    if (header == null) {
      return null;
    }
    String value = header.trim();
    boolean digits = !value.isEmpty();
    for (int i = 0; i < value.length() && digits; i++) {
      char c = value.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    if (digits) {
      // 18 digits always fit in a long; more is no time a client waits.
      return value.length() <= 18 ? Duration.ofSeconds(Long.parseLong(value)) : null;
    }
    try {
      Instant date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(Instant.now(), date);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (RuntimeException notADate) {
      return null;
    }
  }

  /**
   * A member that is a string.
   *
   * @param members the members, or null
   * @param name the member's name
   * @return the member, or null when it is absent or not a string
   */
  private static String text(Map<String, ?> members, String name) {
    Object value = members == null ? null : members.get(name);
    return value instanceof String ? (String) value : null;
  }
}
