package com.example;

import java.time.Duration;
import javax.annotation.Generated;

/**
 * Signals {@link FieldApiStatus#BAD_REQUEST 400 Bad Request}: The server could not process the request due to invalid syntax, malformed data, or because the request violates business rules, even if it is properly formed.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class BadRequestException extends FieldApiClientException implements FieldApiCreateFieldError {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public BadRequestException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public BadRequestException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link FieldApiStatus#BAD_REQUEST}.
   *
   * @return the status
   */
  @Override
  public FieldApiStatus status() {
    return FieldApiStatus.BAD_REQUEST;
  }

  /**
   * Calls {@code handler.onBadRequest(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(FieldApiExceptionHandler<R> handler) {
    return handler.onBadRequest(this);
  }

  /**
   * As {@link FieldApiException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public BadRequestException withMember(String name, Object value) {
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
  public BadRequestException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
