package com.example;

import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * Signals {@link ShopStatus#NOT_FOUND 404 Not Found}
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class NotFoundException extends ShopClientException implements ShopGetOrderError, ShopProbeError, ShopCancelOrderError {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public NotFoundException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public NotFoundException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link ShopStatus#NOT_FOUND}.
   *
   * @return the status
   */
  @Override
  public ShopStatus status() {
    return ShopStatus.NOT_FOUND;
  }

  /**
   * Calls {@code handler.onNotFound(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(ShopExceptionHandler<R> handler) {
    return handler.onNotFound(this);
  }

  /**
   * As {@link ShopException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public NotFoundException withMember(String name, Object value) {
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
  public NotFoundException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
