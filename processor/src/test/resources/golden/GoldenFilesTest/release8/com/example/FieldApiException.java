package com.example;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
