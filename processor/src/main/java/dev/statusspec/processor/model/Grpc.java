package dev.statusspec.processor.model;

import dev.statusspec.processor.diag.Position;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The spec's {@code grpc:} section and the gRPC side of its statuses (AIP-193): each error status
 * travels as a canonical {@code google.rpc.Code}, by default the HTTP mapping of {@code
 * google/rpc/code.proto} read backwards ({@link #defaultCode}), else the status's own {@code grpc:}
 * override; its {@code ErrorInfo} carries the status's id as {@code reason} and the section's
 * {@code domain}.
 *
 * @param present whether the spec has a top-level {@code grpc:} key (even empty)
 * @param domain the {@code ErrorInfo} domain the spec gives, if any (default: the annotated
 *     interface's package, which the model does not know)
 * @param domainPosition where {@code domain} is, or the section's (or the file's) start
 */
public record Grpc(boolean present, Optional<String> domain, Position domainPosition) {

  /**
   * The names of {@code google.rpc.Code} a status may travel as, in the order of {@code code.proto}
   * (values 1 to 16): every code but {@code OK}, which is no error.
   */
  public static final List<String> ERROR_CODES =
      List.of(
          "CANCELLED",
          "UNKNOWN",
          "INVALID_ARGUMENT",
          "DEADLINE_EXCEEDED",
          "NOT_FOUND",
          "ALREADY_EXISTS",
          "PERMISSION_DENIED",
          "RESOURCE_EXHAUSTED",
          "FAILED_PRECONDITION",
          "ABORTED",
          "OUT_OF_RANGE",
          "UNIMPLEMENTED",
          "INTERNAL",
          "UNAVAILABLE",
          "DATA_LOSS",
          "UNAUTHENTICATED");

  /** The longest {@code ErrorInfo.reason} AIP-193 allows. */
  public static final int MAX_REASON_LENGTH = 63;

  /** AIP-193's {@code ErrorInfo.reason}: {@code [A-Z][A-Z0-9_]+[A-Z0-9]}, at most 63 characters. */
  private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]*[A-Z0-9]");

  /** A spec without a {@code grpc:} section. */
  public static Grpc absent(Position position) {
    return new Grpc(false, Optional.empty(), position);
  }

  /**
   * The gRPC code of an error with HTTP status {@code httpCode} when the status names none: the
   * HTTP mapping of {@code google/rpc/code.proto} read backwards, {@code FAILED_PRECONDITION} for
   * other 4xx codes and {@code INTERNAL} for other 5xx codes (and anything else).
   */
  public static String defaultCode(int httpCode) {
    return switch (httpCode) {
      case 400 -> "INVALID_ARGUMENT";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "PERMISSION_DENIED";
      case 404 -> "NOT_FOUND";
      case 409 -> "ABORTED";
      case 412 -> "FAILED_PRECONDITION";
      case 416 -> "OUT_OF_RANGE";
      case 429 -> "RESOURCE_EXHAUSTED";
      case 499 -> "CANCELLED";
      case 501 -> "UNIMPLEMENTED";
      case 503 -> "UNAVAILABLE";
      case 504 -> "DEADLINE_EXCEEDED";
      default -> httpCode >= 400 && httpCode < 500 ? "FAILED_PRECONDITION" : "INTERNAL";
    };
  }

  /** The gRPC code {@code status} travels as: its {@code grpc:}, else {@link #defaultCode}. */
  public static String codeOf(Status status) {
    return status.grpc().orElseGet(() -> defaultCode(status.code()));
  }

  /** Whether {@code reason} is an {@code ErrorInfo.reason} as AIP-193 writes them. */
  public static boolean isValidReason(String reason) {
    return reason.length() <= MAX_REASON_LENGTH && REASON.matcher(reason).matches();
  }
}
