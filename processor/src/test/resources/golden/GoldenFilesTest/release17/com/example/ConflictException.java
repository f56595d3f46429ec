package com.example;

import javax.annotation.processing.Generated;

/**
 * Signals {@link FieldApiStatus#CONFLICT 409 Conflict (errorCode conflict)}: Indicates that the request could not be completed due to a conflict with the current state of the target resource. Used for operations that would result in a conflict such as duplicate entries.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class ConflictException extends FieldApiClientException implements FieldApiCreateFieldError, FieldApiDeleteFieldError {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public ConflictException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link FieldApiStatus#CONFLICT}.
   *
   * @return the status
   */
  @Override
  public FieldApiStatus status() {
    return FieldApiStatus.CONFLICT;
  }

  /**
   * Calls {@code handler.onConflict(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(FieldApiExceptionHandler<R> handler) {
    return handler.onConflict(this);
  }
}
