package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.JavaTypes;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.gen.adapters.ProblemReading.Library;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates {@code PErrorDecoder}, OpenFeign's adapter (12 and later): an {@code ErrorDecoder} that
 * turns a response whose code the spec has as an error into the generated exception, decoded from
 * at most {@code PProblems.MAX_BODY_BYTES} of its body; a retryable status gives a {@code
 * RetryableException} whose cause is that exception and whose retry time is the response's {@code
 * Retry-After}, so Feign's {@code Retryer} retries it when the server said; other codes go to
 * Feign's {@code ErrorDecoder.Default}.
 *
 * <p>feign-core has no JSON, so the body is decoded by, in this order: the Feign {@code Decoder}
 * given to the constructor (e.g. {@code JacksonDecoder}, {@code GsonDecoder}), else the JSON
 * library of the compile class path ({@link ProblemReading}), else nothing: with only feign-core
 * the exception is the code's status, its message the reason phrase.
 *
 * <p>The API version is detected, not assumed: Feign 13 deprecated {@code RetryableException}'s
 * constructors that take a {@code Date} and added ones that take a {@code Long} (both the time to
 * retry at, the {@code Long} in epoch milliseconds); the decoder calls the {@code Long} one where
 * it exists, so it compiles without a deprecation warning on both.
 */
public final class FeignAdapter extends Adapter {

  private static final ClassName ERROR_DECODER = ClassName.get("feign.codec", "ErrorDecoder");
  private static final ClassName DEFAULT = ERROR_DECODER.nestedClass("Default");
  private static final ClassName DECODER = ClassName.get("feign.codec", "Decoder");
  private static final ClassName RESPONSE = ClassName.get("feign", "Response");
  private static final ClassName REQUEST = ClassName.get("feign", "Request");
  private static final ClassName RETRYABLE = ClassName.get("feign", "RetryableException");

  /** Creates the adapter. */
  public FeignAdapter() {
    super("feign", "OpenFeign 12+ (feign-core)", Requirement.types("feign.codec.ErrorDecoder"));
  }

  @Override
  protected List<Type> declaredTypes() {
    return List.of(new Type("ErrorDecoder", FeignAdapter::errorDecoder));
  }

  @Override
  public Set<String> foreignTypes() {
    return ProblemReading.foreignTypes(
        "Date",
        "Decoder",
        "ErrorDecoder",
        "HttpMethod",
        "Request",
        "Response",
        "RetryableException");
  }

  /** Whether the class path has Feign 13's {@code RetryableException(..., Long, Request)}. */
  static boolean longRetryAfter(SpecTypes types) {
    return types
        .target()
        .classPath()
        .hasMethod(
            "feign.RetryableException",
            "<init>",
            List.of(
                "int",
                "java.lang.String",
                "feign.Request.HttpMethod",
                "java.lang.Throwable",
                "java.lang.Long",
                "feign.Request"));
  }

