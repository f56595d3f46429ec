package com.example;

import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * Signals {@link FieldApiStatus#TENANT_SUSPENDED 409 Tenant Suspended (errorCode tenant_suspended)}: The tenant subscription has been suspended. This will occur if we suspect your tenant of violating terms of service and is being suspended.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class TenantSuspendedException extends FieldApiClientException implements FieldApiCreateFieldError {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public TenantSuspendedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public TenantSuspendedException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link FieldApiStatus#TENANT_SUSPENDED}.
   *
   * @return the status
   */
  @Override
  public FieldApiStatus status() {
    return FieldApiStatus.TENANT_SUSPENDED;
  }

  /**
   * Calls {@code handler.onTenantSuspended(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(FieldApiExceptionHandler<R> handler) {
    return handler.onTenantSuspended(this);
  }

  /**
   * As {@link FieldApiException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public TenantSuspendedException withMember(String name, Object value) {
    super.withMember(name, value);
    return this;
  }

  /**
   * As {@link FieldApiException#retryAfter(Duration)}, returning this exception as its own class.
   *
   * @param retryAfter the time to wait, zero or more
   * @return this exception
   */
  @Override
  public TenantSuspendedException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
