package com.example;

import javax.annotation.processing.Generated;

/**
 * An error of operation {@code cancelOrder} of {@link Shop}.
 *
 * <p>Implemented by the exception of each error status the spec lists for the operation, and by no other class (the interface is sealed, so a pattern switch over it is exhaustive):
 * <ul>
 * <li>{@link ConflictException}: 409 Conflict (errorCode conflict)
 * <li>{@link NotFoundException}: 404 Not Found
 * </ul>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public sealed interface ShopCancelOrderError permits ConflictException, NotFoundException {
  /**
   * The status this error signals.
   *
   * @return the status, never null
   */
  ShopStatus status();
}
