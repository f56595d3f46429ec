package com.example;

import javax.annotation.processing.Generated;

/**
 * Handles the statuses of operation {@code getOrder} of {@link Shop}: Returns an order.
 *
 * <p>One method per status the spec lists for the operation, and {@link #onUnknown(int)} for any other code or status. Call it with {@link #dispatch(int, String, ShopGetOrderHandler)} for raw input from the wire, or {@link #dispatch(ShopException, ShopGetOrderHandler)} for a caught exception. A status added to the operation adds a method here, so every implementation stops compiling until it handles the new status; the handlers of other operations do not change.
 *
 * @param <R> the result of handling a status
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public interface ShopGetOrderHandler<R> {
  /**
   * Handles {@link ShopStatus#OK 200 OK}
   *
   * @return the result
   */
  R onOk();

  /**
   * Handles {@link ShopStatus#NOT_FOUND 404 Not Found}
   *
   * @return the result
   */
  R onNotFound();

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
  static <R> R dispatch(int code, String errorCode, ShopGetOrderHandler<R> handler) {
    switch (code) {
      case 200:
        return handler.onOk();
      case 404:
        return handler.onNotFound();
      default:
        return handler.onUnknown(code);
    }
  }

  /**
   * Calls the method of {@code handler} for a caught exception: the method of its status when the operation lists it, else {@code onUnknown(e.code())}, as {@link #dispatch(int, String, ShopGetOrderHandler)} does for the exception's code and errorCode. Takes constant time.
   *
   * @param e the exception, e.g. one a generated client adapter threw
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  static <R> R dispatch(ShopException e, ShopGetOrderHandler<R> handler) {
    return dispatch(e.code(), e.status().errorCode().orElse(null), handler);
  }
}
