package com.example;

import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * Signals {@link FieldApiStatus#SERVICE_UNAVAILABLE 503 Service Unavailable}: The server is currently unable to handle the request due to temporary overloading or maintenance of the server. Typically, this is a temporary state.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class ServiceUnavailableException extends FieldApiServerException implements FieldApiCreateFieldError, FieldApiGetFieldError {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public ServiceUnavailableException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public ServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link FieldApiStatus#SERVICE_UNAVAILABLE}.
   *
   * @return the status
   */
  @Override
  public FieldApiStatus status() {
    return FieldApiStatus.SERVICE_UNAVAILABLE;
  }

  /**
   * Calls {@code handler.onServiceUnavailable(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(FieldApiExceptionHandler<R> handler) {
    return handler.onServiceUnavailable(this);
  }

  /**
   * As {@link FieldApiException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public ServiceUnavailableException withMember(String name, Object value) {
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
  public ServiceUnavailableException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
