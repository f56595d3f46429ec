package com.example;

import java.time.Duration;
import javax.annotation.Generated;

/**
 * Signals {@link FieldApiStatus#UNAUTHORIZED 401 Unauthorized}: The client must authenticate itself to get the requested response. Typically used when authentication credentials are missing or incorrect.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class UnauthorizedException extends FieldApiClientException implements FieldApiCreateFieldError, FieldApiGetFieldError, FieldApiDeleteFieldError {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public UnauthorizedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public UnauthorizedException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link FieldApiStatus#UNAUTHORIZED}.
   *
   * @return the status
   */
  @Override
  public FieldApiStatus status() {
    return FieldApiStatus.UNAUTHORIZED;
  }

  /**
   * Calls {@code handler.onUnauthorized(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(FieldApiExceptionHandler<R> handler) {
    return handler.onUnauthorized(this);
  }

  /**
   * As {@link FieldApiException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public UnauthorizedException withMember(String name, Object value) {
    super.withMember(name, value);
    return this;
  }

  /**
   * As {@link FieldApiException#retryAfter(Duration)}, returning this exception as its own class.
   *
   * @param retryAfter the time to wait, zero or more
   * @return this exception
   */
  @Override
  public UnauthorizedException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
