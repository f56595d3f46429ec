package com.example;

import javax.annotation.processing.Generated;

/**
 * The root of the exceptions of the client errors (4xx) of {@link Shop}.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
@SuppressWarnings("deprecation")
public abstract sealed class ShopClientException extends ShopException permits BadRequestException, NotFoundException, ConflictException, OutOfStockException, LockedCartException, GoneException {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception, for the generated subclasses.
   *
   * @param message the detail message
   */
  ShopClientException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause, for the generated subclasses.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  ShopClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
