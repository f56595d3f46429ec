package com.example;

import javax.annotation.Generated;

/**
 * Handles every status of {@link FieldApi}, one method each. Call it with {@link FieldApiStatus#accept(FieldApiStatusHandler)}, or with {@link FieldApiStatus#dispatch(int, String, FieldApiStatusHandler)} for raw input from the wire. A status added to the spec adds a method here, so every implementation stops compiling until it handles the new status.
 *
 * @param <R> the result of handling a status
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public interface FieldApiStatusHandler<R> {
  /**
   * Handles {@link FieldApiStatus#OK 200 OK}: The request has succeeded.
   *
   * @return the result
   */
  R onOk();

  /**
   * Handles {@link FieldApiStatus#CREATED 201 Created}: The request has been fulfilled, and a new resource has been created.
   *
   * @return the result
   */
  R onCreated();

  /**
   * Handles {@link FieldApiStatus#BAD_REQUEST 400 Bad Request}: The server could not process the request due to invalid syntax, malformed data, or because the request violates business rules, even if it is properly formed.
   *
   * @return the result
   */
  R onBadRequest();

  /**
   * Handles {@link FieldApiStatus#UNAUTHORIZED 401 Unauthorized}: The client must authenticate itself to get the requested response. Typically used when authentication credentials are missing or incorrect.
   *
   * @return the result
   */
  R onUnauthorized();

  /**
   * Handles {@link FieldApiStatus#PAYMENT_REQUIRED 402 Payment Required}: The subscription payment is either past-due or is a trial and has expired.
   *
   * @return the result
   */
  R onPaymentRequired();

  /**
   * Handles {@link FieldApiStatus#FORBIDDEN 403 Forbidden}: The client does not have permission to access the requested resource. Unlike 401, authenticating will not make a difference.
   *
   * @return the result
   */
  R onForbidden();

  /**
   * Handles {@link FieldApiStatus#NOT_FOUND 404 Not Found}: The server could not find the requested resource. This status code is commonly used for non-existent endpoints or resources.
   *
   * @return the result
   */
  R onNotFound();

  /**
   * Handles {@link FieldApiStatus#CONFLICT 409 Conflict (errorCode conflict)}: Indicates that the request could not be completed due to a conflict with the current state of the target resource. Used for operations that would result in a conflict such as duplicate entries.
   *
   * @return the result
   */
  R onConflict();

  /**
   * Handles {@link FieldApiStatus#TENANT_SUSPENDED 409 Tenant Suspended (errorCode tenant_suspended)}: The tenant subscription has been suspended. This will occur if we suspect your tenant of violating terms of service and is being suspended.
   *
   * @return the result
   */
  R onTenantSuspended();

  /**
   * Handles {@link FieldApiStatus#INTERNAL_SERVER_ERROR 500 Internal Server Error}: A generic error message indicating that the server encountered an unexpected condition that prevented it from fulfilling the request.
   *
   * @return the result
   */
  R onInternalServerError();

  /**
   * Handles {@link FieldApiStatus#SERVICE_UNAVAILABLE 503 Service Unavailable}: The server is currently unable to handle the request due to temporary overloading or maintenance of the server. Typically, this is a temporary state.
   *
   * @return the result
   */
  R onServiceUnavailable();

  /**
   * Handles a code the spec does not have, such as one a newer version of the API added.
   *
   * @param code the HTTP status code received
   * @return the result
   */
  R onUnknown(int code);
}