  private static TypeSpec errorDecoder(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    Library library = Library.of(types.target().classPath());
    ClassName exception = types.exception();
    ClassName status = types.statusEnum();
    ClassName problems = types.problems();
    type.addModifiers(PUBLIC)
        .addSuperinterface(ERROR_DECODER)
        .addJavadoc(
            "OpenFeign adapter of {@link $T}: a response whose code the spec has as an error"
                + " becomes the generated {@link $T} of its problem-details body (RFC 9457), its"
                + " message the body's {@code detail}, its members in {@link $T#problem()} and the"
                + " response's {@code Retry-After} in {@link $T#retryAfter()}; $L. A retryable"
                + " status gives a {@code RetryableException} whose cause is the generated"
                + " exception and whose retry time is that {@code Retry-After} (none without it),"
                + " so the client's {@code Retryer} retries it when the server said (with {@code"
                + " exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)} the client then"
                + " throws the generated exception itself). Other codes are left to the fallback,"
                + " Feign's {@code ErrorDecoder.Default} unless given.\n\n"
                + "<p>Bodies are decoded with the {@code Decoder} given, else with $L.\n\n"
                + "<pre>{@code\n"
                + "Api api = Feign.builder().errorDecoder(new $L()).target(Api.class, url);\n"
                + "}</pre>\n",
            types.annotatedInterface(),
            exception,
            exception,
            exception,
            ProblemReading.NOT_A_PROBLEM,
            library.description(),
            self.simpleName())
        .addField(FieldSpec.builder(DECODER, "bodyDecoder", PRIVATE, FINAL).build())
        .addField(FieldSpec.builder(ERROR_DECODER, "fallback", PRIVATE, FINAL).build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PUBLIC)
                .addJavadoc(
                    "Creates the decoder: bodies decoded with $L, and Feign's {@code"
                        + " ErrorDecoder.Default} for the codes the spec does not have.\n",
                    library.description())
                .addStatement("this(null, new $T())", DEFAULT)
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PUBLIC)
                .addParameter(DECODER, "bodyDecoder")
                .addJavadoc(
                    "Creates the decoder, with Feign's {@code ErrorDecoder.Default} for the codes"
                        + " the spec does not have.\n\n"
                        + "@param bodyDecoder decodes a problem body into a {@code Map} (e.g."
                        + " {@code new JacksonDecoder()}); null for the built-in decoding\n")
                .addStatement("this(bodyDecoder, new $T())", DEFAULT)
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PUBLIC)
                .addParameter(DECODER, "bodyDecoder")
                .addParameter(ERROR_DECODER, "fallback")
                .addJavadoc(
                    "Creates the decoder.\n\n"
                        + "@param bodyDecoder decodes a problem body into a {@code Map} (e.g."
                        + " {@code new JacksonDecoder()}); null for the built-in decoding\n"
                        + "@param fallback decodes the responses whose code the spec does not have"
                        + " as an error\n")
                .addStatement("this.bodyDecoder = bodyDecoder")
                .addStatement("this.fallback = fallback")
                .build());
    MethodSpec.Builder decode =
        MethodSpec.methodBuilder("decode")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(Exception.class)
            .addParameter(String.class, "methodKey")
            .addParameter(RESPONSE, "response")
            .addJavadoc(
                "The generated exception of an error response (in a {@code RetryableException} for"
                    + " a retryable status), or the fallback's for a code the spec does not have"
                    + " (its body then left unread).\n\n"
                    + "@param methodKey the Feign method that was called\n"
                    + "@param response the error response\n"
                    + "@return the exception\n")
            .addStatement("int code = response.status()")
            .addStatement("$T byCode = $T.resolve(code).orElse(null)", status, status)
            .beginControlFlow("if (byCode == null || !byCode.isError())")
            .addStatement("return fallback.decode(methodKey, response)")
            .endControlFlow()
            .addStatement(
                "$T e = $T.fromBody(code, members(response), retryAfter(response))",
                exception,
                problems)
            .beginControlFlow("if (!e.status().isRetryable())")
            .addStatement("return e")
            .endControlFlow()
            .addStatement("$T request = response.request()", REQUEST)
            .addStatement("$T wait = e.retryAfter().orElse(null)", Duration.class);
    if (longRetryAfter(types)) {
      decode.addStatement(
          "return new $T(code, e.getMessage(), request.httpMethod(), e, wait == null ? null :"
              + " $T.valueOf(retryAt(wait)), request)",
          RETRYABLE,
          Long.class);
    } else {
      decode.addStatement(
          "return new $T(code, e.getMessage(), request.httpMethod(), e, wait == null ? null : new"
              + " $T(retryAt(wait)), request)",
          RETRYABLE,
          Date.class);
    }
    type.addMethod(decode.build())
        .addMethod(
            MethodSpec.methodBuilder("members")
                .addModifiers(PRIVATE)
                .returns(JavaTypes.MEMBERS)
                .addParameter(RESPONSE, "response")
                .addJavadoc(
                    "The members of the response's problem body, from at most {@link"
                        + " $T#MAX_BODY_BYTES} of it.\n\n"
                        + "@param response the response\n"
                        + "@return the members, or null when the body is not a problem\n",
                    problems)
                .addStatement("byte[] body")
                .beginControlFlow("try")
                .addStatement(
                    "body = read(response.body() == null ? null :"
                        + " response.body().asInputStream())")
                .nextControlFlow(
                    "catch ($T | $T unreadable)", IOException.class, RuntimeException.class)
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("if (bodyDecoder == null)")
                .addStatement("return members(body)")
                .endControlFlow()
                .beginControlFlow(
                    "if (body.length == 0 || body.length > $T.MAX_BODY_BYTES)", problems)
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement(
                    "return stringKeys(bodyDecoder.decode(response.toBuilder().body(body).build(),"
                        + " $T.class))",
                    Map.class)
                .nextControlFlow(
                    "catch ($T | $T notAProblem)", IOException.class, RuntimeException.class)
                .addStatement("return null")
                .endControlFlow()
                .build());
    type.addMethod(
            MethodSpec.methodBuilder("retryAfter")
                .addModifiers(PRIVATE, STATIC)
                .returns(String.class)
                .addParameter(RESPONSE, "response")
                .addJavadoc(
                    "The response's {@code Retry-After} header (Feign's headers are"
                        + " case-insensitive).\n\n"
                        + "@param response the response\n"
                        + "@return its first value, or null when there is none\n")
                .addStatement(
                    "$T<$T, $T<$T>> headers = response.headers()",
                    Map.class,
                    String.class,
                    Collection.class,
                    String.class)
                .addStatement(
                    "$T<$T> values = headers == null ? null : headers.get($T.RETRY_AFTER)",
                    Collection.class,
                    String.class,
                    problems)
                .addStatement(
                    "return values == null || values.isEmpty() ? null : values.iterator().next()")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("retryAt")
                .addModifiers(PRIVATE, STATIC)
                .returns(long.class)
                .addParameter(Duration.class, "wait")
                .addJavadoc(
                    "When to retry, as {@code RetryableException} takes it: milliseconds since the"
                        + " epoch, {@code wait} from now; a wait beyond what a {@code long} holds"
                        + " is the end of time.\n\n"
                        + "@param wait the time to wait\n"
                        + "@return the time to retry at, in epoch milliseconds\n")
                .addStatement("long now = $T.currentTimeMillis()", System.class)
                .addStatement(
                    "return wait.compareTo($T.ofMillis($T.MAX_VALUE - now)) >= 0 ? $T.MAX_VALUE"
                        + " : now + wait.toMillis()",
                    Duration.class,
                    Long.class,
                    Long.class)
                .build());
    ProblemReading.addReading(type, types, library);
    ProblemReading.addStringKeys(type);
    return type.build();
  }
}
