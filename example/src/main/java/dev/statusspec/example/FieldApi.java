package dev.statusspec.example;

import dev.statusspec.StatusSpec;

/**
 * The Field API's status codes. statusspec generates, in this package and from {@code
 * field-api-statuses.yaml}: {@code FieldApiStatus} (an enum implementing this interface), {@code
 * FieldApiException} with one subclass per error status, and the exhaustive {@code
 * FieldApiStatusHandler} and {@code FieldApiExceptionHandler}.
 *
 * <p>Methods declared here are on every status: abstract ones must be among those the enum
 * provides, default ones may build on them.
 */
@StatusSpec("field-api-statuses.yaml")
public interface FieldApi {

  /**
   * The HTTP status code.
   *
   * @return the code
   */
  int code();

  /**
   * The reason phrase.
   *
   * @return the reason phrase
   */
  String reasonPhrase();

  /**
   * The status as a log line shows it.
   *
   * @return e.g. {@code 409 Tenant Suspended}
   */
  default String label() {
    return code() + " " + reasonPhrase();
  }
}
