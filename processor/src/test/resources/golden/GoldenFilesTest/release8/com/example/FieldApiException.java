package com.example;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Generated;

/**
 * The root of the exceptions of {@link FieldApi}: one final subclass per error status of the spec, below {@code FieldApiClientException} for 4xx and {@code FieldApiServerException} for 5xx. Create one with {@link #of(FieldApiStatus, String)} or {@link FieldApiStatus#toException(String)}; handle them exhaustively with {@link #accept(FieldApiExceptionHandler)}.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public abstract class FieldApiException extends RuntimeException {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * The members of the problem details this exception was decoded from, or null; not serialized, since its values may be of any type.
   */
  private transient Map<String, Object> problem;

  /**
   * The extension members set with {@link #withMember(String, Object)}, in the order they were first set, or null for none; not serialized, as the problem is not.
   */
  private transient Map<String, Object> members;

  /**
   * How long a client should wait before it retries, or null when not known.
   */
  private Duration retryAfter;

  /**
   * Creates the exception, for the generated subclasses.
   *
   * @param message the detail message
   */
  FieldApiException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause, for the generated subclasses.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  FieldApiException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Adds an extension member to the problem-details body (RFC 9457) that a generated server adapter sends for this exception, after the members of the status ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} and the errorCode member {@code errorCode}), in the order the members were first added; adding a name again replaces its value in place. For example {@code throw new SomeException("card declined").withMember("decline_code", "insufficient_funds")}; each generated exception class returns itself as its own type. Not thread-safe: add members before the exception is thrown.
   *
   * @param name the member's name: not empty, and none of RFC 9457's own members nor {@code errorCode}
   * @param value a {@code String}, a {@code Boolean}, a number ({@code Integer}, {@code Long}, {@code Short}, {@code Byte}, {@code BigInteger}, {@code BigDecimal}, or a finite {@code Double} or {@code Float}) or null
   * @return this exception
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is empty, RFC 9457's or the errorCode member, or {@code value} is of another type, NaN or infinite
   */
  public FieldApiException withMember(String name, Object value) {
    if (name == null) {
      throw new NullPointerException("a member's name is null");
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a member's name is empty");
    }
    if (name.equals("type") || name.equals("title") || name.equals("status") || name.equals("detail") || name.equals("instance")) {
      throw new IllegalArgumentException("'" + name + "' is a member RFC 9457 defines, written from the exception's status and message; an extension member needs another name");
    }
    if (name.equals("errorCode")) {
      throw new IllegalArgumentException("'" + name + "' is the member that carries the status's errorCode; an extension member needs another name");
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new IllegalArgumentException("the value of member '" + name + "' is " + value + ", which JSON cannot carry");
      }
    }
    if (value != null && !(value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte || value instanceof BigInteger || value instanceof BigDecimal || value instanceof Double || value instanceof Float)) {
      throw new IllegalArgumentException("the value of member '" + name + "' is a " + value.getClass().getName() + "; a member's value is a String, a Boolean, a number (Integer, Long, Short, Byte, BigInteger, BigDecimal, Double, Float) or null");
    }
    Map<String, Object> added = members;
    if (added == null) {
      added = new LinkedHashMap<String, Object>();
      members = added;
    }
    added.put(name, value);
    return this;
  }

  /**
   * The extension members added with {@link #withMember(String, Object)}, in their order: what a generated server adapter writes after the status's members. An exception a client adapter decoded has none here: the body it was decoded from is in {@link #problem()}.
   *
   * @return the members, unmodifiable; empty when none was added
   */
  public final Map<String, Object> members() {
    Map<String, Object> added = members;
    return added == null ? Collections.<String, Object>emptyMap() : Collections.unmodifiableMap(added);
  }

  /**
   * Sets how long a client should wait before it retries: a generated server adapter sends it as the {@code Retry-After} header of the response, in whole seconds rounded up (never as a member of the body). Each generated exception class returns itself as its own type.
   *
   * @param retryAfter the time to wait, zero or more
   * @return this exception
   * @throws NullPointerException if {@code retryAfter} is null
   * @throws IllegalArgumentException if {@code retryAfter} is negative
   */
  public FieldApiException retryAfter(Duration retryAfter) {
    if (retryAfter == null) {
      throw new NullPointerException("retryAfter is null");
    }
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter " + retryAfter + " is negative; a client can wait zero seconds or more");
    }
    this.retryAfter = retryAfter;
    return this;
  }

  /**
   * How long a client should wait before it retries: on the server, what {@link #retryAfter(Duration)} set, exactly; on an exception a generated client adapter decoded, what the response's {@code Retry-After} header said (delta-seconds, or an HTTP-date as the time from when the response was decoded until then, zero when it is past; a header of another form is ignored).
   *
   * @return the time to wait, or empty when not known
   */
  public final Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * The members of the problem-details body (RFC 9457) this exception was decoded from by a generated client adapter, in the order of the body: {@code type}, {@code title}, {@code detail}, the errorCode member and any extension members, as the JSON library read them.
   *
   * @return the members, unmodifiable; empty for an exception created in this JVM
   */
  public final Map<String, Object> problem() {
    Map<String, Object> members = problem;
    return members == null ? Collections.<String, Object>emptyMap() : members;
  }

  /**
   * Sets the members of the problem-details body this exception was decoded from, for the generated adapters.
   *
   * @param members the body's members in their order, copied; null for none
   * @return this exception
   */
  final FieldApiException withProblem(Map<String, Object> members) {
    this.problem = members == null || members.isEmpty() ? null : Collections.unmodifiableMap(new LinkedHashMap<String, Object>(members));
    return this;
  }

  /**
   * The status this exception signals.
   *
   * @return the status, never null
   */
  public abstract FieldApiStatus status();

  /**
   * The HTTP status code of {@link #status()}.
   *
   * @return the code
   */
  public int code() {
    return status().code();
  }

  /**
   * Calls the method of {@code handler} for this exception's status.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  public abstract <R> R accept(FieldApiExceptionHandler<R> handler);

  /**
   * A new exception of the class of {@code status}.
   *
   * @param status an error status (4xx or 5xx)
   * @param message the detail message
   * @return the exception
   * @throws IllegalStateException if {@code status} is not an error
   */
  public static FieldApiException of(FieldApiStatus status, String message) {
    switch (status) {
      case BAD_REQUEST:
        return new BadRequestException(message);
      case UNAUTHORIZED:
        return new UnauthorizedException(message);
      case PAYMENT_REQUIRED:
        return new PaymentRequiredException(message);
      case FORBIDDEN:
        return new ForbiddenException(message);
      case NOT_FOUND:
        return new NotFoundException(message);
      case CONFLICT:
        return new ConflictException(message);
      case TENANT_SUSPENDED:
        return new TenantSuspendedException(message);
      case INTERNAL_SERVER_ERROR:
        return new InternalServerErrorException(message);
      case SERVICE_UNAVAILABLE:
        return new ServiceUnavailableException(message);
      default:
        throw new IllegalStateException(status + " is not an error status (4xx or 5xx) and has no exception");
    }
  }

  /**
   * A new exception of the class of {@code status}, with a cause.
   *
   * @param status an error status (4xx or 5xx)
   * @param message the detail message
   * @param cause the cause, or null
   * @return the exception
   * @throws IllegalStateException if {@code status} is not an error
   */
  public static FieldApiException of(FieldApiStatus status, String message, Throwable cause) {
    FieldApiException exception = of(status, message);
    if (cause != null) {
      exception.initCause(cause);
    }
    return exception;
  }
}
