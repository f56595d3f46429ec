package com.example;

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
}
