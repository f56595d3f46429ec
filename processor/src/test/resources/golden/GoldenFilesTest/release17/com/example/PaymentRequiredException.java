package com.example;

import java.time.Duration;
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

  /**
   * As {@link FieldApiException#withMember(String, Object)}, returning this exception as its own class.
   *
   * @param name the member's name
   * @param value the member's value
   * @return this exception
   */
  @Override
  public PaymentRequiredException withMember(String name, Object value) {
    super.withMember(name, value);
    return this;
  }

  /**
   * As {@link FieldApiException#retryAfter(Duration)}, returning this exception as its own class.
   *
   * @param retryAfter the time to wait, zero or more
   * @return this exception
   */
  @Override
  public PaymentRequiredException retryAfter(Duration retryAfter) {
    super.retryAfter(retryAfter);
    return this;
  }
}
