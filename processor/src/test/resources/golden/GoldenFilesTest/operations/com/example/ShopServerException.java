package com.example;

import javax.annotation.processing.Generated;

/**
 * The root of the exceptions of the server errors (5xx) of {@link Shop}.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public abstract sealed class ShopServerException extends ShopException permits ServiceUnavailableException {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception, for the generated subclasses.
   *
   * @param message the detail message
   */
  ShopServerException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause, for the generated subclasses.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  ShopServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
