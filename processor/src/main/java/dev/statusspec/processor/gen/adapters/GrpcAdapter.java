package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.statusspec.processor.gen.JavaText;
import dev.statusspec.processor.gen.JavaTypes;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.model.Grpc;
import dev.statusspec.processor.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates the gRPC adapter (grpc-java with grpc-protobuf and Google's common protos), errors as
 * AIP-193 has them: a canonical {@code google.rpc.Code}, the message as the status's description
 * and as {@code google.rpc.Status.message}, and an {@code ErrorInfo} detail whose {@code reason} is
 * the status's id, whose {@code domain} is the spec's {@code grpc.domain} (else the interface's
 * package), with the metadata {@code errorCode} (when the status has one) and {@code httpStatus}.
 *
 * <ul>
 *   <li>{@code PGrpc}: {@code toStatusRuntimeException(PException)} and {@code
 *       fromThrowable(Throwable)}, which never throws: our domain's {@code ErrorInfo} picks the
 *       status by reason; else the gRPC code picks the first listed status that travels as it; else
 *       empty.
 *   <li>{@code PGrpcServerInterceptor}: a {@code PException} a service method throws (unary or
 *       streaming, in any callback of the call) or passes to {@code onError} closes the call with
 *       its status and details, nothing else of it; other exceptions are left to grpc-java.
 *   <li>{@code PGrpcClientInterceptor}: grpc-java's stubs always throw {@code
 *       StatusRuntimeException}, so it closes the call with the status whose cause is the generated
 *       exception ({@code e.getCause()}), whose own cause is the status's cause, if any.
 * </ul>
 *
 * <p>The code compiles from release 8 (classic switches, no lambdas needed) and names only API that
 * grpc-java has had since 1.0 ({@code StatusProto}, the forwarding calls and listeners), none of it
 * experimental or deprecated.
 */
public final class GrpcAdapter extends Adapter {

  private static final String GRPC = "io.grpc";
  private static final ClassName STATUS = ClassName.get(GRPC, "Status");
  private static final ClassName CODE = STATUS.nestedClass("Code");
  private static final ClassName METADATA = ClassName.get(GRPC, "Metadata");
  private static final ClassName STATUS_RUNTIME_EXCEPTION =
      ClassName.get(GRPC, "StatusRuntimeException");
  private static final ClassName STATUS_EXCEPTION = ClassName.get(GRPC, "StatusException");
  private static final ClassName SERVER_INTERCEPTOR = ClassName.get(GRPC, "ServerInterceptor");
  private static final ClassName SERVER_CALL = ClassName.get(GRPC, "ServerCall");
  private static final ClassName SERVER_LISTENER = SERVER_CALL.nestedClass("Listener");
  private static final ClassName SERVER_CALL_HANDLER = ClassName.get(GRPC, "ServerCallHandler");
  private static final ClassName FORWARDING_SERVER_CALL =
      ClassName.get(GRPC, "ForwardingServerCall", "SimpleForwardingServerCall");
  private static final ClassName FORWARDING_SERVER_LISTENER =
      ClassName.get(GRPC, "ForwardingServerCallListener", "SimpleForwardingServerCallListener");
  private static final ClassName CLIENT_INTERCEPTOR = ClassName.get(GRPC, "ClientInterceptor");
  private static final ClassName CLIENT_CALL = ClassName.get(GRPC, "ClientCall");
  private static final ClassName CLIENT_LISTENER = CLIENT_CALL.nestedClass("Listener");
  private static final ClassName CHANNEL = ClassName.get(GRPC, "Channel");
  private static final ClassName CALL_OPTIONS = ClassName.get(GRPC, "CallOptions");
  private static final ClassName METHOD_DESCRIPTOR = ClassName.get(GRPC, "MethodDescriptor");
  private static final ClassName FORWARDING_CLIENT_CALL =
      ClassName.get(GRPC, "ForwardingClientCall", "SimpleForwardingClientCall");
  private static final ClassName FORWARDING_CLIENT_LISTENER =
      ClassName.get(GRPC, "ForwardingClientCallListener", "SimpleForwardingClientCallListener");
  private static final ClassName STATUS_PROTO = ClassName.get("io.grpc.protobuf", "StatusProto");
  private static final ClassName RPC_STATUS = ClassName.get("com.google.rpc", "Status");
  private static final ClassName ERROR_INFO = ClassName.get("com.google.rpc", "ErrorInfo");
  private static final ClassName RETRY_INFO = ClassName.get("com.google.rpc", "RetryInfo");
  private static final ClassName PROTO_DURATION = ClassName.get("com.google.protobuf", "Duration");
  private static final ClassName DURATION = ClassName.get("java.time", "Duration");
  private static final ClassName ANY = ClassName.get("com.google.protobuf", "Any");
  private static final ClassName INVALID_PROTOBUF =
      ClassName.get("com.google.protobuf", "InvalidProtocolBufferException");

  private static final TypeVariableName REQ = TypeVariableName.get("ReqT");
  private static final TypeVariableName RESP = TypeVariableName.get("RespT");

  /** The {@code ErrorInfo} metadata key of the status's errorCode. */
  static final String ERROR_CODE_KEY = "errorCode";

