package com.example;

import javax.annotation.Generated;

/**
 * The root of the exceptions of {@link FieldApi}: one final subclass per error status of the spec, below {@code FieldApiClientException} for 4xx and {@code FieldApiServerException} for 5xx. Create one with {@link #of(FieldApiStatus, String)} or {@link FieldApiStatus#toException(String)}; handle them exhaustively with {@link #accept(FieldApiExceptionHandler)}.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public abstract class FieldApiException extends RuntimeException {
  /**
   * The serialization version.
   */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception, for the generated subclasses.
   *
   * @param message the detail message
   */
  FieldApiException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause, for the generated subclasses.
   *
   * @param message the detail message
   * @param cause the cause, or null
   */
  FieldApiException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The status this exception signals.
   *
   * @return the status, never null
   */
  public abstract FieldApiStatus status();

  /**
   * The HTTP status code of {@link #status()}.
   *
   * @return the code
   */
  public int code() {
    return status().code();
  }

  /**
   * Calls the method of {@code handler} for this exception's status.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  public abstract <R> R accept(FieldApiExceptionHandler<R> handler);

  /**
   * A new exception of the class of {@code status}.
   *
   * @param status an error status (4xx or 5xx)
   * @param message the detail message
   * @return the exception
   * @throws IllegalStateException if {@code status} is not an error
   */
  public static FieldApiException of(FieldApiStatus status, String message) {
    switch (status) {
      case BAD_REQUEST:
        return new BadRequestException(message);
      case UNAUTHORIZED:
        return new UnauthorizedException(message);
      case PAYMENT_REQUIRED:
        return new PaymentRequiredException(message);
      case FORBIDDEN:
        return new ForbiddenException(message);
      case NOT_FOUND:
        return new NotFoundException(message);
      case CONFLICT:
        return new ConflictException(message);
      case TENANT_SUSPENDED:
        return new TenantSuspendedException(message);
      case INTERNAL_SERVER_ERROR:
        return new InternalServerErrorException(message);
      case SERVICE_UNAVAILABLE:
        return new ServiceUnavailableException(message);
      default:
        throw new IllegalStateException(status + " is not an error status (4xx or 5xx) and has no exception");
    }
  }

  /**
   * A new exception of the class of {@code status}, with a cause.
   *
   * @param status an error status (4xx or 5xx)
   * @param message the detail message
   * @param cause the cause, or null
   * @return the exception
   * @throws IllegalStateException if {@code status} is not an error
   */
  public static FieldApiException of(FieldApiStatus status, String message, Throwable cause) {
    FieldApiException exception = of(status, message);
    if (cause != null) {
      exception.initCause(cause);
    }
    return exception;
  }
}
