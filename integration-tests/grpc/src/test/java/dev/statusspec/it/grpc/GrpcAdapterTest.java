package dev.statusspec.it.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.StringValue;
import com.google.rpc.ErrorInfo;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated gRPC adapter of the Ledger spec on grpc-java 1.85: a server with {@code
 * LedgerGrpcServerInterceptor} on Netty (a free port of 127.0.0.1) and in-process, and clients with
 * and without {@code LedgerGrpcClientInterceptor}. Every error status of the spec comes back as its
 * own exception with its message exact, unary, through {@code onError} and after streamed messages;
 * errors of other servers map as the contract says; an exception that is not the API's leaves
 * nothing of itself.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GrpcAdapterTest {

  /**
   * grpc-java logs, with its stack trace, every exception a service method lets escape to it: the
   * tests without the server interceptor and with a foreign exception provoke that on purpose, and
   * assert what the client gets instead. Held here so the logger keeps its level while the tests
   * run.
   */
  private static final Logger SERIALIZING_EXECUTOR =
      Logger.getLogger("io.grpc.internal.SerializingExecutor");

  /** The gRPC code of each error status: the spec's overrides, else the HTTP mapping. */
  static final Map<LedgerStatus, Status.Code> CODES =
      Map.ofEntries(
          Map.entry(LedgerStatus.BAD_REQUEST, Status.Code.INVALID_ARGUMENT),
          Map.entry(LedgerStatus.AMOUNT_INVALID, Status.Code.INVALID_ARGUMENT),
          Map.entry(LedgerStatus.UNAUTHORIZED, Status.Code.UNAUTHENTICATED),
          Map.entry(LedgerStatus.FORBIDDEN, Status.Code.PERMISSION_DENIED),
          Map.entry(LedgerStatus.NOT_FOUND, Status.Code.NOT_FOUND),
          Map.entry(LedgerStatus.ACCOUNT_NOT_FOUND, Status.Code.NOT_FOUND),
          Map.entry(LedgerStatus.CONFLICT, Status.Code.ABORTED),
          Map.entry(LedgerStatus.ENTRY_EXISTS, Status.Code.ALREADY_EXISTS),
          Map.entry(LedgerStatus.PRECONDITION_FAILED, Status.Code.FAILED_PRECONDITION),
          Map.entry(LedgerStatus.INSUFFICIENT_FUNDS, Status.Code.FAILED_PRECONDITION),
          Map.entry(LedgerStatus.LEDGER_CLOSED, Status.Code.OUT_OF_RANGE),
          Map.entry(LedgerStatus.TOO_MANY_REQUESTS, Status.Code.RESOURCE_EXHAUSTED),
          Map.entry(LedgerStatus.INTERNAL_SERVER_ERROR, Status.Code.INTERNAL),
          Map.entry(LedgerStatus.JOURNAL_CORRUPT, Status.Code.DATA_LOSS),
          Map.entry(LedgerStatus.NOT_IMPLEMENTED, Status.Code.UNIMPLEMENTED),
          Map.entry(LedgerStatus.SERVICE_UNAVAILABLE, Status.Code.UNAVAILABLE),
          Map.entry(LedgerStatus.GATEWAY_TIMEOUT, Status.Code.DEADLINE_EXCEEDED));

  /** 10 KB of quotes, line breaks, escapes, markup and characters beyond the BMP. */
  static final String TEN_KB;

  static {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 10_240; i++) {
      text.append("line ").append(i).append(": \"quoted\" 'single' \\ %20 <b>&amp;</b> 😀𝄞 é\n");
    }
    TEN_KB = text.toString();
  }

  /** The messages every status is sent with. */
  static final List<String> MESSAGES =
      List.of(
          "Amount must be positive.",
          "quotes \" and ' and ` and a backslash \\ and %s %n and {@code x} */",
          "line one\nline two\r\nline three\ttabbed\u0000nul",
          "non-BMP: 😀 𝄞 𠀋, accents: é ü ñ, scripts: 中文 العربية",
          "",
          TEN_KB);

  /** Above the metadata the messages take twice (description and google.rpc.Status.message). */
  static final int MAX_METADATA = 1 << 20;

  static Server netty;
  static Server inProcess;
  static Server bare;
  static ManagedChannel nettyChannel;
  static ManagedChannel inProcessChannel;
  static ManagedChannel bareChannel;

  /** One way to call the service: a transport, with or without the client interceptor. */
  record Client(String transport, boolean intercepted, Channel channel) {
    @Override
    public String toString() {
      return transport + (intercepted ? " with the client interceptor" : " without it");
    }
  }

  @BeforeAll
  static void start() throws Exception {
    SERIALIZING_EXECUTOR.setLevel(Level.OFF);
    String name = "ledger-" + System.nanoTime();
    netty =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
            .addService(
                ServerInterceptors.intercept(
                    LedgerService.definition(), new LedgerGrpcServerInterceptor()))
            .build()
            .start();
    inProcess =
        InProcessServerBuilder.forName(name)
            .addService(
                ServerInterceptors.intercept(
                    LedgerService.definition(), new LedgerGrpcServerInterceptor()))
            .build()
            .start();
    bare =
        InProcessServerBuilder.forName(name + "-bare")
            .addService(LedgerService.definition())
            .build()
            .start();
    nettyChannel =
        NettyChannelBuilder.forAddress("127.0.0.1", netty.getPort())
            .usePlaintext()
            .maxInboundMetadataSize(MAX_METADATA)
            .build();
    inProcessChannel =
        InProcessChannelBuilder.forName(name).maxInboundMetadataSize(MAX_METADATA).build();
    bareChannel =
        InProcessChannelBuilder.forName(name + "-bare")
            .maxInboundMetadataSize(MAX_METADATA)
            .build();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    for (ManagedChannel channel :
        new ManagedChannel[] {nettyChannel, inProcessChannel, bareChannel}) {
      if (channel != null) {
        channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
      }
    }
    for (Server server : new Server[] {netty, inProcess, bare}) {
      if (server != null) {
        server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
      }
    }
  }

  static Stream<Client> clients() {
    return Stream.of(
        new Client("netty", false, nettyChannel),
        new Client(
            "netty",
            true,
            ClientInterceptors.intercept(nettyChannel, new LedgerGrpcClientInterceptor())),
        new Client("in-process", false, inProcessChannel),
        new Client(
            "in-process",
            true,
            ClientInterceptors.intercept(inProcessChannel, new LedgerGrpcClientInterceptor())));
  }

  static List<LedgerStatus> errors() {
    return Arrays.stream(LedgerStatus.values()).filter(LedgerStatus::isError).toList();
  }

  static CallOptions options() {
    return CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  static StatusRuntimeException call(
      Client client, MethodDescriptor<StringValue, StringValue> method, StringValue request) {
    return assertThrows(
        StatusRuntimeException.class,
        () -> ClientCalls.blockingUnaryCall(client.channel(), method, options(), request));
  }

  @Test
  void theTableCoversEveryErrorStatusOfTheSpec() {
    assertThat(CODES.keySet()).containsExactlyInAnyOrderElementsOf(errors());
    assertThat(errors()).hasSizeGreaterThanOrEqualTo(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void everyErrorStatusThrownComesBackAsItsExceptionWithItsMessageExact(Client client) {
    for (LedgerStatus status : errors()) {
      for (String message : MESSAGES) {
        StatusRuntimeException e =
            call(client, LedgerService.FAIL, LedgerService.request(status, message));
        assertArrives(client, e, status, message);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void everyErrorStatusPassedToOnErrorComesBackAsItsException(Client client) {
    for (LedgerStatus status : errors()) {
      StatusRuntimeException e =
          call(client, LedgerService.ON_ERROR, LedgerService.request(status, TEN_KB));
      assertArrives(client, e, status, TEN_KB);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void aNullMessageArrivesAsNull(Client client) {
    StatusRuntimeException e =
        call(
            client,
            LedgerService.FAIL,
            LedgerService.request(LedgerStatus.ENTRY_EXISTS, LedgerService.NULL_MESSAGE));
    assertArrives(client, e, LedgerStatus.ENTRY_EXISTS, null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void aStreamFailsAfterItsMessagesWithTheException(Client client) {
    for (LedgerStatus status : errors()) {
      String message = status + " after the stream\n😀 \"" + TEN_KB;
      Iterator<StringValue> responses =
          ClientCalls.blockingServerStreamingCall(
              client.channel(),
              LedgerService.STREAM,
              options(),
              LedgerService.request(status, message));
      List<String> received = new ArrayList<>();
      StatusRuntimeException e =
          assertThrows(
              StatusRuntimeException.class,
              () -> {
                while (responses.hasNext()) {
                  received.add(responses.next().getValue());
                }
              });
      assertThat(received).containsExactly("entry 0", "entry 1", "entry 2");
      assertArrives(client, e, status, message);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void aClientStreamingMethodThatThrowsOnARequestClosesTheCallWithIt(Client client)
      throws Exception {
    for (LedgerStatus status : errors()) {
      String message = "request refused: " + status + "\n😀";
      CompletableFuture<Throwable> error = new CompletableFuture<>();
      StreamObserver<StringValue> requests =
          ClientCalls.asyncClientStreamingCall(
              client.channel().newCall(LedgerService.COLLECT, options()), errorInto(error));
      requests.onNext(LedgerService.request(status, message));
      requests.onCompleted();
      Throwable e = error.get(30, TimeUnit.SECONDS);
      assertThat(e).isInstanceOf(StatusRuntimeException.class);
      assertArrives(client, (StatusRuntimeException) e, status, message);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void aBidiStreamingMethodThatThrowsAsItStartsClosesTheCallWithIt(Client client) throws Exception {
    CompletableFuture<Throwable> error = new CompletableFuture<>();
    StreamObserver<StringValue> requests =
        ClientCalls.asyncBidiStreamingCall(
            client.channel().newCall(LedgerService.CHAT, options()), errorInto(error));
    requests.onNext(StringValue.of("hi"));
    requests.onCompleted();
    Throwable e = error.get(30, TimeUnit.SECONDS);
    assertThat(e).isInstanceOf(StatusRuntimeException.class);
    assertArrives(
        client, (StatusRuntimeException) e, LedgerStatus.LEDGER_CLOSED, LedgerService.CHAT_MESSAGE);
  }

  /** A response observer that completes {@code error} with the call's error (or a failure). */
  static StreamObserver<StringValue> errorInto(CompletableFuture<Throwable> error) {
    return new StreamObserver<StringValue>() {
      @Override
      public void onNext(StringValue value) {}

      @Override
      public void onError(Throwable t) {
        error.complete(t);
      }

      @Override
      public void onCompleted() {
        error.complete(new AssertionError("the call succeeded"));
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void membersTravelAsErrorInfoMetadataAndTheRetryDelayAsRetryInfo(Client client) throws Exception {
    StatusRuntimeException e = call(client, LedgerService.RICH, StringValue.of("x"));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    com.google.rpc.Status details = StatusProto.fromThrowable(e);
    assertThat(details.getDetailsCount()).isEqualTo(2);
    ErrorInfo info = unpack(details.getDetails(0));
    assertThat(info.getMetadataMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "errorCode", "insufficient_funds",
                "httpStatus", "422",
                "balance", "12.5",
                "currency", "EUR \"€\"",
                "overdraft", "false"));
    com.google.rpc.RetryInfo retry = details.getDetails(1).unpack(com.google.rpc.RetryInfo.class);
    assertThat(retry.getRetryDelay().getSeconds()).isEqualTo(1);
    assertThat(retry.getRetryDelay().getNanos()).isEqualTo(500_000_000);
    LedgerException received = LedgerGrpc.fromThrowable(e).orElseThrow();
    assertThat(received).isInstanceOf(InsufficientFundsException.class);
    assertThat(received.getMessage()).isEqualTo("balance too low");
    assertThat(received.retryAfter()).contains(java.time.Duration.ofMillis(1500));
    assertThat(received.problem())
        .containsAllEntriesOf(Map.of("balance", "12.5", "overdraft", "false"));
    assertThat(received.problem()).containsEntry("httpStatus", "422");
    assertThat(received.members()).isEmpty();
    if (client.intercepted()) {
      assertThat(e.getCause()).isSameAs(received);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void successesAreLeftAlone(Client client) {
    StringValue answer =
        ClientCalls.blockingUnaryCall(
            client.channel(), LedgerService.ECHO, options(), StringValue.of("hello"));
    assertThat(answer.getValue()).isEqualTo("hello");
  }

  /** What servers that are not this API's send, and the status each stands for. */
  static Stream<Object[]> rawErrors() {
    return Stream.of(
        new Object[] {"plain-internal", LedgerStatus.INTERNAL_SERVER_ERROR, "database on fire"},
        new Object[] {"other-domain", LedgerStatus.SERVICE_UNAVAILABLE, "other API"},
        new Object[] {"unknown-reason", LedgerStatus.CONFLICT, "newer server"},
        new Object[] {"success-reason", LedgerStatus.NOT_FOUND, "odd"},
        new Object[] {"malformed-details", LedgerStatus.NOT_FOUND, "garbled"},
        new Object[] {"mismatched-details", LedgerStatus.UNAUTHORIZED, "who are you"},
        new Object[] {"not-error-info", LedgerStatus.GATEWAY_TIMEOUT, "slow"},
        new Object[] {"unmapped-code", null, "gone"});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rawErrors")
  void errorsOfOtherServersMapByCodeOrNotAtAll(String raw, LedgerStatus expected, String message) {
    clients()
        .forEach(
            client -> {
              StatusRuntimeException e = call(client, LedgerService.RAW, StringValue.of(raw));
              assertThat(e.getStatus().getDescription()).as(client.toString()).isEqualTo(message);
              Optional<LedgerException> decoded = LedgerGrpc.fromThrowable(e);
              if (expected == null) {
                assertThat(decoded).as(client.toString()).isEmpty();
                assertThat(e.getCause()).as(client.toString()).isNull();
                return;
              }
              assertThat(decoded).as(client.toString()).isPresent();
              assertThat(decoded.get().status()).as(client.toString()).isEqualTo(expected);
              assertThat(decoded.get().getMessage()).isEqualTo(message);
              if (client.intercepted()) {
                assertThat(e.getCause()).isSameAs(decoded.get());
              } else {
                assertThat(e.getCause()).isNull();
                assertThat(decoded.get().getCause()).isSameAs(e);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void anExceptionThatIsNotTheApisLeavesNothingOfItself(Client client) {
    StatusRuntimeException e = call(client, LedgerService.BOOM, StringValue.of("x"));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNKNOWN);
    String description = String.valueOf(e.getStatus().getDescription());
    assertThat(description)
        .doesNotContain(LedgerService.SECRET)
        .doesNotContain("hunter2")
        .doesNotContain("IllegalStateException")
        .doesNotContain("RuntimeException")
        .doesNotContain("dev.statusspec");
    assertThat(trailerText(e.getTrailers())).doesNotContain("hunter2").doesNotContain("Exception");
    assertThat(detailsOf(e)).isEmpty();
    assertThat(LedgerGrpc.fromThrowable(e)).isEmpty();
    assertThat(e.getCause()).isNull();
  }

  @Test
  void withoutTheServerInterceptorTheExceptionIsGrpcJavasUnknownError() {
    Client client = new Client("in-process without the server interceptor", false, bareChannel);
    StatusRuntimeException e =
        call(client, LedgerService.FAIL, LedgerService.request(LedgerStatus.ENTRY_EXISTS, "dup"));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNKNOWN);
    assertThat(String.valueOf(e.getStatus().getDescription())).doesNotContain("dup");
    assertThat(detailsOf(e)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void operationsSealedErrorTypesWorkOverGrpc(Client client) {
    assertThat(LedgerPostEntryError.class.isSealed()).isTrue();
    Set<LedgerStatus> postEntry =
        Set.of(
            LedgerStatus.BAD_REQUEST,
            LedgerStatus.AMOUNT_INVALID,
            LedgerStatus.ACCOUNT_NOT_FOUND,
            LedgerStatus.ENTRY_EXISTS,
            LedgerStatus.INSUFFICIENT_FUNDS,
            LedgerStatus.LEDGER_CLOSED,
            LedgerStatus.SERVICE_UNAVAILABLE);
    assertThat(
            Arrays.stream(LedgerPostEntryError.class.getPermittedSubclasses())
                .map(Class::getSimpleName)
                .collect(Collectors.toSet()))
        .isEqualTo(
            postEntry.stream()
                .map(s -> s.toException("x").getClass().getSimpleName())
                .collect(Collectors.toSet()));
    @SuppressWarnings("unchecked")
    LedgerPostEntryHandler<String> handler =
        (LedgerPostEntryHandler<String>)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {LedgerPostEntryHandler.class},
                (proxy, method, args) ->
                    method.getName().equals("onUnknown")
                        ? "onUnknown " + args[0]
                        : method.getName());
    for (LedgerStatus status : errors()) {
      StatusRuntimeException e =
          call(client, LedgerService.FAIL, LedgerService.request(status, "m"));
      LedgerException received = LedgerGrpc.fromThrowable(e).orElseThrow();
      if (postEntry.contains(status)) {
        assertThat(received).isInstanceOf(LedgerPostEntryError.class);
        assertThat(((LedgerPostEntryError) received).status()).isEqualTo(status);
        assertThat(
                LedgerPostEntryHandler.dispatch(
                    received.code(), received.status().errorCode().orElse(null), handler))
            .isEqualTo("on" + pascal(status.name()));
      } else {
        assertThat(received).isNotInstanceOf(LedgerPostEntryError.class);
        assertThat(
                LedgerPostEntryHandler.dispatch(
                    received.code(), received.status().errorCode().orElse(null), handler))
            .isEqualTo("onUnknown " + status.code());
      }
    }
  }

  @Test
  void twoHundredConcurrentCallsEachGetTheirOwnException() throws Exception {
    Channel channel = ClientInterceptors.intercept(nettyChannel, new LedgerGrpcClientInterceptor());
    List<LedgerStatus> errors = errors();
    List<ListenableFuture<StringValue>> futures = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      LedgerStatus status = errors.get(i % errors.size());
      futures.add(
          ClientCalls.futureUnaryCall(
              channel.newCall(LedgerService.FAIL, options()),
              LedgerService.request(status, "call " + i + "\n😀")));
    }
    for (int i = 0; i < futures.size(); i++) {
      LedgerStatus status = errors.get(i % errors.size());
      ListenableFuture<StringValue> future = futures.get(i);
      ExecutionException e =
          assertThrows(ExecutionException.class, () -> future.get(60, TimeUnit.SECONDS));
      assertThat(e.getCause()).isInstanceOf(StatusRuntimeException.class);
      assertThat(e.getCause().getCause()).isInstanceOf(LedgerException.class);
      LedgerException received = (LedgerException) e.getCause().getCause();
      assertThat(received.status()).isEqualTo(status);
      assertThat(received.getClass()).isEqualTo(status.toException("x").getClass());
      assertThat(received.getMessage()).isEqualTo("call " + i + "\n😀");
      assertThat(LedgerGrpc.fromThrowable(e)).containsSame(received);
    }
  }

  @Test
  void fromThrowableNeverThrows() {
    assertThat(LedgerGrpc.fromThrowable(null)).isEmpty();
    assertThat(LedgerGrpc.fromThrowable(new RuntimeException("x"))).isEmpty();
    assertThat(LedgerGrpc.fromThrowable(Status.OK.asRuntimeException())).isEmpty();
    assertThat(
            LedgerGrpc.fromThrowable(Status.NOT_FOUND.asException()).map(LedgerException::status))
        .contains(LedgerStatus.NOT_FOUND);
    assertThat(
            LedgerGrpc.fromThrowable(new ExecutionException(Status.NOT_FOUND.asRuntimeException()))
                .map(LedgerException::status))
        .contains(LedgerStatus.NOT_FOUND);
    // a cycle of causes
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(LedgerGrpc.fromThrowable(a)).isEmpty();
    // a throwable whose getCause fails
    assertThat(
            LedgerGrpc.fromThrowable(
                new RuntimeException() {
                  private static final long serialVersionUID = 1L;

                  @Override
                  public synchronized Throwable getCause() {
                    throw new IllegalStateException("no");
                  }
                }))
        .isEmpty();
    assertThatThrownBy(() -> LedgerGrpc.toStatusRuntimeException(null))
        .isInstanceOf(NullPointerException.class);
  }

  /** Checks that {@code e} is the gRPC error of {@code status} with {@code message}. */
  static void assertArrives(
      Client client, StatusRuntimeException e, LedgerStatus status, String message) {
    String where = client + ", " + status;
    assertThat(e.getStatus().getCode()).as(where).isEqualTo(CODES.get(status));
    assertThat(e.getStatus().getDescription()).as(where).isEqualTo(message);
    com.google.rpc.Status details = StatusProto.fromThrowable(e);
    assertThat(details).as(where).isNotNull();
    assertThat(details.getCode()).isEqualTo(CODES.get(status).value());
    assertThat(details.getMessage()).isEqualTo(message == null ? "" : message);
    assertThat(details.getDetailsCount()).isEqualTo(1);
    ErrorInfo info = unpack(details.getDetails(0));
    assertThat(info.getReason()).isEqualTo(status.name());
    assertThat(info.getDomain()).isEqualTo("ledger.example.com").isEqualTo(LedgerGrpc.DOMAIN);
    if (status.errorCode().isPresent()) {
      assertThat(info.getMetadataMap())
          .containsOnly(
              Map.entry("errorCode", status.errorCode().get()),
              Map.entry("httpStatus", Integer.toString(status.code())));
    } else {
      assertThat(info.getMetadataMap())
          .containsOnly(Map.entry("httpStatus", Integer.toString(status.code())));
    }
    Optional<LedgerException> decoded = LedgerGrpc.fromThrowable(e);
    assertThat(decoded).as(where).isPresent();
    LedgerException exception = decoded.get();
    assertThat(exception.status()).as(where).isEqualTo(status);
    assertThat(exception.getClass()).as(where).isEqualTo(status.toException("x").getClass());
    assertThat(exception.getMessage()).as(where).isEqualTo(message);
    if (client.intercepted()) {
      assertThat(e.getCause()).as(where).isSameAs(exception);
      assertThat(exception.getCause()).as(where).isNull();
    } else {
      assertThat(e.getCause()).as(where).isNull();
      assertThat(exception.getCause()).as(where).isSameAs(e);
    }
  }

  /** The details of the {@code google.rpc.Status} of {@code e}, if it has one. */
  static List<Any> detailsOf(StatusRuntimeException e) {
    com.google.rpc.Status details = StatusProto.fromThrowable(e);
    return details == null ? List.of() : details.getDetailsList();
  }

  static ErrorInfo unpack(Any any) {
    try {
      return any.unpack(ErrorInfo.class);
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }

  /** Every trailer's value, as text: ASCII keys as sent, binary ones decoded as UTF-8. */
  static String trailerText(Metadata trailers) {
    StringBuilder text = new StringBuilder();
    for (String key : trailers.keys()) {
      if (key.endsWith(Metadata.BINARY_HEADER_SUFFIX)) {
        for (byte[] value :
            trailers.getAll(Metadata.Key.of(key, Metadata.BINARY_BYTE_MARSHALLER))) {
          text.append(key)
              .append('=')
              .append(new String(value, StandardCharsets.UTF_8))
              .append('\n');
        }
      } else {
        for (String value :
            trailers.getAll(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER))) {
          text.append(key).append('=').append(value).append('\n');
        }
      }
    }
    return text.toString();
  }

  static String pascal(String id) {
    StringBuilder out = new StringBuilder();
    for (String word : id.split("_")) {
      out.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }
}
