package com.example;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Generated;

/**
 * gRPC adapter of {@link Shop}, errors as AIP-193 has them: a {@link ShopException} travels as the canonical gRPC code of its status, its message as the status's description and as {@code google.rpc.Status.message}, and an {@code ErrorInfo} detail whose {@code reason} is the status's id (its {@link ShopStatus} constant's name), whose {@code domain} is {@link #DOMAIN}, with the metadata {@code errorCode} (when the status has one) and {@code httpStatus}. Nothing else of the exception travels.
 *
 * <p>Servers register {@code ShopGrpcServerInterceptor}; clients catch {@code StatusRuntimeException} and call {@link #fromThrowable(Throwable)}, or register {@code ShopGrpcClientInterceptor} and find the exception as the {@code StatusRuntimeException}'s cause.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class ShopGrpc {
  /**
   * The {@code domain} of the {@code ErrorInfo} of this API's errors: the spec's {@code grpc.domain}, else the package of {@link Shop}.
   */
  public static final String DOMAIN = "shop.example.com";

  /**
   * The key of the {@code ErrorInfo} metadata entry that holds the status's errorCode, present when the status has one.
   */
  public static final String ERROR_CODE = "errorCode";

  /**
   * The key of the {@code ErrorInfo} metadata entry that holds the status's HTTP status code, in decimal.
   */
  public static final String HTTP_STATUS = "httpStatus";

  /**
   * How many causes {@link #fromThrowable(Throwable)} looks through, so that a cycle of causes ends.
   */
  private static final int MAX_CAUSES = 64;

  /**
   * Not instantiable.
   */
  private ShopGrpc() {
  }

  /**
   * The gRPC error of {@code e}: its status's gRPC code, its message as the description, and trailers holding the {@code google.rpc.Status} with the same code and message and its details: the {@code ErrorInfo} (reason, domain, the metadata {@code errorCode} when the status has one and {@code httpStatus}, then each of {@code e}'s {@linkplain ShopException#members() members} that is not null, as text), and, when {@code e} has a {@linkplain ShopException#retryAfter() retry delay}, a {@code RetryInfo}. Neither {@code e}'s class, nor its cause, nor its stack trace is part of it.
   *
   * @param e the exception
   * @return the exception to close a call with, or to pass to a {@code StreamObserver}'s {@code onError}
   * @throws NullPointerException if {@code e} is null
   */
  public static StatusRuntimeException toStatusRuntimeException(ShopException e) {
    ShopStatus status = e.status();
    String message = e.getMessage();
    ErrorInfo.Builder info = ErrorInfo.newBuilder().setReason(status.name()).setDomain(DOMAIN);
    if (status.errorCode().isPresent()) {
      info.putMetadata(ERROR_CODE, status.errorCode().get());
    }
    info.putMetadata(HTTP_STATUS, Integer.toString(status.code()));
    for (Map.Entry<String, Object> member : e.members().entrySet()) {
      if (member.getValue() != null && !info.containsMetadata(member.getKey())) {
        info.putMetadata(member.getKey(), String.valueOf(member.getValue()));
      }
    }
    Status.Code code = code(status);
    com.google.rpc.Status.Builder details = com.google.rpc.Status.newBuilder().setCode(code.value()).setMessage(message == null ? "" : message).addDetails(Any.pack(info.build()));
    if (e.retryAfter().isPresent()) {
      Duration delay = e.retryAfter().get();
      details.addDetails(Any.pack(RetryInfo.newBuilder().setRetryDelay(com.google.protobuf.Duration.newBuilder().setSeconds(delay.getSeconds()).setNanos(delay.getNano())).build()));
    }
    // StatusProto writes the details' trailer; the description stays the message,
    // null included (StatusProto's own would be "" for null)
    Metadata trailers = StatusProto.toStatusRuntimeException(details.build()).getTrailers();
    return Status.fromCode(code).withDescription(message).asRuntimeException(trailers);
  }

  /**
   * The exception of this API that a gRPC error stands for, for clients. In {@code t} and its causes: a {@link ShopException} is returned as it is (what {@code ShopGrpcClientInterceptor} puts there); else the first {@code StatusRuntimeException} or {@code StatusException} decides: its {@code ErrorInfo} of domain {@link #DOMAIN} gives the status by its reason; else its gRPC code gives the first status of the spec that travels as that code; else there is none. The exception's message is the gRPC status's description, its cause the gRPC exception.
   *
   * <p>Never throws: null, other domains, unknown reasons, malformed details and missing trailers give a status by code, or empty.
   *
   * @param t what a stub threw (a {@code StatusRuntimeException}, an {@code ExecutionException} of a future stub...), or null
   * @return the exception, or empty when {@code t} is no gRPC error or its code is none of the spec's
   */
  public static Optional<ShopException> fromThrowable(Throwable t) {
    try {
      Throwable cause = t;
      for (int i = 0; cause != null && i < MAX_CAUSES; i++) {
        if (cause instanceof ShopException) {
          return Optional.of((ShopException) cause);
        }
        cause = cause.getCause();
      }
      cause = t;
      for (int i = 0; cause != null && i < MAX_CAUSES; i++) {
        if (cause instanceof StatusRuntimeException) {
          StatusRuntimeException e = (StatusRuntimeException) cause;
          return fromStatus(e.getStatus(), e.getTrailers(), e);
        }
        if (cause instanceof StatusException) {
          StatusException e = (StatusException) cause;
          return fromStatus(e.getStatus(), e.getTrailers(), e);
        }
        cause = cause.getCause();
      }
      return Optional.empty();
    } catch (RuntimeException unexpected) {
      // a Throwable whose getCause() or getTrailers() fails: no error of this API
      return Optional.empty();
    }
  }

  /**
   * The exception of this API that a gRPC status and its trailers stand for, for {@link #fromThrowable(Throwable)} and the client interceptor: its {@linkplain ShopException#problem() problem} holds the metadata of the {@code ErrorInfo} of {@link #DOMAIN} (as text), its {@linkplain ShopException#retryAfter() retry delay} is the details' {@code RetryInfo}.
   *
   * @param status the call's status, or null
   * @param trailers its trailers, or null
   * @param cause the exception's cause, or null
   * @return the exception, or empty for {@code OK}, null, and codes no status of the spec travels as
   */
  static Optional<ShopException> fromStatus(Status status, Metadata trailers, Throwable cause) {
    if (status == null || status.isOk()) {
      return Optional.empty();
    }
    com.google.rpc.Status details = details(status, trailers);
    ErrorInfo info = null;
    Duration delay = null;
    if (details != null) {
      for (Any detail : details.getDetailsList()) {
        try {
          if (info == null && detail.is(ErrorInfo.class)) {
            ErrorInfo candidate = detail.unpack(ErrorInfo.class);
            if (DOMAIN.equals(candidate.getDomain())) {
              info = candidate;
            }
          } else if (delay == null && detail.is(RetryInfo.class)) {
            com.google.protobuf.Duration retry = detail.unpack(RetryInfo.class).getRetryDelay();
            Duration candidate = Duration.ofSeconds(retry.getSeconds(), retry.getNanos());
            if (!candidate.isNegative()) {
              delay = candidate;
            }
          }
        } catch (InvalidProtocolBufferException malformed) {
          // a detail that is not what its type says: left out
        }
      }
    }
    ShopStatus found = info == null ? null : byReason(info.getReason());
    if (found == null) {
      found = byCode(status.getCode());
    }
    if (found == null) {
      return Optional.empty();
    }
    ShopException e = ShopException.of(found, status.getDescription(), cause);
    if (info != null) {
      e.withProblem(new LinkedHashMap<String, Object>(info.getMetadataMap()));
    }
    if (delay != null) {
      e.retryAfter(delay);
    }
    return Optional.of(e);
  }

  /**
   * The {@code google.rpc.Status} of the trailers.
   *
   * @param status the call's status
   * @param trailers its trailers, or null
   * @return it, or null when the trailers have none, or one that is malformed or whose code is not the status's
   */
  private static com.google.rpc.Status details(Status status, Metadata trailers) {
    if (trailers == null) {
      return null;
    }
    try {
      return StatusProto.fromStatusAndTrailers(status, trailers);
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  /**
   * The error status whose id is {@code reason}.
   *
   * @param reason the reason of an {@code ErrorInfo} of {@link #DOMAIN}
   * @return the status, or null when no error status of the spec has that id
   */
  private static ShopStatus byReason(String reason) {
    try {
      ShopStatus found = ShopStatus.valueOf(reason);
      return found.isError() ? found : null;
    } catch (IllegalArgumentException unknown) {
      // a reason of a newer version of the API: the code decides
      return null;
    }
  }

  /**
   * The first status of the spec that travels as {@code code}.
   *
   * @param code a gRPC code
   * @return the status, or null when none does
   */
  private static ShopStatus byCode(Status.Code code) {
    switch (code) {
      case INVALID_ARGUMENT:
        return ShopStatus.BAD_REQUEST;
      case NOT_FOUND:
        return ShopStatus.NOT_FOUND;
      case RESOURCE_EXHAUSTED:
        return ShopStatus.OUT_OF_STOCK;
      case ABORTED:
        return ShopStatus.CONFLICT;
      case UNAVAILABLE:
        return ShopStatus.SERVICE_UNAVAILABLE;
      default:
        return null;
    }
  }

  /**
   * The gRPC code {@code status} travels as: its {@code grpc:} in the spec, else the HTTP mapping of {@code google/rpc/code.proto} read backwards ({@code FAILED_PRECONDITION} for other 4xx codes, {@code INTERNAL} for other 5xx codes).
   *
   * @param status an error status
   * @return its gRPC code
   */
  private static Status.Code code(ShopStatus status) {
    switch (status) {
      case OUT_OF_STOCK:
        return Status.Code.RESOURCE_EXHAUSTED;
      case GONE:
        return Status.Code.NOT_FOUND;
      default:
        break;
    }
    switch (status.code()) {
      case 400:
        return Status.Code.INVALID_ARGUMENT;
      case 404:
        return Status.Code.NOT_FOUND;
      case 409:
        return Status.Code.ABORTED;
      case 503:
        return Status.Code.UNAVAILABLE;
      default:
        break;
    }
    return status.code() < 500 ? Status.Code.FAILED_PRECONDITION : Status.Code.INTERNAL;
  }
}
