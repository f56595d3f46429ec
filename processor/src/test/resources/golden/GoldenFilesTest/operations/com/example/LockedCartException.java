package com.example;

import javax.annotation.processing.Generated;

/**
 * Signals {@link ShopStatus#CART_LOCKED 409 Cart Locked (errorCode cart_locked)}
 * @deprecated the API has deprecated this status.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
@Deprecated
public final class LockedCartException extends ShopClientException implements ShopPlaceOrderError, ShopProbeError {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public LockedCartException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public LockedCartException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link ShopStatus#CART_LOCKED}.
   *
   * @return the status
   */
  @Override
  public ShopStatus status() {
    return ShopStatus.CART_LOCKED;
  }

  /**
   * Calls {@code handler.onCartLocked(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(ShopExceptionHandler<R> handler) {
    return handler.onCartLocked(this);
  }
}
