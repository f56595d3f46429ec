package com.example;

import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * Signals {@link FieldApiStatus#INTERNAL_SERVER_ERROR 500 Internal Server Error}: A generic error message indicating that the server encountered an unexpected condition that prevented it from fulfilling the request.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class InternalServerErrorException extends FieldApiServerException {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public InternalServerErrorException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public InternalServerErrorException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link FieldApiStatus#INTERNAL_SERVER_ERROR}.
   *
   * @return the status
   */
  @Override
  public FieldApiStatus status() {
    return FieldApiStatus.INTERNAL_SERVER_ERROR;
  }

  /**
   * Calls {@code handler.onInternalServerError(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(FieldApiExceptionHandler<R> handler) {
    return handler.onInternalServerError(this);
  }

  /**
   * As {@link FieldApiException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public InternalServerErrorException withMember(String name, Object value) {
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
  public InternalServerErrorException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
