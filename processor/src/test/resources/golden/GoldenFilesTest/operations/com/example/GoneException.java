package com.example;

import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * Signals {@link ShopStatus#GONE 410 Gone}
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class GoneException extends ShopClientException {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public GoneException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public GoneException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link ShopStatus#GONE}.
   *
   * @return the status
   */
  @Override
  public ShopStatus status() {
    return ShopStatus.GONE;
  }

  /**
   * Calls {@code handler.onGone(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(ShopExceptionHandler<R> handler) {
    return handler.onGone(this);
  }

  /**
   * As {@link ShopException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public GoneException withMember(String name, Object value) {
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
  public GoneException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
