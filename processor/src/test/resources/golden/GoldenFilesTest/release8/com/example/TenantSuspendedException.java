package com.example;

import javax.annotation.Generated;

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
}
