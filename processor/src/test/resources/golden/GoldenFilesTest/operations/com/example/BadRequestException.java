package com.example;

import javax.annotation.processing.Generated;

/**
 * Signals {@link ShopStatus#BAD_REQUEST 400 Bad Request}
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class BadRequestException extends ShopClientException implements ShopPlaceOrderError, ShopProbeError {
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
   * Returns {@link ShopStatus#BAD_REQUEST}.
   *
   * @return the status
   */
  @Override
  public ShopStatus status() {
    return ShopStatus.BAD_REQUEST;
  }

  /**
   * Calls {@code handler.onBadRequest(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(ShopExceptionHandler<R> handler) {
    return handler.onBadRequest(this);
  }
}
