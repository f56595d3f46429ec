package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.gen.adapters.ProblemReading.Library;
import java.util.List;
import java.util.Set;

/**
 * Spring WebFlux's client adapter, for Spring Framework 6.1+ and 7 ({@code spring-webflux}; Spring
 * Boot 3 and 4): {@code PExchangeFilter}, an {@code ExchangeFilterFunction} for {@code WebClient}
 * (and so for HTTP interface clients over it) that turns a response whose code the spec has as an
 * error into {@code Mono.error(<the generated exception>)}, decoded from at most {@code
 * PProblems.MAX_BODY_BYTES} of its body (the rest is cancelled, never buffered) with the Jackson
 * Spring brings. Other responses pass through untouched, for {@code retrieve()}'s own handling.
 *
 * <p>The server side is the Spring adapter's {@code PControllerAdvice}, which serves a reactive app
 * as it serves a servlet one.
 */
public final class WebFluxAdapter extends Adapter {

  /** Creates the adapter. */
  public WebFluxAdapter() {
    super(
        "webflux",
        "Spring WebFlux 6.1+ / 7 (spring-webflux WebClient)",
        Requirement.types(
            "org.springframework.http.ProblemDetail", FILTER_NAME, "reactor.core.publisher.Mono"));
  }

  private static final String FILTER_NAME =
      "org.springframework.web.reactive.function.client.ExchangeFilterFunction";
  private static final ClassName FILTER = ClassName.bestGuess(FILTER_NAME);
  private static final ClassName EXCHANGE =
      ClassName.get("org.springframework.web.reactive.function.client", "ExchangeFunction");
  private static final ClassName REQUEST =
      ClassName.get("org.springframework.web.reactive.function.client", "ClientRequest");
  private static final ClassName RESPONSE =
      ClassName.get("org.springframework.web.reactive.function.client", "ClientResponse");
  private static final ClassName EXTRACTORS =
      ClassName.get("org.springframework.web.reactive.function", "BodyExtractors");
  private static final ClassName DATA_BUFFER =
      ClassName.get("org.springframework.core.io.buffer", "DataBuffer");
  private static final ClassName DATA_BUFFER_UTILS =
      ClassName.get("org.springframework.core.io.buffer", "DataBufferUtils");
  private static final ClassName MONO = ClassName.get("reactor.core.publisher", "Mono");

  @Override
  protected List<Type> declaredTypes() {
    return List.of(new Type("ExchangeFilter", WebFluxAdapter::exchangeFilter));
  }

  @Override
  public Set<String> foreignTypes() {
    return ProblemReading.foreignTypes(
        "BodyExtractors",
        "ClientRequest",
        "ClientResponse",
        "DataBuffer",
        "DataBufferUtils",
        "ExchangeFilterFunction",
        "ExchangeFunction",
        "Mono");
  }

  private static TypeSpec exchangeFilter(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    Library library = Library.of(types.target().classPath());
    ClassName exception = types.exception();
    ClassName status = types.statusEnum();
    ClassName problems = types.problems();
    TypeName monoOfResponse = ParameterizedTypeName.get(MONO, RESPONSE);
    type.addModifiers(PUBLIC)
        .addSuperinterface(FILTER)
        .addJavadoc(
            "Spring WebFlux adapter of {@link $T} for {@code WebClient}: a response whose code"
                + " the spec has as an error becomes {@code Mono.error} of the generated {@link"
                + " $T} of its problem-details body (RFC 9457), its message the body's {@code"
                + " detail}, its members in {@link $T#problem()} and the response's {@code"
                + " Retry-After} in {@link $T#retryAfter()}; $L. At most {@link"
                + " $T#MAX_BODY_BYTES} of an error body is read, the rest cancelled. Other"
                + " responses pass through, a code the spec does not have to {@code"
                + " retrieve()}'s own {@code WebClientResponseException}. Bodies are decoded with"
                + " $L. HTTP interface clients ({@code @HttpExchange}) over such a {@code"
                + " WebClient} throw the generated exceptions too.\n\n"
                + "<pre>{@code\n"
                + "WebClient client = WebClient.builder().baseUrl(url).filter(new $L()).build();\n"
                + "}</pre>\n",
            types.annotatedInterface(),
            exception,
            exception,
            exception,
            ProblemReading.NOT_A_PROBLEM,
            problems,
            library.description(),
            self.simpleName())
        .addMethod(publicConstructor("Creates the filter."))
        .addMethod(
            MethodSpec.methodBuilder("filter")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(monoOfResponse)
                .addParameter(REQUEST, "request")
                .addParameter(EXCHANGE, "next")
                .addJavadoc(
                    "Exchanges {@code request}, and turns an error response of the spec into"
                        + " the generated exception.\n\n"
                        + "@param request the request\n"
                        + "@param next the rest of the exchange\n"
                        + "@return the response, or an error with the generated exception\n")
                .addStatement("return next.exchange(request).flatMap($T::decode)", self)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("decode")
                .addModifiers(PRIVATE, STATIC)
                .returns(monoOfResponse)
                .addParameter(RESPONSE, "response")
                .addJavadoc(
                    "The response itself when its code is no error of the spec, else an error"
                        + " with the generated exception of at most {@link $T#MAX_BODY_BYTES} and"
                        + " one byte of its body (the rest is cancelled).\n\n"
                        + "@param response the response\n"
                        + "@return the response, or the error\n",
                    problems)
                .addStatement("int code = response.statusCode().value()")
                .addStatement("$T byCode = $T.resolve(code).orElse(null)", status, status)
                .beginControlFlow("if (byCode == null || !byCode.isError())")
                .addStatement("return $T.just(response)", MONO)
                .endControlFlow()
                .addStatement(
                    "$T retryAfter = response.headers().asHttpHeaders().getFirst($T.RETRY_AFTER)",
                    String.class,
                    problems)
                .addStatement(
                    "return $T.join($T.takeUntilByteCount(response.body($T.toDataBuffers()),"
                        + " $T.MAX_BODY_BYTES + 1L))\n"
                        + ".map($T::bytes)\n"
                        + ".defaultIfEmpty(new byte[0])\n"
                        + ".onErrorReturn(new byte[0])\n"
                        + ".flatMap(body -> $T.<$T>error($T.fromBody(code, members(body),"
                        + " retryAfter)))",
                    DATA_BUFFER_UTILS,
                    DATA_BUFFER_UTILS,
                    EXTRACTORS,
                    problems,
                    self,
                    MONO,
                    RESPONSE,
                    problems)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("bytes")
                .addModifiers(PRIVATE, STATIC)
                .returns(byte[].class)
                .addParameter(DATA_BUFFER, "buffer")
                .addJavadoc(
                    "Copies and releases a buffer.\n\n"
                        + "@param buffer the body read\n"
                        + "@return its bytes\n")
                .beginControlFlow("try")
                .addStatement("byte[] bytes = new byte[buffer.readableByteCount()]")
                .addStatement("buffer.read(bytes)")
                .addStatement("return bytes")
                .nextControlFlow("finally")
                .addStatement("$T.release(buffer)", DATA_BUFFER_UTILS)
                .endControlFlow()
                .build());
    ProblemReading.addMembers(
        type,
        types,
        library,
        "the body's bytes, at most one more than {@link "
            + problems.simpleName()
            + "#MAX_BODY_BYTES}");
    return type.build();
  }
}
