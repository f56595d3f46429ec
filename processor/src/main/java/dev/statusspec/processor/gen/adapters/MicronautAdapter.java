package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.JavaTypes;
import dev.statusspec.processor.gen.SpecTypes;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Micronaut 4's adapter: two beans that micronaut-inject-java defines in the same compilation (it
 * reads the sources this processor writes in a later round, whichever of the two processors comes
 * first on the processor path), so the app registers nothing.
 *
 * <p>On the server, {@code PMicronautExceptionHandler}: a {@code @Singleton
 * ExceptionHandler<PException, HttpResponse<byte[]>>} that answers any {@code PException} a
 * controller throws with its status and an {@code application/problem+json} body of {@code
 * PProblems.toBody}'s members ({@code instance} the request's raw path), written by the handler
 * itself ({@link ProblemWriting}), so it needs neither Jackson nor Micronaut Serialization.
 * Generated where {@code micronaut-http-server} is on the class path.
 *
 * <p>On the client, {@code PMicronautClientFilter}: a {@code @ClientFilter("/**")} whose response
 * filter takes the {@code HttpClientResponseException} Micronaut's client raises for an error
 * response, so it applies to every declarative {@code @Client} (and to the {@code HttpClient}
 * beans) of the app; for a code the spec has as an error it throws the generated exception instead,
 * decoded from the body Micronaut buffered (bodies above {@code PProblems.MAX_BODY_BYTES} are not
 * decoded) with the app's own {@code JsonMapper}. Any other code keeps Micronaut's exception.
 * Generated where {@code micronaut-http-client-core} is on the class path.
 */
public final class MicronautAdapter extends Adapter {

  static final String CLIENT_RESPONSE_EXCEPTION =
      "io.micronaut.http.client.exceptions.HttpClientResponseException";
  static final String EXCEPTION_HANDLER = "io.micronaut.http.server.exceptions.ExceptionHandler";

  private static final ClassName HANDLER = ClassName.bestGuess(EXCEPTION_HANDLER);
  private static final ClassName HTTP_REQUEST = ClassName.get("io.micronaut.http", "HttpRequest");
  private static final ClassName HTTP_RESPONSE = ClassName.get("io.micronaut.http", "HttpResponse");
  private static final ClassName MUTABLE_RESPONSE =
      ClassName.get("io.micronaut.http", "MutableHttpResponse");
  private static final ClassName CLIENT_FILTER =
      ClassName.get("io.micronaut.http.annotation", "ClientFilter");
  private static final ClassName RESPONSE_FILTER =
      ClassName.get("io.micronaut.http.annotation", "ResponseFilter");
  private static final ClassName SINGLETON = ClassName.get("jakarta.inject", "Singleton");
  private static final ClassName RESPONSE_EXCEPTION =
      ClassName.bestGuess(CLIENT_RESPONSE_EXCEPTION);
  private static final ClassName JSON_MAPPER = ClassName.get("io.micronaut.json", "JsonMapper");
  private static final ClassName ARGUMENT = ClassName.get("io.micronaut.core.type", "Argument");
  private static final TypeName BYTES_RESPONSE =
      ParameterizedTypeName.get(HTTP_RESPONSE, TypeName.get(byte[].class));

  /** Creates the adapter. */
  public MicronautAdapter() {
    super(
        "micronaut",
        "Micronaut 4 (micronaut-http-server, micronaut-http-client)",
        new Requirement(
            List.of("io.micronaut.http.annotation.ClientFilter", "jakarta.inject.Singleton"),
            17,
            Optional.empty()));
  }

  @Override
  protected List<Type> declaredTypes() {
    return List.of(
        new Type(
            "MicronautExceptionHandler",
            MicronautAdapter::exceptionHandler,
            Optional.of(EXCEPTION_HANDLER)),
        new Type(
            "MicronautClientFilter",
            MicronautAdapter::clientFilter,
            Optional.of(CLIENT_RESPONSE_EXCEPTION)));
  }

  @Override
  public Set<String> foreignTypes() {
    return Set.of(
        "Argument",
        "ClientFilter",
        "ExceptionHandler",
        "HttpClientResponseException",
        "HttpRequest",
        "HttpResponse",
        "JsonMapper",
        "MutableHttpResponse",
        "ResponseFilter",
        "Singleton");
  }

