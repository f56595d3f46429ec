package com.example;

import javax.annotation.processing.Generated;

/**
 * An error of operation {@code probe} of {@link Shop}: Lists every status but GONE, in another order.
 *
 * <p>Implemented by the exception of each error status the spec lists for the operation, and by no other class (the interface is sealed, so a pattern switch over it is exhaustive):
 * <ul>
 * <li>{@link ServiceUnavailableException}: 503 Service Unavailable
 * <li>{@link LockedCartException}: 409 Cart Locked (errorCode cart_locked)
 * <li>{@link OutOfStockException}: 409 Out Of Stock (errorCode out_of_stock)
 * <li>{@link ConflictException}: 409 Conflict (errorCode conflict)
 * <li>{@link NotFoundException}: 404 Not Found
 * <li>{@link BadRequestException}: 400 Bad Request
 * </ul>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
@SuppressWarnings("deprecation")
public sealed interface ShopProbeError permits ServiceUnavailableException, LockedCartException, OutOfStockException, ConflictException, NotFoundException, BadRequestException {
  /**
   * The status this error signals.
   *
   * @return the status, never null
   */
  ShopStatus status();
}
