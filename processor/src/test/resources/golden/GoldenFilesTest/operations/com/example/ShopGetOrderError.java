package com.example;

import javax.annotation.processing.Generated;

/**
 * An error of operation {@code getOrder} of {@link Shop}: Returns an order.
 *
 * <p>Implemented by the exception of each error status the spec lists for the operation, and by no other class (the interface is sealed, so a pattern switch over it is exhaustive):
 * <ul>
 * <li>{@link NotFoundException}: 404 Not Found
 * </ul>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public sealed interface ShopGetOrderError permits NotFoundException {
  /**
   * The status this error signals.
   *
   * @return the status, never null
   */
  ShopStatus status();
}