  private static TypeSpec exceptionHandler(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    ClassName exception = types.exception();
    ClassName problems = types.problems();
    type.addModifiers(PUBLIC)
        .addAnnotation(SINGLETON)
        .addSuperinterface(ParameterizedTypeName.get(HANDLER, exception, BYTES_RESPONSE))
        .addJavadoc(
            "Micronaut adapter of {@link $T}: any {@link $T} a controller throws becomes its status"
                + " with an {@code application/problem+json} body (RFC 9457): {@code type}, {@code"
                + " title}, {@code status}, {@code detail} (the message), {@code instance} (the"
                + " request path), the errorCode member and the exception's extension members"
                + " ({@code withMember}), with a {@code Retry-After} header when the exception has"
                + " a time to wait; nothing else of the exception. A {@code @Singleton} bean that"
                + " micronaut-inject-java defines when it compiles this package: the app registers"
                + " nothing. It writes the JSON itself, so no JSON library is needed.\n",
            types.annotatedInterface(),
            exception)
        .addMethod(publicConstructor("Creates the handler; Micronaut does, once."))
        .addMethod(
            MethodSpec.methodBuilder("handle")
                .addAnnotation(Override.class)
                .addAnnotation(
                    AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "$S", "rawtypes")
                        .build())
                .addModifiers(PUBLIC)
                .returns(BYTES_RESPONSE)
                .addParameter(HTTP_REQUEST, "request")
                .addParameter(exception, "e")
                .addJavadoc(
                    "Answers {@code e} with its status and a problem-details body.\n\n"
                        + "@param request the request being answered (raw in Micronaut's"
                        + " signature), whose path becomes {@code instance}\n"
                        + "@param e the exception a controller threw\n"
                        + "@return the response\n")
                .addStatement(
                    "$T path = request == null ? null : request.getUri().getRawPath()",
                    String.class)
                .addStatement("$T body = $T.toBody(e, path)", JavaTypes.MEMBERS, problems)
                .addStatement(
                    "$T<byte[]> response = $T.<byte[]>status(e.code(), e.status().reasonPhrase())"
                        + ".contentType($T.MEDIA_TYPE)",
                    MUTABLE_RESPONSE,
                    HTTP_RESPONSE,
                    problems)
                .addStatement("$T retryAfter = $T.retryAfterHeader(e)", String.class, problems)
                .beginControlFlow("if (retryAfter != null)")
                .addStatement("response.header($T.RETRY_AFTER, retryAfter)", problems)
                .endControlFlow()
                .addStatement("return response.body(json(body))")
                .build());
    return ProblemWriting.addWriting(type).build();
  }

  private static TypeSpec clientFilter(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    ClassName exception = types.exception();
    ClassName problems = types.problems();
    type.addModifiers(PUBLIC)
        .addAnnotation(
            AnnotationSpec.builder(CLIENT_FILTER)
                .addMember("value", "$T.MATCH_ALL_PATTERN", CLIENT_FILTER)
                .build())
        .addAnnotation(SINGLETON)
        .addJavadoc(
            "Micronaut adapter of {@link $T} for its HTTP client: an error response whose code the"
                + " spec has throws the generated {@link $T} of its problem-details body (RFC"
                + " 9457), its message the body's {@code detail} and its members in {@link"
                + " $T#problem()}, the response's {@code Retry-After} in {@link $T#retryAfter()};"
                + " $L. Other codes keep Micronaut's {@code"
                + " HttpClientResponseException}. A client filter bean for every path, defined by"
                + " micronaut-inject-java when it compiles this package: every declarative {@code"
                + " @Client} of the app gets it, nothing to register. Bodies are decoded with the"
                + " app's {@code JsonMapper} (Micronaut Serialization or Jackson); a body above"
                + " Micronaut's own limit ({@code micronaut.http.client.max-content-length}) gets"
                + " Micronaut's own error.\n",
            types.annotatedInterface(),
            exception,
            exception,
            exception,
            ProblemReading.NOT_A_PROBLEM)
        .addField(
            FieldSpec.builder(JSON_MAPPER, "jsonMapper", PRIVATE, FINAL)
                .addJavadoc("Decodes problem bodies.\n")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PUBLIC)
                .addParameter(JSON_MAPPER, "jsonMapper")
                .addJavadoc(
                    "Creates the filter; Micronaut does, with its JSON mapper.\n\n"
                        + "@param jsonMapper decodes problem bodies\n")
                .addStatement("this.jsonMapper = jsonMapper")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("onError")
                .addAnnotation(RESPONSE_FILTER)
                .addModifiers(PUBLIC)
                .addParameter(RESPONSE_EXCEPTION, "error")
                .addJavadoc(
                    "Throws the generated exception of an error response whose code the spec has;"
                        + " returns for any other code, so Micronaut's exception goes on.\n\n"
                        + "@param error the exception Micronaut's client raised for the response\n")
                .addStatement("$T response = error.getResponse()", wildcard(HTTP_RESPONSE))
                .addStatement(
                    "$T e = response == null ? $T.fromBody(error.code(), null) : $T.fromBody("
                        + "error.code(), members(response),"
                        + " response.getHeaders().get($T.RETRY_AFTER))",
                    exception,
                    problems,
                    problems,
                    problems)
                .beginControlFlow("if (e != null)")
                .addStatement("throw e")
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("members")
                .addModifiers(PRIVATE)
                .returns(JavaTypes.MEMBERS)
                .addParameter(wildcard(HTTP_RESPONSE), "response")
                .addJavadoc(
                    "The members of a response's problem body.\n\n"
                        + "@param response the response\n"
                        + "@return the members in their order, or null when the body is empty,"
                        + " longer than {@link $T#MAX_BODY_BYTES}, not a JSON object, or cannot be"
                        + " decoded\n",
                    problems)
                .addStatement("byte[] body")
                .beginControlFlow("try")
                .addStatement("body = response.getBody(byte[].class).orElse(null)")
                .nextControlFlow("catch ($T unreadable)", RuntimeException.class)
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow(
                    "if (body == null || body.length == 0 || body.length > $T.MAX_BODY_BYTES)",
                    problems)
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement(
                    "return jsonMapper.readValue(body, $T.mapOf($T.class, $T.class))",
                    ARGUMENT,
                    String.class,
                    Object.class)
                .nextControlFlow(
                    "catch ($T | $T notAProblem)", IOException.class, RuntimeException.class)
                .addStatement("return null")
                .endControlFlow()
                .build());
    return type.build();
  }

  private static TypeName wildcard(ClassName type) {
    return ParameterizedTypeName.get(
        type, com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
  }
}
