package com.example;

import javax.annotation.Generated;

/**
 * An error of operation {@code createField} of {@link FieldApi}: Creates a field in the tenant's catalogue.
 *
 * <p>Implemented by the exception of each error status the spec lists for the operation, and by no other class:
 * <ul>
 * <li>{@link BadRequestException}: 400 Bad Request
 * <li>{@link UnauthorizedException}: 401 Unauthorized
 * <li>{@link PaymentRequiredException}: 402 Payment Required
 * <li>{@link ConflictException}: 409 Conflict (errorCode conflict)
 * <li>{@link TenantSuspendedException}: 409 Tenant Suspended (errorCode tenant_suspended)
 * <li>{@link ServiceUnavailableException}: 503 Service Unavailable
 * </ul>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public interface FieldApiCreateFieldError {
  /**
   * The status this error signals.
   *
   * @return the status, never null
   */
  FieldApiStatus status();
}
