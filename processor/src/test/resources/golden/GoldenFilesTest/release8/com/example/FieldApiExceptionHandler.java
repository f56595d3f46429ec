package com.example;

import javax.annotation.Generated;

/**
 * Handles every exception of {@link FieldApi}, one method per error status. Call it with {@link FieldApiException#accept(FieldApiExceptionHandler)}. An error status added to the spec adds a method here, so every implementation stops compiling until it handles it.
 *
 * @param <R> the result of handling an exception
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public interface FieldApiExceptionHandler<R> {
  /**
   * Handles {@link FieldApiStatus#BAD_REQUEST 400 Bad Request}: The server could not process the request due to invalid syntax, malformed data, or because the request violates business rules, even if it is properly formed.
   *
   * @param e the exception
   * @return the result
   */
  R onBadRequest(BadRequestException e);

  /**
   * Handles {@link FieldApiStatus#UNAUTHORIZED 401 Unauthorized}: The client must authenticate itself to get the requested response. Typically used when authentication credentials are missing or incorrect.
   *
   * @param e the exception
   * @return the result
   */
  R onUnauthorized(UnauthorizedException e);

  /**
   * Handles {@link FieldApiStatus#PAYMENT_REQUIRED 402 Payment Required}: The subscription payment is either past-due or is a trial and has expired.
   *
   * @param e the exception
   * @return the result
   */
  R onPaymentRequired(PaymentRequiredException e);

  /**
   * Handles {@link FieldApiStatus#FORBIDDEN 403 Forbidden}: The client does not have permission to access the requested resource. Unlike 401, authenticating will not make a difference.
   *
   * @param e the exception
   * @return the result
   */
  R onForbidden(ForbiddenException e);

  /**
   * Handles {@link FieldApiStatus#NOT_FOUND 404 Not Found}: The server could not find the requested resource. This status code is commonly used for non-existent endpoints or resources.
   *
   * @param e the exception
   * @return the result
   */
  R onNotFound(NotFoundException e);

  /**
   * Handles {@link FieldApiStatus#CONFLICT 409 Conflict (errorCode conflict)}: Indicates that the request could not be completed due to a conflict with the current state of the target resource. Used for operations that would result in a conflict such as duplicate entries.
   *
   * @param e the exception
   * @return the result
   */
  R onConflict(ConflictException e);

  /**
   * Handles {@link FieldApiStatus#TENANT_SUSPENDED 409 Tenant Suspended (errorCode tenant_suspended)}: The tenant subscription has been suspended. This will occur if we suspect your tenant of violating terms of service and is being suspended.
   *
   * @param e the exception
   * @return the result
   */
  R onTenantSuspended(TenantSuspendedException e);

  /**
   * Handles {@link FieldApiStatus#INTERNAL_SERVER_ERROR 500 Internal Server Error}: A generic error message indicating that the server encountered an unexpected condition that prevented it from fulfilling the request.
   *
   * @param e the exception
   * @return the result
   */
  R onInternalServerError(InternalServerErrorException e);

  /**
   * Handles {@link FieldApiStatus#SERVICE_UNAVAILABLE 503 Service Unavailable}: The server is currently unable to handle the request due to temporary overloading or maintenance of the server. Typically, this is a temporary state.
   *
   * @param e the exception
   * @return the result
   */
  R onServiceUnavailable(ServiceUnavailableException e);
}
