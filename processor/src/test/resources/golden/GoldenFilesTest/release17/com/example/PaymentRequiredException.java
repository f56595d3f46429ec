package com.example;

import javax.annotation.processing.Generated;

/**
 * Signals {@link FieldApiStatus#PAYMENT_REQUIRED 402 Payment Required}: The subscription payment is either past-due or is a trial and has expired.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class PaymentRequiredException extends FieldApiClientException implements FieldApiCreateFieldError {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the detail message
   */
  public PaymentRequiredException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  public PaymentRequiredException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns {@link FieldApiStatus#PAYMENT_REQUIRED}.
   *
   * @return the status
   */
  @Override
  public FieldApiStatus status() {
    return FieldApiStatus.PAYMENT_REQUIRED;
  }

  /**
   * Calls {@code handler.onPaymentRequired(this)}.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  @Override
  public <R> R accept(FieldApiExceptionHandler<R> handler) {
    return handler.onPaymentRequired(this);
  }
}
