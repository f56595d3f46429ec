package com.example;

import javax.annotation.processing.Generated;

/**
 * Handles every exception of {@link Shop}, one method per error status. Call it with {@link ShopException#accept(ShopExceptionHandler)}. An error status added to the spec adds a method here, so every implementation stops compiling until it handles it.
 *
 * @param <R> the result of handling an exception
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public interface ShopExceptionHandler<R> {
  /**
   * Handles {@link ShopStatus#BAD_REQUEST 400 Bad Request}
   *
   * @param e the exception
   * @return the result
   */
  R onBadRequest(BadRequestException e);

  /**
   * Handles {@link ShopStatus#NOT_FOUND 404 Not Found}
   *
   * @param e the exception
   * @return the result
   */
  R onNotFound(NotFoundException e);

  /**
   * Handles {@link ShopStatus#CONFLICT 409 Conflict (errorCode conflict)}
   *
   * @param e the exception
   * @return the result
   */
  R onConflict(ConflictException e);

  /**
   * Handles {@link ShopStatus#OUT_OF_STOCK 409 Out Of Stock (errorCode out_of_stock)}
   *
   * @param e the exception
   * @return the result
   */
  R onOutOfStock(OutOfStockException e);

  /**
   * Handles {@link ShopStatus#CART_LOCKED 409 Cart Locked (errorCode cart_locked)}
   *
   * @param e the exception
   * @return the result
   * @deprecated the API has deprecated this status.
   */
  @Deprecated
  R onCartLocked(LockedCartException e);

  /**
   * Handles {@link ShopStatus#GONE 410 Gone}
   *
   * @param e the exception
   * @return the result
   */
  R onGone(GoneException e);

  /**
   * Handles {@link ShopStatus#SERVICE_UNAVAILABLE 503 Service Unavailable}
   *
   * @param e the exception
   * @return the result
   */
  R onServiceUnavailable(ServiceUnavailableException e);
}
