package com.example;

import javax.annotation.processing.Generated;

/**
 * Handles the statuses of operation {@code probe} of {@link Shop}: Lists every status but GONE, in another order.
 *
 * <p>One method per status the spec lists for the operation, and {@link #onUnknown(int)} for any other code or status. Call it with {@link #dispatch(int, String, ShopProbeHandler)} for raw input from the wire, or {@link #dispatch(ShopException, ShopProbeHandler)} for a caught exception. A status added to the operation adds a method here, so every implementation stops compiling until it handles the new status; the handlers of other operations do not change.
 *
 * @param <R> the result of handling a status
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public interface ShopProbeHandler<R> {
  /**
   * Handles {@link ShopStatus#SERVICE_UNAVAILABLE 503 Service Unavailable}
   *
   * @return the result
   */
  R onServiceUnavailable();

  /**
   * Handles {@link ShopStatus#UNKNOWN 299 Unknown Outcome}
   *
   * @return the result
   */
  R onUnknown();

  /**
   * Handles {@link ShopStatus#CART_LOCKED 409 Cart Locked (errorCode cart_locked)}
   *
   * @return the result
   * @deprecated the API has deprecated this status.
   */
  @Deprecated
  R onCartLocked();

  /**
   * Handles {@link ShopStatus#OUT_OF_STOCK 409 Out Of Stock (errorCode out_of_stock)}
   *
   * @return the result
   */
  R onOutOfStock();

  /**
   * Handles {@link ShopStatus#CONFLICT 409 Conflict (errorCode conflict)}
   *
   * @return the result
   */
  R onConflict();

  /**
   * Handles {@link ShopStatus#NOT_FOUND 404 Not Found}
   *
   * @return the result
   */
  R onNotFound();

  /**
   * Handles {@link ShopStatus#BAD_REQUEST 400 Bad Request}
   *
   * @return the result
   */
  R onBadRequest();

  /**
   * Handles {@link ShopStatus#NO_CONTENT 204 No Content}
   *
   * @return the result
   * @deprecated Use 200 with an empty body.
   */
  @Deprecated
  R onNoContent();

  /**
   * Handles {@link ShopStatus#CREATED 201 Created}
   *
   * @return the result
   */
  R onCreated();

  /**
   * Handles {@link ShopStatus#OK 200 OK}
   *
   * @return the result
   */
  R onOk();

  /**
   * Handles what the operation is not documented to return: a status of the spec it does not list, or a code the spec does not have, such as one a newer version of the API added.
   *
   * @param code the HTTP status code received
   * @return the result
   */
  R onUnknown(int code);

  /**
   * Calls the method of {@code handler} for raw input from the wire: the method of the status {@link ShopStatus#resolve(int, String)} finds when the operation lists it, else {@code onUnknown(code)}, also for a code the spec does not have. Takes constant time and allocates nothing.
   *
   * @param code the HTTP status code received
   * @param errorCode the API's error code received, or null
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @SuppressWarnings("deprecation")
  static <R> R dispatch(int code, String errorCode, ShopProbeHandler<R> handler) {
    switch (code) {
      case 200:
        return handler.onOk();
      case 201:
        return handler.onCreated();
      case 204:
        return handler.onNoContent();
      case 299:
        return handler.onUnknown();
      case 400:
        return handler.onBadRequest();
      case 404:
        return handler.onNotFound();
      case 409:
        return dispatch409(errorCode, handler);
      case 503:
        return handler.onServiceUnavailable();
      default:
        return handler.onUnknown(code);
    }
  }

  /**
   * Calls the method of {@code handler} for a caught exception: the method of its status when the operation lists it, else {@code onUnknown(e.code())}, as {@link #dispatch(int, String, ShopProbeHandler)} does for the exception's code and errorCode. Takes constant time.
   *
   * @param e the exception, e.g. one a generated client adapter threw
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  static <R> R dispatch(ShopException e, ShopProbeHandler<R> handler) {
    return dispatch(e.code(), e.status().errorCode().orElse(null), handler);
  }

  /**
   * {@link #dispatch(int, String, ShopProbeHandler) dispatch} of code 409, which the spec has several statuses of.
   *
   * @param errorCode the API's error code received, or null
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @SuppressWarnings("deprecation")
  private static <R> R dispatch409(String errorCode, ShopProbeHandler<R> handler) {
    if (errorCode != null) {
      switch (errorCode) {
        case "out_of_stock":
          return handler.onOutOfStock();
        case "cart_locked":
          return handler.onCartLocked();
        default:
          break;
      }
    }
    return handler.onConflict();
  }
}
