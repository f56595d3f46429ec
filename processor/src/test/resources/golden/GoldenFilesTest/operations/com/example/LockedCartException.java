package com.example;

import java.time.Duration;
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

  /**
   * As {@link ShopException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public LockedCartException withMember(String name, Object value) {
    super.withMember(name, value);
    return this;
  }

  /**
   * As {@link ShopException#retryAfter(Duration)}, returning this exception as its own class.
   *
   * @param retryAfter the time to wait, zero or more
   * @return this exception
   */
  @Override
  public LockedCartException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
