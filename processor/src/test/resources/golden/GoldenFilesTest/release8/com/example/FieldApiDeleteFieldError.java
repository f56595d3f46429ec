package com.example;

import javax.annotation.Generated;

/**
 * An error of operation {@code deleteField} of {@link FieldApi}: Deletes a field. A field that records still use cannot be deleted.
 *
 * <p>Implemented by the exception of each error status the spec lists for the operation, and by no other class:
 * <ul>
 * <li>{@link UnauthorizedException}: 401 Unauthorized
 * <li>{@link ForbiddenException}: 403 Forbidden
 * <li>{@link NotFoundException}: 404 Not Found
 * <li>{@link ConflictException}: 409 Conflict (errorCode conflict)
 * </ul>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public interface FieldApiDeleteFieldError {
  /**
   * The status this error signals.
   *
   * @return the status, never null
   */
  FieldApiStatus status();
}
