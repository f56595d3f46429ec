package com.example;

import java.net.URI;
import java.util.Optional;
import javax.annotation.Generated;

/**
 * Status codes returned by the Field API in the iPad and Web apps' API and sent to webhooks. "Client" means the requesting user or application, not a client in the customer sense.
 *
 * <p>One constant per status of the spec <code>statuses.yaml</code>, in the order of the spec. Look statuses up with {@link #fromCode(int)}, {@link #resolve(int)} and {@link #resolve(int, String)}, in constant time and without allocating; hand raw input from the wire to {@link #dispatch(int, String, FieldApiStatusHandler)}, which never fails on codes the spec does not have.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public enum FieldApiStatus implements FieldApi {
  /**
   * 200 OK: The request has succeeded.
   */
  OK,

  /**
   * 201 Created: The request has been fulfilled, and a new resource has been created.
   */
  CREATED,

  /**
   * 400 Bad Request: The server could not process the request due to invalid syntax, malformed data, or because the request violates business rules, even if it is properly formed.
   */
  BAD_REQUEST,

  /**
   * 401 Unauthorized: The client must authenticate itself to get the requested response. Typically used when authentication credentials are missing or incorrect.
   */
  UNAUTHORIZED,

  /**
   * 402 Payment Required: The subscription payment is either past-due or is a trial and has expired.
   */
  PAYMENT_REQUIRED,

  /**
   * 403 Forbidden: The client does not have permission to access the requested resource. Unlike 401, authenticating will not make a difference.
   */
  FORBIDDEN,

  /**
   * 404 Not Found: The server could not find the requested resource. This status code is commonly used for non-existent endpoints or resources.
   */
  NOT_FOUND,

  /**
   * 409 Conflict (errorCode conflict): Indicates that the request could not be completed due to a conflict with the current state of the target resource. Used for operations that would result in a conflict such as duplicate entries.
   */
  CONFLICT,

  /**
   * 409 Tenant Suspended (errorCode tenant_suspended): The tenant subscription has been suspended. This will occur if we suspect your tenant of violating terms of service and is being suspended.
   */
  TENANT_SUSPENDED,

  /**
   * 500 Internal Server Error: A generic error message indicating that the server encountered an unexpected condition that prevented it from fulfilling the request.
   */
  INTERNAL_SERVER_ERROR,

  /**
   * 503 Service Unavailable: The server is currently unable to handle the request due to temporary overloading or maintenance of the server. Typically, this is a temporary state.
   *
   * <p>Retryable.
   */
  SERVICE_UNAVAILABLE;

  /**
   * The HTTP status code.
   */
  private final int code;

  /**
   * Whether a request that got this status may be retried.
   */
  private final boolean retryable;

  /**
   * Creates a status; its code, retry flag and texts are in {@link Data}, by ordinal.
   */
  FieldApiStatus() {
    this.code = Data.CODES[ordinal()];
    this.retryable = Data.RETRYABLE[ordinal()];
  }

  /**
   * The HTTP status code, e.g. {@code 404}.
   *
   * @return the code, 100 to 599
   */
  public int code() {
    return code;
  }

  /**
   * The reason phrase, the spec's {@code name}, e.g. {@code Not Found}.
   *
   * @return the reason phrase
   */
  public String reasonPhrase() {
    return Data.REASON_PHRASES[ordinal()];
  }

  /**
   * The description from the spec, or the empty string when it has none.
   *
   * @return the description, never null
   */
  public String description() {
    return Data.DESCRIPTIONS[ordinal()];
  }

  /**
   * The API's own error code that tells this status apart from others with the same HTTP code, if the spec gives one.
   *
   * @return the error code, or empty
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(Data.ERROR_CODES[ordinal()]);
  }

  /**
   * Whether the spec says a request that got this status may be retried.
   *
   * @return whether it is retryable
   */
  public boolean isRetryable() {
    return retryable;
  }

  /**
   * The type of this status's problem details (RFC 9457): the spec's {@code type}, else {@code problem.typeBase} and the id in lower case with {@code -} for {@code _}, else {@code about:blank}. The same instance on every call.
   *
   * @return the problem type URI
   */
  public URI problemType() {
    return Data.PROBLEM_TYPES[ordinal()];
  }

  /**
   * Whether this status is informational (1xx).
   *
   * @return true if it is
   */
  public boolean isInformational() {
    return code >= 100 && code <= 199;
  }

  /**
   * Whether this status is a success (2xx).
   *
   * @return true if it is
   */
  public boolean isSuccess() {
    return code >= 200 && code <= 299;
  }

  /**
   * Whether this status is a redirection (3xx).
   *
   * @return true if it is
   */
  public boolean isRedirection() {
    return code >= 300 && code <= 399;
  }

  /**
   * Whether this status is a client error (4xx).
   *
   * @return true if it is
   */
  public boolean isClientError() {
    return code >= 400 && code <= 499;
  }

  /**
   * Whether this status is a server error (5xx).
   *
   * @return true if it is
   */
  public boolean isServerError() {
    return code >= 500 && code <= 599;
  }

  /**
   * Whether this status is an error (4xx or 5xx), which has an exception class.
   *
   * @return true if it is
   */
  public boolean isError() {
    return code >= 400 && code <= 599;
  }

  /**
   * Calls the method of {@code handler} for this status.
   *
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  public <R> R accept(FieldApiStatusHandler<R> handler) {
    switch (this) {
      case OK:
        return handler.onOk();
      case CREATED:
        return handler.onCreated();
      case BAD_REQUEST:
        return handler.onBadRequest();
      case UNAUTHORIZED:
        return handler.onUnauthorized();
      case PAYMENT_REQUIRED:
        return handler.onPaymentRequired();
      case FORBIDDEN:
        return handler.onForbidden();
      case NOT_FOUND:
        return handler.onNotFound();
      case CONFLICT:
        return handler.onConflict();
      case TENANT_SUSPENDED:
        return handler.onTenantSuspended();
      case INTERNAL_SERVER_ERROR:
        return handler.onInternalServerError();
      case SERVICE_UNAVAILABLE:
        return handler.onServiceUnavailable();
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * The exception of this status, for code that signals it by throwing.
   *
   * @param message the detail message
   * @return a new exception of this status's class
   * @throws IllegalStateException if this status is not an error (4xx or 5xx)
   */
  public FieldApiException toException(String message) {
    return FieldApiException.of(this, message);
  }

  /**
   * The status of a code: the first the spec lists for it.
   *
   * @param code an HTTP status code
   * @return the code's status
   * @throws IllegalArgumentException if the spec has no status with this code
   */
  public static FieldApiStatus fromCode(int code) {
    FieldApiStatus status = findByCode(code);
    if (status == null) {
      throw new IllegalArgumentException("FieldApiStatus has no status with code " + code);
    }
    return status;
  }

  /**
   * The status of a code, the first the spec lists for it, if any.
   *
   * @param code an HTTP status code, or any other number
   * @return the code's status, or empty if the spec has no status with this code
   */
  public static Optional<FieldApiStatus> resolve(int code) {
    return code >= 100 && code <= 599 ? Index.RESOLVED_BY_CODE[code - 100] : Optional.<FieldApiStatus>empty();
  }

  /**
   * The status of a code and error code, as a response carries them: the status with both, else the code's first status.
   *
   * @param code an HTTP status code, or any other number
   * @param errorCode the API's error code from the response, or null
   * @return the status, or empty if the spec has no status with this code
   */
  public static Optional<FieldApiStatus> resolve(int code, String errorCode) {
    FieldApiStatus status = find(code, errorCode);
    return status == null ? Optional.<FieldApiStatus>empty() : Index.RESOLVED[status.ordinal()];
  }

  /**
   * The status of a problem-details body (RFC 9457): the status whose {@link #problemType()} is {@code type}, when {@code type} is neither null nor {@code about:blank} and the spec has it; else {@link #resolve(int, String) resolve(status, errorCode)}. Constant time, no allocation.
   *
   * @param status the HTTP status code of the response (or the body's {@code status})
   * @param type the body's {@code type}, or null
   * @param errorCode the body's errorCode member, or null
   * @return the status, or empty if neither the type nor the code is the spec's
   */
  public static Optional<FieldApiStatus> fromProblem(int status, String type, String errorCode) {
    if (type != null) {
      FieldApiStatus typed = Index.byType(type);
      if (typed != null) {
        return Index.RESOLVED[typed.ordinal()];
      }
    }
    return resolve(status, errorCode);
  }

  /**
   * Calls the method of {@code handler} for raw input from the wire: the status's method as {@link #resolve(int, String)} finds it, or {@code onUnknown(code)} for a code the spec does not have, such as one a newer server added.
   *
   * @param code the HTTP status code received
   * @param errorCode the API's error code received, or null
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  public static <R> R dispatch(int code, String errorCode, FieldApiStatusHandler<R> handler) {
    FieldApiStatus status = find(code, errorCode);
    return status == null ? handler.onUnknown(code) : status.accept(handler);
  }

  /**
   * The first status of a code.
   *
   * @param code any number
   * @return the status, or null if the spec has none with this code
   */
  private static FieldApiStatus findByCode(int code) {
    return code >= 100 && code <= 599 ? Index.BY_CODE[code - 100] : null;
  }

  /**
   * The status with a code and error code, else the code's first status.
   *
   * @param code any number
   * @param errorCode an error code, or null
   * @return the status, or null if the spec has none with this code
   */
  private static FieldApiStatus find(int code, String errorCode) {
    if (errorCode != null) {
      FieldApiStatus keyed = Index.byErrorCode(code, errorCode);
      if (keyed != null) {
        return keyed;
      }
    }
    return findByCode(code);
  }

  /**
   * The data of each status by ordinal, apart so the enum's initializer stays small.
   */
  private static final class Data {
    /**
     * The codes, by ordinal.
     */
    static final int[] CODES = codes();

    /**
     * The retry flags, by ordinal.
     */
    static final boolean[] RETRYABLE = retryable();

    /**
     * The reason phrases, by ordinal.
     */
    static final String[] REASON_PHRASES = reasonPhrases();

    /**
     * The descriptions, by ordinal.
     */
    static final String[] DESCRIPTIONS = descriptions();

    /**
     * The error codes (null where none), by ordinal.
     */
    static final String[] ERROR_CODES = errorCodes();

    /**
     * The problem type URIs, as text, by ordinal.
     */
    static final String[] PROBLEM_TYPE_NAMES = problemTypeNames();

    /**
     * The problem type URIs, by ordinal.
     */
    static final URI[] PROBLEM_TYPES = problemTypes();

    /**
     * Not instantiable.
     */
    private Data() {
    }

    /**
     * Builds the codes.
     *
     * @return a new array, by ordinal
     */
    private static int[] codes() {
      return new int[] {
          200,
          201,
          400,
          401,
          402,
          403,
          404,
          409,
          409,
          500,
          503
      };
    }

    /**
     * Builds the retry flags.
     *
     * @return a new array, by ordinal
     */
    private static boolean[] retryable() {
      return new boolean[] {
          false,
          false,
          false,
          false,
          false,
          false,
          false,
          false,
          false,
          false,
          true
      };
    }

    /**
     * Builds the reason phrases.
     *
     * @return a new array, by ordinal
     */
    private static String[] reasonPhrases() {
      return new String[] {
          "OK",
          "Created",
          "Bad Request",
          "Unauthorized",
          "Payment Required",
          "Forbidden",
          "Not Found",
          "Conflict",
          "Tenant Suspended",
          "Internal Server Error",
          "Service Unavailable"
      };
    }

    /**
     * Builds the descriptions.
     *
     * @return a new array, by ordinal
     */
    private static String[] descriptions() {
      return new String[] {
          "The request has succeeded.",
          "The request has been fulfilled, and a new resource has been created.",
          "The server could not process the request due to invalid syntax, malformed data, or because the request violates business rules, even if it is properly formed.",
          "The client must authenticate itself to get the requested response. Typically used when authentication credentials are missing or incorrect.",
          "The subscription payment is either past-due or is a trial and has expired.",
          "The client does not have permission to access the requested resource. Unlike 401, authenticating will not make a difference.",
          "The server could not find the requested resource. This status code is commonly used for non-existent endpoints or resources.",
          "Indicates that the request could not be completed due to a conflict with the current state of the target resource. Used for operations that would result in a conflict such as duplicate entries.",
          "The tenant subscription has been suspended. This will occur if we suspect your tenant of violating terms of service and is being suspended.",
          "A generic error message indicating that the server encountered an unexpected condition that prevented it from fulfilling the request.",
          "The server is currently unable to handle the request due to temporary overloading or maintenance of the server. Typically, this is a temporary state."
      };
    }

    /**
     * Builds the error codes (null where none).
     *
     * @return a new array, by ordinal
     */
    private static String[] errorCodes() {
      return new String[] {
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          "conflict",
          "tenant_suspended",
          null,
          null
      };
    }

    /**
     * Builds the problem type URIs, as text.
     *
     * @return a new array, by ordinal
     */
    private static String[] problemTypeNames() {
      return new String[] {
          "https://api.fieldapi.example/problems/ok",
          "https://api.fieldapi.example/problems/created",
          "https://api.fieldapi.example/problems/bad-request",
          "https://api.fieldapi.example/problems/unauthorized",
          "https://api.fieldapi.example/problems/payment-required",
          "https://api.fieldapi.example/problems/forbidden",
          "https://api.fieldapi.example/problems/not-found",
          "https://api.fieldapi.example/problems/conflict",
          "https://api.fieldapi.example/problems/suspended",
          "https://api.fieldapi.example/problems/internal-server-error",
          "https://api.fieldapi.example/problems/service-unavailable"
      };
    }

    /**
     * Builds the problem type URIs; the processor checked that each is one.
     *
     * @return a new array, by ordinal
     */
    private static URI[] problemTypes() {
      URI[] types = new URI[PROBLEM_TYPE_NAMES.length];
      for (int i = 0; i < types.length; i++) {
        types[i] = i > 0 && PROBLEM_TYPE_NAMES[i].equals(PROBLEM_TYPE_NAMES[i - 1]) ? types[i - 1] : URI.create(PROBLEM_TYPE_NAMES[i]);
      }
      return types;
    }
  }

  /**
   * The lookup tables, built on first use.
   */
  private static final class Index {
    /**
     * The first status of each code, at {@code code - 100}.
     */
    static final FieldApiStatus[] BY_CODE = new FieldApiStatus[500];

    /**
     * The statuses with an error code, in an open-addressing table keyed by code and error code.
     */
    static final FieldApiStatus[] BY_ERROR_CODE = new FieldApiStatus[4];

    /**
     * The statuses whose problem type is not {@code about:blank}, in an open-addressing table keyed by the type's text.
     */
    static final FieldApiStatus[] BY_TYPE = new FieldApiStatus[32];

    /**
     * Every status wrapped once, by ordinal: lookups allocate nothing.
     */
    static final Optional<FieldApiStatus>[] RESOLVED;

    /**
     * The wrapped first status of each code, at {@code code - 100}.
     */
    static final Optional<FieldApiStatus>[] RESOLVED_BY_CODE;

    static {
      FieldApiStatus[] all = values();
      Optional<FieldApiStatus>[] resolved = optionals(all.length);
      for (FieldApiStatus status : all) {
        resolved[status.ordinal()] = Optional.of(status);
        if (BY_CODE[status.code() - 100] == null) {
          BY_CODE[status.code() - 100] = status;
        }
        String errorCode = Data.ERROR_CODES[status.ordinal()];
        if (errorCode != null) {
          int slot = slot(status.code(), errorCode);
          while (BY_ERROR_CODE[slot] != null) {
            slot = (slot + 1) & (BY_ERROR_CODE.length - 1);
          }
          BY_ERROR_CODE[slot] = status;
        }
        String type = Data.PROBLEM_TYPE_NAMES[status.ordinal()];
        if (!type.equals("about:blank")) {
          int typeSlot = typeSlot(type);
          while (BY_TYPE[typeSlot] != null) {
            typeSlot = (typeSlot + 1) & (BY_TYPE.length - 1);
          }
          BY_TYPE[typeSlot] = status;
        }
      }
      RESOLVED = resolved;
      Optional<FieldApiStatus>[] byCode = optionals(BY_CODE.length);
      for (int i = 0; i < BY_CODE.length; i++) {
        byCode[i] = BY_CODE[i] == null ? Optional.<FieldApiStatus>empty() : resolved[BY_CODE[i].ordinal()];
      }
      RESOLVED_BY_CODE = byCode;
    }

    /**
     * Not instantiable.
     */
    private Index() {
    }

    /**
     * A new array of {@code length} optionals; Java has no generic array creation.
     *
     * @param length the length
     * @param <T> the type of the optionals' values
     * @return the array, all null
     */
    @SuppressWarnings("unchecked")
    private static <T> Optional<T>[] optionals(int length) {
      return (Optional<T>[]) new Optional<?>[length];
    }

    /**
     * The first slot to probe for a code and error code.
     *
     * @param code the HTTP status code
     * @param errorCode the error code
     * @return an index of {@link #BY_ERROR_CODE}
     */
    static int slot(int code, String errorCode) {
      int hash = code * 31 + errorCode.hashCode();
      return (hash ^ (hash >>> 16)) & (BY_ERROR_CODE.length - 1);
    }

    /**
     * The status with a code and error code.
     *
     * @param code the HTTP status code
     * @param errorCode the error code
     * @return the status, or null if none has both
     */
    static FieldApiStatus byErrorCode(int code, String errorCode) {
      for (int slot = slot(code, errorCode); ; slot = (slot + 1) & (BY_ERROR_CODE.length - 1)) {
        FieldApiStatus status = BY_ERROR_CODE[slot];
        if (status == null || (status.code() == code && errorCode.equals(Data.ERROR_CODES[status.ordinal()]))) {
          return status;
        }
      }
    }

    /**
     * The first slot to probe for a problem type.
     *
     * @param type the type URI's text
     * @return an index of {@link #BY_TYPE}
     */
    static int typeSlot(String type) {
      int hash = type.hashCode();
      return (hash ^ (hash >>> 16)) & (BY_TYPE.length - 1);
    }

    /**
     * The status with a problem type.
     *
     * @param type the type URI's text
     * @return the status, or null if none has it
     */
    static FieldApiStatus byType(String type) {
      for (int slot = typeSlot(type); ; slot = (slot + 1) & (BY_TYPE.length - 1)) {
        FieldApiStatus status = BY_TYPE[slot];
        if (status == null || type.equals(Data.PROBLEM_TYPE_NAMES[status.ordinal()])) {
          return status;
        }
      }
    }
  }
}
