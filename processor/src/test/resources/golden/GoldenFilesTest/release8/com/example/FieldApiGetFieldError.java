package com.example;

import javax.annotation.Generated;

/**
 * An error of operation {@code getField} of {@link FieldApi}: Returns one field of the tenant's catalogue.
 *
 * <p>Implemented by the exception of each error status the spec lists for the operation, and by no other class:
 * <ul>
 * <li>{@link UnauthorizedException}: 401 Unauthorized
 * <li>{@link ForbiddenException}: 403 Forbidden
 * <li>{@link NotFoundException}: 404 Not Found
 * <li>{@link ServiceUnavailableException}: 503 Service Unavailable
 * </ul>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public interface FieldApiGetFieldError {
  /**
   * The status this error signals.
   *
   * @return the status, never null
   */
  FieldApiStatus status();
}
