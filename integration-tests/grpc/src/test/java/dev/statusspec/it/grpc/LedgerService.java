package dev.statusspec.it.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.StringValue;
import com.google.rpc.ErrorInfo;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.nio.charset.StandardCharsets;

/**
 * A gRPC service over protobuf's {@code StringValue}, defined with {@link MethodDescriptor}s (no
 * protoc), whose methods fail the ways the tests need. A request names what to fail with: {@code
 * <STATUS_ID>:<message>} for the methods that throw the generated exceptions.
 */
final class LedgerService {

  static final String SERVICE = "ledger.Ledger";

  /** Throws the exception of the request's status, with the request's message. */
  static final MethodDescriptor<StringValue, StringValue> FAIL = unary("Fail");

  /** Passes the exception to {@code onError} instead of throwing it. */
  static final MethodDescriptor<StringValue, StringValue> ON_ERROR = unary("OnError");

  /** Answers the request itself: the success path. */
  static final MethodDescriptor<StringValue, StringValue> ECHO = unary("Echo");

  /** Throws an exception that is not the API's, whose text must not leave the server. */
  static final MethodDescriptor<StringValue, StringValue> BOOM = unary("Boom");

  /** Closes the call with a status the test names, as a server of another kind would. */
  static final MethodDescriptor<StringValue, StringValue> RAW = unary("Raw");

  /** Streams {@link #STREAMED} messages, then throws the exception of the request's status. */
  static final MethodDescriptor<StringValue, StringValue> STREAM =
      method("Stream", MethodDescriptor.MethodType.SERVER_STREAMING);

  /** A client-streaming method that throws the exception of its first request's status. */
  static final MethodDescriptor<StringValue, StringValue> COLLECT =
      method("Collect", MethodDescriptor.MethodType.CLIENT_STREAMING);

  /** A bidi-streaming method that throws as the call starts, before any request. */
  static final MethodDescriptor<StringValue, StringValue> CHAT =
      method("Chat", MethodDescriptor.MethodType.BIDI_STREAMING);

  /** The message of {@link #CHAT}'s exception. */
  static final String CHAT_MESSAGE = "chat closed: \"ledger\" is read-only\n😀";

  /** Throws an exception with extension members and a retry delay. */
  static final MethodDescriptor<StringValue, StringValue> RICH = unary("Rich");

  /** How many messages {@link #STREAM} sends before failing. */
  static final int STREAMED = 3;

  /** The text {@link #BOOM}'s exception carries, which no client may see. */
  static final String SECRET = "jdbc:postgresql://db.internal/ledger?password=hunter2";

  private LedgerService() {}

  private static MethodDescriptor<StringValue, StringValue> unary(String name) {
    return method(name, MethodDescriptor.MethodType.UNARY);
  }

