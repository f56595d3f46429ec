package com.example;

import javax.annotation.processing.Generated;

/**
 * Signals {@link ShopStatus#CONFLICT 409 Conflict (errorCode conflict)}
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class ConflictException extends ShopClientException implements ShopProbeError, ShopCancelOrderError {
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
   * Returns {@link ShopStatus#CONFLICT}.
   *
   * @return the status
   */
  @Override
  public ShopStatus status() {
    return ShopStatus.CONFLICT;
  }

  /**
   * Calls {@code handler.onConflict(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(ShopExceptionHandler<R> handler) {
    return handler.onConflict(this);
  }
}
