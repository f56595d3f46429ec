package com.example;

import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * Signals {@link ShopStatus#OUT_OF_STOCK 409 Out Of Stock (errorCode out_of_stock)}
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class OutOfStockException extends ShopClientException implements ShopPlaceOrderError, ShopProbeError {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public OutOfStockException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public OutOfStockException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link ShopStatus#OUT_OF_STOCK}.
   *
   * @return the status
   */
  @Override
  public ShopStatus status() {
    return ShopStatus.OUT_OF_STOCK;
  }

  /**
   * Calls {@code handler.onOutOfStock(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(ShopExceptionHandler<R> handler) {
    return handler.onOutOfStock(this);
  }

  /**
   * As {@link ShopException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public OutOfStockException withMember(String name, Object value) {
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
  public OutOfStockException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
