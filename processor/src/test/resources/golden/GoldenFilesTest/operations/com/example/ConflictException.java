package com.example;

import java.time.Duration;
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

  /**
   * As {@link ShopException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public ConflictException withMember(String name, Object value) {
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
  public ConflictException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
