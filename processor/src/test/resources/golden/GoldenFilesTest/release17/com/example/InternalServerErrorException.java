package com.example;

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
}
