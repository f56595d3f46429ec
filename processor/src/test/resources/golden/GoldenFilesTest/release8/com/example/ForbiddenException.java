package com.example;

import java.time.Duration;
import javax.annotation.Generated;

/**
 * Signals {@link FieldApiStatus#FORBIDDEN 403 Forbidden}: The client does not have permission to access the requested resource. Unlike 401, authenticating will not make a difference.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class ForbiddenException extends FieldApiClientException implements FieldApiGetFieldError, FieldApiDeleteFieldError {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public ForbiddenException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public ForbiddenException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link FieldApiStatus#FORBIDDEN}.
   *
   * @return the status
   */
  @Override
  public FieldApiStatus status() {
    return FieldApiStatus.FORBIDDEN;
  }

  /**
   * Calls {@code handler.onForbidden(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(FieldApiExceptionHandler<R> handler) {
    return handler.onForbidden(this);
  }

  /**
   * As {@link FieldApiException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public ForbiddenException withMember(String name, Object value) {
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
  public ForbiddenException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
