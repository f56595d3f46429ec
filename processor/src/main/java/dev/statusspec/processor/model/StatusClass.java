package dev.statusspec.processor.model;

/**
 * The five classes of HTTP status codes (RFC 9110, section 15), by the code's first digit: the one
 * list that the enum's predicates ({@code isClientError()}...) and the reference page's sections
 * are made from.
 */
public enum StatusClass {
  /** 1xx. */
  INFORMATIONAL,
  /** 2xx. */
  SUCCESS,
  /** 3xx. */
  REDIRECTION,
  /** 4xx: an error, the client's. */
  CLIENT_ERROR,
  /** 5xx: an error, the server's. */
  SERVER_ERROR;

  /** The class of {@code code}, 100..599. */
  public static StatusClass of(int code) {
    if (code < 100 || code > 599) {
      throw new IllegalArgumentException("not an HTTP status code: " + code);
    }
    return values()[code / 100 - 1];
  }

  /** The first digit of its codes. */
  public int digit() {
    return ordinal() + 1;
  }

  /** Its lowest code, {@code digit * 100}. */
  public int first() {
    return digit() * 100;
  }

  /** Its highest code, {@code digit * 100 + 99}. */
  public int last() {
    return first() + 99;
  }

  /** Whether its statuses are errors (4xx and 5xx), each with an exception class. */
  public boolean isError() {
    return this == CLIENT_ERROR || this == SERVER_ERROR;
  }
}
