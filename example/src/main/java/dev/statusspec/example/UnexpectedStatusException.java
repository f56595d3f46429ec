package dev.statusspec.example;

/** A response with a code the Field API's spec does not have, such as one a newer server added. */
public final class UnexpectedStatusException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int code;

  /**
   * @param code the HTTP status code received
   * @param message the response's message
   */
  public UnexpectedStatusException(int code, String message) {
    super(code + ": " + message);
    this.code = code;
  }

  /**
   * The code received.
   *
   * @return the HTTP status code
   */
  public int code() {
    return code;
  }
}