  /** The {@code ErrorInfo} metadata key of the status's HTTP status code. */
  static final String HTTP_STATUS_KEY = "httpStatus";

  /** How many causes {@code fromThrowable} looks through, so a cycle of causes ends. */
  private static final int MAX_CAUSES = 64;

  /** Its name in {@code statusspec.adapters}. */
  public static final String NAME = "grpc";

  /** Creates the adapter. */
  public GrpcAdapter() {
    super(
        NAME,
        "grpc-java 1.x with grpc-protobuf (io.grpc.Status, io.grpc.protobuf.StatusProto,"
            + " com.google.rpc.ErrorInfo)",
        Requirement.types(
            "io.grpc.Status", "io.grpc.protobuf.StatusProto", "com.google.rpc.ErrorInfo"));
  }

  @Override
  protected List<Type> declaredTypes() {
    return List.of(
        new Type("Grpc", GrpcAdapter::grpc),
        new Type("GrpcServerInterceptor", GrpcAdapter::serverInterceptor),
        new Type("GrpcClientInterceptor", GrpcAdapter::clientInterceptor));
  }

  @Override
  public Set<String> foreignTypes() {
    return Set.of(
        "Any",
        "CallOptions",
        "Channel",
        "ClientCall",
        "ClientInterceptor",
        "ErrorInfo",
        "RetryInfo",
        "ForwardingClientCall",
        "ForwardingClientCallListener",
        "ForwardingServerCall",
        "ForwardingServerCallListener",
        "InvalidProtocolBufferException",
        "Metadata",
        "MethodDescriptor",
        "ServerCall",
        "ServerCallHandler",
        "ServerInterceptor",
        "Status",
        "StatusException",
        "StatusProto",
        "StatusRuntimeException");
  }

  /**
   * The {@code ErrorInfo} domain: the spec's {@code grpc.domain}, else the interface's package (its
   * simple name in the unnamed package).
   */
  public static String domain(SpecTypes types) {
    return types
        .spec()
        .grpc()
        .domain()
        .orElseGet(
            () ->
                types.packageName().isEmpty()
                    ? types.annotatedInterface().simpleName()
                    : types.packageName());
  }

  private static ClassName grpcType(SpecTypes types) {
    return types.type(types.names().prefix() + "Grpc");
  }

  // ---------------------------------------------------------------- PGrpc