  private static MethodDescriptor<StringValue, StringValue> method(
      String name, MethodDescriptor.MethodType type) {
    MethodDescriptor.Marshaller<StringValue> marshaller =
        ProtoUtils.marshaller(StringValue.getDefaultInstance());
    return MethodDescriptor.<StringValue, StringValue>newBuilder()
        .setType(type)
        .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, name))
        .setRequestMarshaller(marshaller)
        .setResponseMarshaller(marshaller)
        .build();
  }

  /** The request that makes {@link #FAIL}, {@link #ON_ERROR} or {@link #STREAM} fail so. */
  static StringValue request(LedgerStatus status, String message) {
    return StringValue.of(status.name() + ":" + message);
  }

  /** The exception a request names. */
  static LedgerException exception(StringValue request) {
    String text = request.getValue();
    int colon = text.indexOf(':');
    String message = text.substring(colon + 1);
    return LedgerStatus.valueOf(text.substring(0, colon))
        .toException(message.equals(NULL_MESSAGE) ? null : message);
  }

  /** The message that stands for a null message in a request. */
  static final String NULL_MESSAGE = "\u0000null";

  /** The service, without interceptors. */
  static ServerServiceDefinition definition() {
    return ServerServiceDefinition.builder(SERVICE)
        .addMethod(
            FAIL,
            ServerCalls.asyncUnaryCall(
                (StringValue request, StreamObserver<StringValue> response) -> {
                  throw exception(request);
                }))
        .addMethod(
            ON_ERROR,
            ServerCalls.asyncUnaryCall(
                (StringValue request, StreamObserver<StringValue> response) ->
                    response.onError(exception(request))))
        .addMethod(
            ECHO,
            ServerCalls.asyncUnaryCall(
                (StringValue request, StreamObserver<StringValue> response) -> {
                  response.onNext(request);
                  response.onCompleted();
                }))
        .addMethod(
            BOOM,
            ServerCalls.asyncUnaryCall(
                (StringValue request, StreamObserver<StringValue> response) -> {
                  throw new IllegalStateException(SECRET, new RuntimeException(SECRET));
                }))
        .addMethod(
            RAW,
            ServerCalls.asyncUnaryCall(
                (StringValue request, StreamObserver<StringValue> response) ->
                    response.onError(raw(request.getValue()))))
        .addMethod(
            RICH,
            ServerCalls.asyncUnaryCall(
                (StringValue request, StreamObserver<StringValue> response) -> {
                  throw new InsufficientFundsException("balance too low")
                      .withMember("balance", 12.5)
                      .withMember("currency", "EUR \"€\"")
                      .withMember("overdraft", false)
                      .withMember("note", null)
                      .withMember("httpStatus", 999)
                      .retryAfter(java.time.Duration.ofMillis(1500));
                }))
        .addMethod(
            COLLECT,
            ServerCalls.asyncClientStreamingCall(
                (StreamObserver<StringValue> response) ->
                    new StreamObserver<StringValue>() {
                      @Override
                      public void onNext(StringValue request) {
                        throw exception(request);
                      }

                      @Override
                      public void onError(Throwable t) {}

                      @Override
                      public void onCompleted() {
                        response.onCompleted();
                      }
                    }))
        .addMethod(
            CHAT,
            ServerCalls.asyncBidiStreamingCall(
                (StreamObserver<StringValue> response) -> {
                  throw new LedgerClosedException(CHAT_MESSAGE);
                }))
        .addMethod(
            STREAM,
            ServerCalls.asyncServerStreamingCall(
                (StringValue request, StreamObserver<StringValue> response) -> {
                  for (int i = 0; i < STREAMED; i++) {
                    response.onNext(StringValue.of("entry " + i));
                  }
                  throw exception(request);
                }))
        .build();
  }

  /** The errors {@link #RAW} sends, by name: what servers that are not ours send. */
  private static Throwable raw(String name) {
    switch (name) {
      case "plain-internal":
        return Status.INTERNAL.withDescription("database on fire").asRuntimeException();
      case "other-domain":
        // a reason of ours, but in another API's domain: the code decides
        return StatusProto.toStatusRuntimeException(
            details(Status.Code.UNAVAILABLE, "other API", "other.example.com", "ENTRY_EXISTS"));
      case "unknown-reason":
        return StatusProto.toStatusRuntimeException(
            details(Status.Code.ABORTED, "newer server", LedgerGrpc.DOMAIN, "BRAND_NEW_REASON"));
      case "success-reason":
        // our domain, but the reason of a status that is no error: the code decides
        return StatusProto.toStatusRuntimeException(
            details(Status.Code.NOT_FOUND, "odd", LedgerGrpc.DOMAIN, "OK"));
      case "malformed-details":
        Metadata garbage = new Metadata();
        garbage.put(
            Metadata.Key.of("grpc-status-details-bin", Metadata.BINARY_BYTE_MARSHALLER),
            "\u00ff\u00fe not a protobuf".getBytes(StandardCharsets.ISO_8859_1));
        return Status.NOT_FOUND.withDescription("garbled").asRuntimeException(garbage);
      case "mismatched-details":
        // details whose code is not the status's: StatusProto refuses them, the status decides
        Metadata mismatched =
            StatusProto.toStatusRuntimeException(
                    details(Status.Code.ALREADY_EXISTS, "x", LedgerGrpc.DOMAIN, "ENTRY_EXISTS"))
                .getTrailers();
        return Status.UNAUTHENTICATED.withDescription("who are you").asRuntimeException(mismatched);
      case "not-error-info":
        // a detail of another type packed where an ErrorInfo would be
        com.google.rpc.Status other =
            com.google.rpc.Status.newBuilder()
                .setCode(Status.Code.DEADLINE_EXCEEDED.value())
                .setMessage("slow")
                .addDetails(Any.pack(StringValue.of("ENTRY_EXISTS")))
                .build();
        return StatusProto.toStatusRuntimeException(other);
      case "unmapped-code":
        // no status of the Ledger spec travels as CANCELLED
        return Status.CANCELLED.withDescription("gone").asRuntimeException();
      default:
        return Status.INVALID_ARGUMENT
            .withDescription("no such raw error " + name)
            .asRuntimeException();
    }
  }

  private static com.google.rpc.Status details(
      Status.Code code, String message, String domain, String reason) {
    return com.google.rpc.Status.newBuilder()
        .setCode(code.value())
        .setMessage(message)
        .addDetails(Any.pack(ErrorInfo.newBuilder().setDomain(domain).setReason(reason).build()))
        .build();
  }
}
