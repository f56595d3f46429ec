package com.example;

import javax.annotation.processing.Generated;

/**
 * Handles the statuses of operation {@code createField} of {@link FieldApi}: Creates a field in the tenant's catalogue.
 *
 * <p>One method per status the spec lists for the operation, and {@link #onUnknown(int)} for any other code or status. Call it with {@link #dispatch(int, String, FieldApiCreateFieldHandler)} for raw input from the wire, or {@link #dispatch(FieldApiException, FieldApiCreateFieldHandler)} for a caught exception. A status added to the operation adds a method here, so every implementation stops compiling until it handles the new status; the handlers of other operations do not change.
 *
 * @param <R> the result of handling a status
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public interface FieldApiCreateFieldHandler<R> {
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
   * Handles {@link FieldApiStatus#SERVICE_UNAVAILABLE 503 Service Unavailable}: The server is currently unable to handle the request due to temporary overloading or maintenance of the server. Typically, this is a temporary state.
   *
   * @return the result
   */
  R onServiceUnavailable();

  /**
   * Handles what the operation is not documented to return: a status of the spec it does not list, or a code the spec does not have, such as one a newer version of the API added.
   *
   * @param code the HTTP status code received
   * @return the result
   */
  R onUnknown(int code);

  /**
   * Calls the method of {@code handler} for raw input from the wire: the method of the status {@link FieldApiStatus#resolve(int, String)} finds when the operation lists it, else {@code onUnknown(code)}, also for a code the spec does not have. Takes constant time and allocates nothing.
   *
   * @param code the HTTP status code received
   * @param errorCode the API's error code received, or null
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  static <R> R dispatch(int code, String errorCode, FieldApiCreateFieldHandler<R> handler) {
    switch (code) {
      case 201:
        return handler.onCreated();
      case 400:
        return handler.onBadRequest();
      case 401:
        return handler.onUnauthorized();
      case 402:
        return handler.onPaymentRequired();
      case 409:
        return dispatch409(errorCode, handler);
      case 503:
        return handler.onServiceUnavailable();
      default:
        return handler.onUnknown(code);
    }
  }

  /**
   * Calls the method of {@code handler} for a caught exception: the method of its status when the operation lists it, else {@code onUnknown(e.code())}, as {@link #dispatch(int, String, FieldApiCreateFieldHandler)} does for the exception's code and errorCode. Takes constant time.
   *
   * @param e the exception, e.g. one a generated client adapter threw
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  static <R> R dispatch(FieldApiException e, FieldApiCreateFieldHandler<R> handler) {
    return dispatch(e.code(), e.status().errorCode().orElse(null), handler);
  }

  /**
   * {@link #dispatch(int, String, FieldApiCreateFieldHandler) dispatch} of code 409, which the spec has several statuses of.
   *
   * @param errorCode the API's error code received, or null
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  private static <R> R dispatch409(String errorCode, FieldApiCreateFieldHandler<R> handler) {
    if (errorCode != null) {
      switch (errorCode) {
        case "tenant_suspended":
          return handler.onTenantSuspended();
        default:
          break;
      }
    }
    return handler.onConflict();
  }
}