  private static TypeSpec grpc(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    ClassName exception = types.exception();
    ClassName statusEnum = types.statusEnum();
    type.addModifiers(PUBLIC, FINAL)
        .addJavadoc(
            "gRPC adapter of {@link $T}, errors as AIP-193 has them: a {@link $T} travels as the"
                + " canonical gRPC code of its status, its message as the status's description"
                + " and as {@code google.rpc.Status.message}, and an {@code ErrorInfo} detail"
                + " whose {@code reason} is the status's id (its {@link $T} constant's name),"
                + " whose {@code domain} is {@link #DOMAIN}, with the metadata {@code $L} (when"
                + " the status has one) and {@code $L}. Nothing else of the exception travels.\n\n"
                + "<p>Servers register {@code $LServerInterceptor}; clients catch {@code"
                + " StatusRuntimeException} and call {@link #fromThrowable(Throwable)}, or register"
                + " {@code $LClientInterceptor} and find the exception as the {@code"
                + " StatusRuntimeException}'s cause.\n",
            types.annotatedInterface(),
            exception,
            statusEnum,
            ERROR_CODE_KEY,
            HTTP_STATUS_KEY,
            self.simpleName(),
            self.simpleName())
        .addField(
            FieldSpec.builder(String.class, "DOMAIN", PUBLIC, STATIC, FINAL)
                .addJavadoc(
                    "The {@code domain} of the {@code ErrorInfo} of this API's errors: the spec's"
                        + " {@code grpc.domain}, else the package of {@link $T}.\n",
                    types.annotatedInterface())
                .initializer(JavaText.literal(domain(types)))
                .build())
        .addField(
            FieldSpec.builder(String.class, "ERROR_CODE", PUBLIC, STATIC, FINAL)
                .addJavadoc(
                    "The key of the {@code ErrorInfo} metadata entry that holds the status's"
                        + " errorCode, present when the status has one.\n")
                .initializer("$S", ERROR_CODE_KEY)
                .build())
        .addField(
            FieldSpec.builder(String.class, "HTTP_STATUS", PUBLIC, STATIC, FINAL)
                .addJavadoc(
                    "The key of the {@code ErrorInfo} metadata entry that holds the status's HTTP"
                        + " status code, in decimal.\n")
                .initializer("$S", HTTP_STATUS_KEY)
                .build())
        .addField(
            FieldSpec.builder(int.class, "MAX_CAUSES", PRIVATE, STATIC, FINAL)
                .addJavadoc(
                    "How many causes {@link #fromThrowable(Throwable)} looks through, so that a"
                        + " cycle of causes ends.\n")
                .initializer("$L", MAX_CAUSES)
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PRIVATE)
                .addJavadoc("Not instantiable.\n")
                .build())
        .addMethod(toStatusRuntimeException(types))
        .addMethod(fromThrowable(types))
        .addMethod(fromStatus(types))
        .addMethod(details())
        .addMethod(byReason(types))
        .addMethod(byCode(types))
        .addMethod(code(types));
    return type.build();
  }

  private static MethodSpec toStatusRuntimeException(SpecTypes types) {
    ClassName statusEnum = types.statusEnum();
    TypeName member =
        ParameterizedTypeName.get(
            ClassName.get("java.util", "Map", "Entry"), JavaTypes.STRING, ClassName.OBJECT);
    return MethodSpec.methodBuilder("toStatusRuntimeException")
        .addModifiers(PUBLIC, STATIC)
        .returns(STATUS_RUNTIME_EXCEPTION)
        .addParameter(types.exception(), "e")
        .addJavadoc(
            "The gRPC error of {@code e}: its status's gRPC code, its message as the description,"
                + " and trailers holding the {@code google.rpc.Status} with the same code and"
                + " message and its details: the {@code ErrorInfo} (reason, domain, the metadata"
                + " {@code $L} when the status has one and {@code $L}, then each of {@code e}'s"
                + " {@linkplain $T#members() members} that is not null, as text), and, when {@code"
                + " e} has a {@linkplain $T#retryAfter() retry delay}, a {@code RetryInfo}. Neither"
                + " {@code e}'s class, nor its cause, nor its stack trace is part of it.\n\n"
                + "@param e the exception\n"
                + "@return the exception to close a call with, or to pass to a {@code"
                + " StreamObserver}'s {@code onError}\n"
                + "@throws NullPointerException if {@code e} is null\n",
            ERROR_CODE_KEY,
            HTTP_STATUS_KEY,
            types.exception(),
            types.exception())
        .addStatement("$T status = e.status()", statusEnum)
        .addStatement("String message = e.getMessage()")
        .addStatement(
            "$T.Builder info = $T.newBuilder().setReason(status.name()).setDomain(DOMAIN)",
            ERROR_INFO,
            ERROR_INFO)
        .beginControlFlow("if (status.errorCode().isPresent())")
        .addStatement("info.putMetadata(ERROR_CODE, status.errorCode().get())")
        .endControlFlow()
        .addStatement("info.putMetadata(HTTP_STATUS, $T.toString(status.code()))", Integer.class)
        .beginControlFlow("for ($T member : e.members().entrySet())", member)
        .beginControlFlow(
            "if (member.getValue() != null && !info.containsMetadata(member.getKey()))")
        .addStatement("info.putMetadata(member.getKey(), String.valueOf(member.getValue()))")
        .endControlFlow()
        .endControlFlow()
        .addStatement("$T code = code(status)", CODE)
        .addStatement(
            "$T.Builder details = $T.newBuilder().setCode(code.value()).setMessage(message == null"
                + " ? \"\" : message).addDetails($T.pack(info.build()))",
            RPC_STATUS,
            RPC_STATUS,
            ANY)
        .beginControlFlow("if (e.retryAfter().isPresent())")
        .addStatement("$T delay = e.retryAfter().get()", DURATION)
        .addStatement(
            "details.addDetails($T.pack($T.newBuilder().setRetryDelay($T.newBuilder()"
                + ".setSeconds(delay.getSeconds()).setNanos(delay.getNano())).build()))",
            ANY,
            RETRY_INFO,
            PROTO_DURATION)
        .endControlFlow()
        .addComment("StatusProto writes the details' trailer; the description stays the message,")
        .addComment("null included (StatusProto's own would be \"\" for null)")
        .addStatement(
            "$T trailers = $T.toStatusRuntimeException(details.build()).getTrailers()",
            METADATA,
            STATUS_PROTO)
        .addStatement(
            "return $T.fromCode(code).withDescription(message).asRuntimeException(trailers)",
            STATUS)
        .build();
  }

  private static MethodSpec fromThrowable(SpecTypes types) {
    ClassName exception = types.exception();
    return MethodSpec.methodBuilder("fromThrowable")
        .addModifiers(PUBLIC, STATIC)
        .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, exception))
        .addParameter(Throwable.class, "t")
        .addJavadoc(
            "The exception of this API that a gRPC error stands for, for clients. In {@code t}"
                + " and its causes: a {@link $T} is returned as it is (what {@code"
                + " $LClientInterceptor} puts there); else the first {@code"
                + " StatusRuntimeException} or {@code StatusException} decides: its {@code"
                + " ErrorInfo} of domain {@link #DOMAIN} gives the status by its reason; else its"
                + " gRPC code gives the first status of the spec that travels as that code; else"
                + " there is none. The exception's message is the gRPC status's description, its"
                + " cause the gRPC exception.\n\n"
                + "<p>Never throws: null, other domains, unknown reasons, malformed details and"
                + " missing trailers give a status by code, or empty.\n\n"
                + "@param t what a stub threw (a {@code StatusRuntimeException}, an {@code"
                + " ExecutionException} of a future stub...), or null\n"
                + "@return the exception, or empty when {@code t} is no gRPC error or its code is"
                + " none of the spec's\n",
            exception,
            grpcType(types).simpleName())
        .beginControlFlow("try")
        .addStatement("$T cause = t", Throwable.class)
        .beginControlFlow("for (int i = 0; cause != null && i < MAX_CAUSES; i++)")
        .beginControlFlow("if (cause instanceof $T)", exception)
        .addStatement("return $T.of(($T) cause)", JavaTypes.OPTIONAL, exception)
        .endControlFlow()
        .addStatement("cause = cause.getCause()")
        .endControlFlow()
        .addStatement("cause = t")
        .beginControlFlow("for (int i = 0; cause != null && i < MAX_CAUSES; i++)")
        .beginControlFlow("if (cause instanceof $T)", STATUS_RUNTIME_EXCEPTION)
        .addStatement("$T e = ($T) cause", STATUS_RUNTIME_EXCEPTION, STATUS_RUNTIME_EXCEPTION)
        .addStatement("return fromStatus(e.getStatus(), e.getTrailers(), e)")
        .endControlFlow()
        .beginControlFlow("if (cause instanceof $T)", STATUS_EXCEPTION)
        .addStatement("$T e = ($T) cause", STATUS_EXCEPTION, STATUS_EXCEPTION)
        .addStatement("return fromStatus(e.getStatus(), e.getTrailers(), e)")
        .endControlFlow()
        .addStatement("cause = cause.getCause()")
        .endControlFlow()
        .addStatement("return $T.empty()", JavaTypes.OPTIONAL)
        .nextControlFlow("catch ($T unexpected)", RuntimeException.class)
        .addComment("a Throwable whose getCause() or getTrailers() fails: no error of this API")
        .addStatement("return $T.empty()", JavaTypes.OPTIONAL)
        .endControlFlow()
        .build();
  }

  private static MethodSpec fromStatus(SpecTypes types) {
    ClassName exception = types.exception();
    ClassName statusEnum = types.statusEnum();
    return MethodSpec.methodBuilder("fromStatus")
        .addModifiers(STATIC)
        .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, exception))
        .addParameter(STATUS, "status")
        .addParameter(METADATA, "trailers")
        .addParameter(Throwable.class, "cause")
        .addJavadoc(
            "The exception of this API that a gRPC status and its trailers stand for, for {@link"
                + " #fromThrowable(Throwable)} and the client interceptor: its {@linkplain"
                + " $T#problem() problem} holds the metadata of the {@code ErrorInfo} of {@link"
                + " #DOMAIN} (as text), its {@linkplain $T#retryAfter() retry delay} is the"
                + " details' {@code RetryInfo}.\n\n"
                + "@param status the call's status, or null\n"
                + "@param trailers its trailers, or null\n"
                + "@param cause the exception's cause, or null\n"
                + "@return the exception, or empty for {@code OK}, null, and codes no status of"
                + " the spec travels as\n",
            exception,
            exception)
        .beginControlFlow("if (status == null || status.isOk())")
        .addStatement("return $T.empty()", JavaTypes.OPTIONAL)
        .endControlFlow()
        .addStatement("$T details = details(status, trailers)", RPC_STATUS)
        .addStatement("$T info = null", ERROR_INFO)
        .addStatement("$T delay = null", DURATION)
        .beginControlFlow("if (details != null)")
        .beginControlFlow("for ($T detail : details.getDetailsList())", ANY)
        .beginControlFlow("try")
        .beginControlFlow("if (info == null && detail.is($T.class))", ERROR_INFO)
        .addStatement("$T candidate = detail.unpack($T.class)", ERROR_INFO, ERROR_INFO)
        .beginControlFlow("if (DOMAIN.equals(candidate.getDomain()))")
        .addStatement("info = candidate")
        .endControlFlow()
        .nextControlFlow("else if (delay == null && detail.is($T.class))", RETRY_INFO)
        .addStatement(
            "$T retry = detail.unpack($T.class).getRetryDelay()", PROTO_DURATION, RETRY_INFO)
        .addStatement(
            "$T candidate = $T.ofSeconds(retry.getSeconds(), retry.getNanos())", DURATION, DURATION)
        .beginControlFlow("if (!candidate.isNegative())")
        .addStatement("delay = candidate")
        .endControlFlow()
        .endControlFlow()
        .nextControlFlow("catch ($T malformed)", INVALID_PROTOBUF)
        .addComment("a detail that is not what its type says: left out")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("$T found = info == null ? null : byReason(info.getReason())", statusEnum)
        .beginControlFlow("if (found == null)")
        .addStatement("found = byCode(status.getCode())")
        .endControlFlow()
        .beginControlFlow("if (found == null)")
        .addStatement("return $T.empty()", JavaTypes.OPTIONAL)
        .endControlFlow()
        .addStatement("$T e = $T.of(found, status.getDescription(), cause)", exception, exception)
        .beginControlFlow("if (info != null)")
        .addStatement(
            "e.withProblem(new $T<String, Object>(info.getMetadataMap()))",
            ClassName.get("java.util", "LinkedHashMap"))
        .endControlFlow()
        .beginControlFlow("if (delay != null)")
        .addStatement("e.retryAfter(delay)")
        .endControlFlow()
        .addStatement("return $T.of(e)", JavaTypes.OPTIONAL)
        .build();
  }

  private static MethodSpec details() {
    return MethodSpec.methodBuilder("details")
        .addModifiers(PRIVATE, STATIC)
        .returns(RPC_STATUS)
        .addParameter(STATUS, "status")
        .addParameter(METADATA, "trailers")
        .addJavadoc(
            "The {@code google.rpc.Status} of the trailers.\n\n"
                + "@param status the call's status\n"
                + "@param trailers its trailers, or null\n"
                + "@return it, or null when the trailers have none, or one that is malformed or"
                + " whose code is not the status's\n")
        .beginControlFlow("if (trailers == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("return $T.fromStatusAndTrailers(status, trailers)", STATUS_PROTO)
        .nextControlFlow("catch ($T malformed)", RuntimeException.class)
        .addStatement("return null")
        .endControlFlow()
        .build();
  }

  private static MethodSpec byReason(SpecTypes types) {
    ClassName statusEnum = types.statusEnum();
    return MethodSpec.methodBuilder("byReason")
        .addModifiers(PRIVATE, STATIC)
        .returns(statusEnum)
        .addParameter(String.class, "reason")
        .addJavadoc(
            "The error status whose id is {@code reason}.\n\n"
                + "@param reason the reason of an {@code ErrorInfo} of {@link #DOMAIN}\n"
                + "@return the status, or null when no error status of the spec has that id\n")
        .beginControlFlow("try")
        .addStatement("$T found = $T.valueOf(reason)", statusEnum, statusEnum)
        .addStatement("return found.isError() ? found : null")
        .nextControlFlow("catch ($T unknown)", IllegalArgumentException.class)
        .addComment("a reason of a newer version of the API: the code decides")
        .addStatement("return null")
        .endControlFlow()
        .build();
  }

  /** The error statuses in file order, with the gRPC code each travels as. */
  private static Map<Status, String> codes(SpecTypes types) {
    Map<Status, String> codes = new LinkedHashMap<>();
    for (Status status : types.spec().errors()) {
      codes.put(status, Grpc.codeOf(status));
    }
    return codes;
  }

  private static MethodSpec byCode(SpecTypes types) {
    ClassName statusEnum = types.statusEnum();
    // Each code's first status, codes in the order of google.rpc.Code.
    Map<Integer, Status> firsts = new TreeMap<>();
    for (Map.Entry<Status, String> entry : codes(types).entrySet()) {
      firsts.putIfAbsent(Grpc.ERROR_CODES.indexOf(entry.getValue()), entry.getKey());
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("byCode")
            .addModifiers(PRIVATE, STATIC)
            .returns(statusEnum)
            .addParameter(CODE, "code")
            .addJavadoc(
                "The first status of the spec that travels as {@code code}.\n\n"
                    + "@param code a gRPC code\n"
                    + "@return the status, or null when none does\n");
    suppressDeprecation(method, firsts.values());
    method.beginControlFlow("switch (code)");
    for (Map.Entry<Integer, Status> first : firsts.entrySet()) {
      method
          .addCode("case $L:\n", Grpc.ERROR_CODES.get(first.getKey()))
          .addStatement("$>return $T.$L$<", statusEnum, first.getValue().id());
    }
    method.addCode("default:\n").addStatement("$>return null$<").endControlFlow();
    return method.build();
  }

  private static MethodSpec code(SpecTypes types) {
    ClassName statusEnum = types.statusEnum();
    Map<Status, String> codes = codes(types);
    // Statuses whose own grpc: differs from what their HTTP code gives.
    List<Status> overridden = new ArrayList<>();
    // HTTP codes of the spec's errors whose default is not the fallback of their class.
    Map<Integer, String> byHttp = new TreeMap<>();
    for (Map.Entry<Status, String> entry : codes.entrySet()) {
      Status status = entry.getKey();
      String fallback = status.isClientError() ? "FAILED_PRECONDITION" : "INTERNAL";
      String byCode = Grpc.defaultCode(status.code());
      if (!entry.getValue().equals(byCode)) {
        overridden.add(status);
      } else if (!byCode.equals(fallback)) {
        byHttp.put(status.code(), byCode);
      }
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("code")
            .addModifiers(PRIVATE, STATIC)
            .returns(CODE)
            .addParameter(statusEnum, "status")
            .addJavadoc(
                "The gRPC code {@code status} travels as: its {@code grpc:} in the spec, else the"
                    + " HTTP mapping of {@code google/rpc/code.proto} read backwards ({@code"
                    + " FAILED_PRECONDITION} for other 4xx codes, {@code INTERNAL} for other 5xx"
                    + " codes).\n\n"
                    + "@param status an error status\n"
                    + "@return its gRPC code\n");
    if (!overridden.isEmpty()) {
      suppressDeprecation(method, overridden);
      method.beginControlFlow("switch (status)");
      for (Status status : overridden) {
        method
            .addCode("case $L:\n", status.id())
            .addStatement("$>return $T.$L$<", CODE, codes.get(status));
      }
      method.addCode("default:\n").addStatement("$>break$<").endControlFlow();
    }
    if (!byHttp.isEmpty()) {
      method.beginControlFlow("switch (status.code())");
      for (Map.Entry<Integer, String> entry : byHttp.entrySet()) {
        method
            .addCode("case $L:\n", entry.getKey())
            .addStatement("$>return $T.$L$<", CODE, entry.getValue());
      }
      method.addCode("default:\n").addStatement("$>break$<").endControlFlow();
    }
    return method
        .addStatement(
            "return status.code() < 500 ? $T.FAILED_PRECONDITION : $T.INTERNAL", CODE, CODE)
        .build();
  }

  /** {@code @SuppressWarnings("deprecation")} on a method naming a deprecated status. */
  private static void suppressDeprecation(MethodSpec.Builder method, Iterable<Status> named) {
    for (Status status : named) {
      if (status.isDeprecated()) {
        method.addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "deprecation")
                .build());
        return;
      }
    }
  }

  // ---------------------------------------------------------------- the server interceptor

  private static TypeSpec serverInterceptor(
      SpecTypes types, TypeSpec.Builder type, ClassName self) {
    ClassName exception = types.exception();
    ClassName grpc = grpcType(types);
    ClassName call = self.nestedClass("ClosingCall");
    ClassName listener = self.nestedClass("ClosingListener");
    TypeName serverCall = ParameterizedTypeName.get(SERVER_CALL, REQ, RESP);
    TypeName serverListener = ParameterizedTypeName.get(SERVER_LISTENER, REQ);
    type.addModifiers(PUBLIC, FINAL)
        .addSuperinterface(SERVER_INTERCEPTOR)
        .addJavadoc(
            "gRPC server interceptor of {@link $T}: a {@link $T} that a service method throws,"
                + " unary or streaming, or passes to its {@code StreamObserver}'s {@code"
                + " onError}, closes the call with the exception's gRPC error ({@link"
                + " $T#toStatusRuntimeException}): its status's code, its message, and the {@code"
                + " ErrorInfo} detail, nothing else of it (no class name, no stack trace). Other"
                + " exceptions are left to grpc-java.\n\n"
                + "<pre>{@code\n"
                + "Server server = ServerBuilder.forPort(port)\n"
                + "    .addService(ServerInterceptors.intercept(new MyService(), new"
                + " $L()))\n"
                + "    .build();\n"
                + "}</pre>\n",
            types.annotatedInterface(),
            exception,
            grpc,
            self.simpleName())
        .addMethod(publicConstructor("Creates the interceptor; it holds no state."))
        .addMethod(
            MethodSpec.methodBuilder("interceptCall")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addTypeVariables(List.of(REQ, RESP))
                .returns(serverListener)
                .addParameter(serverCall, "call")
                .addParameter(METADATA, "headers")
                .addParameter(ParameterizedTypeName.get(SERVER_CALL_HANDLER, REQ, RESP), "next")
                .addJavadoc(
                    "Starts the call with a call and a listener that close it with the gRPC error"
                        + " of a {@link $T}.\n\n"
                        + "@param call the call\n"
                        + "@param headers its headers\n"
                        + "@param next the service's handler\n"
                        + "@param <ReqT> the request type\n"
                        + "@param <RespT> the response type\n"
                        + "@return the call's listener\n",
                    exception)
                .addStatement(
                    "$T closing = new $T(call)",
                    ParameterizedTypeName.get(call, REQ, RESP),
                    ParameterizedTypeName.get(call, REQ, RESP))
                .beginControlFlow("try")
                .addStatement(
                    "return new $T(next.startCall(closing, headers), closing)",
                    ParameterizedTypeName.get(listener, REQ))
                .nextControlFlow("catch ($T e)", exception)
                .addComment("thrown as the call starts: a client- or bidi-streaming method")
                .addStatement("closing.closeWith(e, null)")
                .addStatement("return new $T() {}", serverListener)
                .endControlFlow()
                .build())
        .addType(closingCall(exception, grpc, call))
        .addType(closingListener(exception, call, listener));
    return type.build();
  }

  private static TypeSpec closingCall(ClassName exception, ClassName grpc, ClassName self) {
    return TypeSpec.classBuilder(self)
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addTypeVariables(List.of(REQ, RESP))
        .superclass(ParameterizedTypeName.get(FORWARDING_SERVER_CALL, REQ, RESP))
        .addJavadoc(
            "A call that a {@link $T} closes with its gRPC error, once.\n\n"
                + "@param <ReqT> the request type\n"
                + "@param <RespT> the response type\n",
            exception)
        .addField(
            FieldSpec.builder(boolean.class, "closed", PRIVATE)
                .addJavadoc("Whether the call was closed.\n")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(ParameterizedTypeName.get(SERVER_CALL, REQ, RESP), "delegate")
                .addJavadoc("Wraps {@code delegate}.\n\n@param delegate the call\n")
                .addStatement("super(delegate)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addParameter(STATUS, "status")
                .addParameter(METADATA, "trailers")
                .addJavadoc(
                    "Closes the call; with the gRPC error of the {@link $T} that is the status's"
                        + " cause, if it is one (what a {@code StreamObserver}'s {@code onError}"
                        + " makes of it). Once a {@link $T} has closed the call, the service's own"
                        + " {@code onCompleted} or {@code onError} after it close nothing.\n\n"
                        + "@param status the status\n"
                        + "@param trailers the trailers\n",
                    exception,
                    exception)
                .beginControlFlow(
                    "if (status != null && status.getCause() instanceof $T)", exception)
                .addStatement("closeWith(($T) status.getCause(), trailers)", exception)
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("synchronized (this)")
                .beginControlFlow("if (closed)")
                .addStatement("return")
                .endControlFlow()
                .addStatement("closed = true")
                .endControlFlow()
                .addStatement("super.close(status, trailers)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("closeWith")
                .addParameter(exception, "e")
                .addParameter(METADATA, "trailers")
                .addJavadoc(
                    "Closes the call with the gRPC error of {@code e}, unless it is closed"
                        + " already.\n\n"
                        + "@param e the exception\n"
                        + "@param trailers trailers to send too, or null\n")
                .beginControlFlow("synchronized (this)")
                .beginControlFlow("if (closed)")
                .addStatement("return")
                .endControlFlow()
                .addStatement("closed = true")
                .endControlFlow()
                .addStatement(
                    "$T error = $T.toStatusRuntimeException(e)", STATUS_RUNTIME_EXCEPTION, grpc)
                .addStatement("$T all = new $T()", METADATA, METADATA)
                .beginControlFlow("if (trailers != null)")
                .addStatement("all.merge(trailers)")
                .endControlFlow()
                .addComment("last, so that its google.rpc.Status is the one read")
                .addStatement("all.merge(error.getTrailers())")
                .addStatement("super.close(error.getStatus(), all)")
                .build())
        .build();
  }

  private static TypeSpec closingListener(ClassName exception, ClassName call, ClassName self) {
    TypeName closingCall =
        ParameterizedTypeName.get(call, REQ, WildcardTypeName.subtypeOf(Object.class));
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(PRIVATE, STATIC, FINAL)
            .addTypeVariable(REQ)
            .superclass(ParameterizedTypeName.get(FORWARDING_SERVER_LISTENER, REQ))
            .addJavadoc(
                "A listener that closes its call with the gRPC error of a {@link $T} that a"
                    + " callback of the service throws.\n\n"
                    + "@param <ReqT> the request type\n",
                exception)
            .addField(
                FieldSpec.builder(closingCall, "call", PRIVATE, FINAL)
                    .addJavadoc("The call to close.\n")
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(ParameterizedTypeName.get(SERVER_LISTENER, REQ), "delegate")
                    .addParameter(closingCall, "call")
                    .addJavadoc(
                        "Wraps {@code delegate}.\n\n"
                            + "@param delegate the service's listener\n"
                            + "@param call the call to close\n")
                    .addStatement("super(delegate)")
                    .addStatement("this.call = call")
                    .build());
    type.addMethod(
        callback("onMessage", "a request message", exception)
            .addParameter(REQ, "message")
            .addJavadoc("@param message the message\n")
            .beginControlFlow("try")
            .addStatement("super.onMessage(message)")
            .nextControlFlow("catch ($T e)", exception)
            .addStatement("call.closeWith(e, null)")
            .endControlFlow()
            .build());
    for (String[] callback :
        new String[][] {
          {
            "onHalfClose", "the end of the requests (where a unary or server-streaming method runs)"
          },
          {"onCancel", "the call's cancellation"},
          {"onComplete", "the call's completion"},
          {"onReady", "the call's readiness for more responses"}
        }) {
      type.addMethod(
          callback(callback[0], callback[1], exception)
              .beginControlFlow("try")
              .addStatement("super.$L()", callback[0])
              .nextControlFlow("catch ($T e)", exception)
              .addStatement("call.closeWith(e, null)")
              .endControlFlow()
              .build());
    }
    return type.build();
  }

  private static MethodSpec.Builder callback(String name, String what, ClassName exception) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .addJavadoc(
            "Hands the service $L; a {@link $T} it throws closes the call.\n\n", what, exception);
  }

  // ---------------------------------------------------------------- the client interceptor

  private static TypeSpec clientInterceptor(
      SpecTypes types, TypeSpec.Builder type, ClassName self) {
    ClassName exception = types.exception();
    ClassName grpc = grpcType(types);
    ClassName call = self.nestedClass("DecodingCall");
    ClassName listener = self.nestedClass("DecodingListener");
    TypeName clientCall = ParameterizedTypeName.get(CLIENT_CALL, REQ, RESP);
    type.addModifiers(PUBLIC, FINAL)
        .addSuperinterface(CLIENT_INTERCEPTOR)
        .addJavadoc(
            "gRPC client interceptor of {@link $T}: a call that ends with an error of this API"
                + " (as {@link $T#fromThrowable(Throwable)} reads it) ends with the same status"
                + " whose cause is the {@link $T}. grpc-java's stubs always throw {@code"
                + " StatusRuntimeException} (in an {@code ExecutionException} for future stubs),"
                + " so catch that and take its cause:\n\n"
                + "<pre>{@code\n"
                + "Channel channel = ClientInterceptors.intercept(managedChannel, new $L());\n"
                + "try {\n"
                + "  stub.call(request);\n"
                + "} catch (StatusRuntimeException e) {\n"
                + "  if (e.getCause() instanceof $T) {\n"
                + "    // handle it\n"
                + "  }\n"
                + "}\n"
                + "}</pre>\n\n"
                + "<p>The exception's cause is the status's own cause, if any (such as the"
                + " {@code IOException} of a connection that failed).\n",
            types.annotatedInterface(),
            grpc,
            exception,
            self.simpleName(),
            exception)
        .addMethod(publicConstructor("Creates the interceptor; it holds no state."))
        .addMethod(
            MethodSpec.methodBuilder("interceptCall")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addTypeVariables(List.of(REQ, RESP))
                .returns(clientCall)
                .addParameter(ParameterizedTypeName.get(METHOD_DESCRIPTOR, REQ, RESP), "method")
                .addParameter(CALL_OPTIONS, "callOptions")
                .addParameter(CHANNEL, "next")
                .addJavadoc(
                    "Creates the call, whose listener learns of an error of this API as the cause"
                        + " of its status.\n\n"
                        + "@param method the method called\n"
                        + "@param callOptions the call's options\n"
                        + "@param next the channel\n"
                        + "@param <ReqT> the request type\n"
                        + "@param <RespT> the response type\n"
                        + "@return the call\n")
                .addStatement(
                    "return new $T(next.newCall(method, callOptions))",
                    ParameterizedTypeName.get(call, REQ, RESP))
                .build())
        .addType(
            TypeSpec.classBuilder(call)
                .addModifiers(PRIVATE, STATIC, FINAL)
                .addTypeVariables(List.of(REQ, RESP))
                .superclass(ParameterizedTypeName.get(FORWARDING_CLIENT_CALL, REQ, RESP))
                .addJavadoc(
                    "A call whose listener learns of an error of this API as the cause of its"
                        + " status.\n\n"
                        + "@param <ReqT> the request type\n"
                        + "@param <RespT> the response type\n")
                .addMethod(
                    MethodSpec.constructorBuilder()
                        .addParameter(clientCall, "delegate")
                        .addJavadoc("Wraps {@code delegate}.\n\n@param delegate the call\n")
                        .addStatement("super(delegate)")
                        .build())
                .addMethod(
                    MethodSpec.methodBuilder("start")
                        .addAnnotation(Override.class)
                        .addModifiers(PUBLIC)
                        .addParameter(ParameterizedTypeName.get(CLIENT_LISTENER, RESP), "listener")
                        .addParameter(METADATA, "headers")
                        .addJavadoc(
                            "Starts the call with a listener that decodes its error.\n\n"
                                + "@param listener the caller's listener\n"
                                + "@param headers the call's headers\n")
                        .addStatement(
                            "super.start(new $T(listener), headers)",
                            ParameterizedTypeName.get(listener, RESP))
                        .build())
                .build())
        .addType(
            TypeSpec.classBuilder(listener)
                .addModifiers(PRIVATE, STATIC, FINAL)
                .addTypeVariable(RESP)
                .superclass(ParameterizedTypeName.get(FORWARDING_CLIENT_LISTENER, RESP))
                .addJavadoc(
                    "A listener that gives an error of this API as the cause of the call's"
                        + " status.\n\n"
                        + "@param <RespT> the response type\n")
                .addMethod(
                    MethodSpec.constructorBuilder()
                        .addParameter(ParameterizedTypeName.get(CLIENT_LISTENER, RESP), "delegate")
                        .addJavadoc(
                            "Wraps {@code delegate}.\n\n@param delegate the caller's listener\n")
                        .addStatement("super(delegate)")
                        .build())
                .addMethod(
                    MethodSpec.methodBuilder("onClose")
                        .addAnnotation(Override.class)
                        .addModifiers(PUBLIC)
                        .addParameter(STATUS, "status")
                        .addParameter(METADATA, "trailers")
                        .addJavadoc(
                            "Closes the caller's listener with {@code status}, whose cause is the"
                                + " {@link $T} it stands for, if any.\n\n"
                                + "@param status the call's status\n"
                                + "@param trailers its trailers\n",
                            exception)
                        .addStatement("$T closing = status", STATUS)
                        .beginControlFlow(
                            "if (status != null && !status.isOk() && !(status.getCause()"
                                + " instanceof $T))",
                            exception)
                        .beginControlFlow("try")
                        .addStatement(
                            "$T<$T> e = $T.fromStatus(status, trailers, status.getCause())",
                            JavaTypes.OPTIONAL,
                            exception,
                            grpc)
                        .beginControlFlow("if (e.isPresent())")
                        .addStatement("closing = status.withCause(e.get())")
                        .endControlFlow()
                        .nextControlFlow("catch ($T unexpected)", RuntimeException.class)
                        .addComment(
                            "never: but a listener that throws leaves the caller waiting forever")
                        .addStatement("closing = status")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("super.onClose(closing, trailers)")
                        .build())
                .build());
    return type.build();
  }
}
