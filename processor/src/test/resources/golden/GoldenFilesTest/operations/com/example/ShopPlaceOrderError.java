package com.example;

import javax.annotation.processing.Generated;

/**
 * An error of operation {@code placeOrder} of {@link Shop}: Places an order for the items of a cart.
 *
 * <p>Implemented by the exception of each error status the spec lists for the operation, and by no other class (the interface is sealed, so a pattern switch over it is exhaustive):
 * <ul>
 * <li>{@link BadRequestException}: 400 Bad Request
 * <li>{@link OutOfStockException}: 409 Out Of Stock (errorCode out_of_stock)
 * <li>{@link LockedCartException}: 409 Cart Locked (errorCode cart_locked)
 * <li>{@link ServiceUnavailableException}: 503 Service Unavailable
 * </ul>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
@SuppressWarnings("deprecation")
public sealed interface ShopPlaceOrderError permits BadRequestException, OutOfStockException, LockedCartException, ServiceUnavailableException {
  /**
   * The status this error signals.
   *
   * @return the status, never null
   */
  ShopStatus status();
}
