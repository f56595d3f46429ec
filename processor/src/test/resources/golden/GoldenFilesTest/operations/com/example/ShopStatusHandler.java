package com.example;

import javax.annotation.processing.Generated;

/**
 * Handles every status of {@link Shop}, one method each. Call it with {@link ShopStatus#accept(ShopStatusHandler)}, or with {@link ShopStatus#dispatch(int, String, ShopStatusHandler)} for raw input from the wire. A status added to the spec adds a method here, so every implementation stops compiling until it handles the new status.
 *
 * @param <R> the result of handling a status
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public interface ShopStatusHandler<R> {
  /**
   * Handles {@link ShopStatus#OK 200 OK}
   *
   * @return the result
   */
  R onOk();

  /**
   * Handles {@link ShopStatus#CREATED 201 Created}
   *
   * @return the result
   */
  R onCreated();

  /**
   * Handles {@link ShopStatus#NO_CONTENT 204 No Content}
   *
   * @return the result
   * @deprecated Use 200 with an empty body.
   */
  @Deprecated
  R onNoContent();

  /**
   * Handles {@link ShopStatus#UNKNOWN 299 Unknown Outcome}
   *
   * @return the result
   */
  R onUnknown();

  /**
   * Handles {@link ShopStatus#BAD_REQUEST 400 Bad Request}
   *
   * @return the result
   */
  R onBadRequest();

  /**
   * Handles {@link ShopStatus#NOT_FOUND 404 Not Found}
   *
   * @return the result
   */
  R onNotFound();

  /**
   * Handles {@link ShopStatus#CONFLICT 409 Conflict (errorCode conflict)}
   *
   * @return the result
   */
  R onConflict();

  /**
   * Handles {@link ShopStatus#OUT_OF_STOCK 409 Out Of Stock (errorCode out_of_stock)}
   *
   * @return the result
   */
  R onOutOfStock();

  /**
   * Handles {@link ShopStatus#CART_LOCKED 409 Cart Locked (errorCode cart_locked)}
   *
   * @return the result
   * @deprecated the API has deprecated this status.
   */
  @Deprecated
  R onCartLocked();

  /**
   * Handles {@link ShopStatus#GONE 410 Gone}
   *
   * @return the result
   */
  R onGone();

  /**
   * Handles {@link ShopStatus#SERVICE_UNAVAILABLE 503 Service Unavailable}
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
