package com.example;

import javax.annotation.Generated;

/**
 * Handles the statuses of operation {@code getField} of {@link FieldApi}: Returns one field of the tenant's catalogue.
 *
 * <p>One method per status the spec lists for the operation, and {@link #onUnknown(int)} for any other code or status. Call it with {@link #dispatch(int, String, FieldApiGetFieldHandler)} for raw input from the wire, or {@link #dispatch(FieldApiException, FieldApiGetFieldHandler)} for a caught exception. A status added to the operation adds a method here, so every implementation stops compiling until it handles the new status; the handlers of other operations do not change.
 *
 * @param <R> the result of handling a status
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public interface FieldApiGetFieldHandler<R> {
  /**
   * Handles {@link FieldApiStatus#OK 200 OK}: The request has succeeded.
   *
   * @return the result
   */
  R onOk();

  /**
   * Handles {@link FieldApiStatus#UNAUTHORIZED 401 Unauthorized}: The client must authenticate itself to get the requested response. Typically used when authentication credentials are missing or incorrect.
   *
   * @return the result
   */
  R onUnauthorized();

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
  static <R> R dispatch(int code, String errorCode, FieldApiGetFieldHandler<R> handler) {
    switch (code) {
      case 200:
        return handler.onOk();
      case 401:
        return handler.onUnauthorized();
      case 403:
        return handler.onForbidden();
      case 404:
        return handler.onNotFound();
      case 503:
        return handler.onServiceUnavailable();
      default:
        return handler.onUnknown(code);
    }
  }

  /**
   * Calls the method of {@code handler} for a caught exception: the method of its status when the operation lists it, else {@code onUnknown(e.code())}, as {@link #dispatch(int, String, FieldApiGetFieldHandler)} does for the exception's code and errorCode. Takes constant time.
   *
   * @param e the exception, e.g. one a generated client adapter threw
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  static <R> R dispatch(FieldApiException e, FieldApiGetFieldHandler<R> handler) {
    return dispatch(e.code(), e.status().errorCode().orElse(null), handler);
  }
}
