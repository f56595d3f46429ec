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
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.JavaTypes;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.gen.adapters.ProblemReading.Library;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spring's adapter, for Spring Framework 6.1+ and 7 ({@code spring-web}; Spring Boot 3 and 4). On
 * the server, {@code PControllerAdvice}: a {@code @RestControllerAdvice} whose handler turns any
 * {@code PException} a controller throws into its status with an {@code application/problem+json}
 * body, a {@code ProblemDetail} built from {@code PProblems.toBody} (type, title, status, detail,
 * instance = the request path, the errorCode member and the extension members as properties) and
 * nothing else of the exception, and {@code Retry-After} from {@code PProblems.retryAfterHeader}.
 *
 * <p>On the client, {@code PResponseErrorHandler}, for {@code RestClient} and {@code RestTemplate}:
 * an error response whose code the spec has throws the generated exception, decoded from at most
 * {@code PProblems.MAX_BODY_BYTES} of its body with the Jackson that Spring brings (Jackson 3 where
 * the class path has it, as in Spring Boot 4; else Jackson 2); other codes go to Spring's {@code
 * DefaultResponseErrorHandler}.
 *
 * <p>The API version is detected, not assumed: Spring 6.1's {@code ResponseErrorHandler} has an
 * abstract {@code handleError(ClientHttpResponse)}, deprecated in 6.2 and removed in 7.0, where
 * {@code handleError(URI, HttpMethod, ClientHttpResponse)} is the method. The handler overrides the
 * old one only on 6.1 (recognized by {@code DefaultResponseErrorHandler} lacking 6.2's {@code
 * handleError(ClientHttpResponse, HttpStatusCode, URI, HttpMethod)}), so it compiles without a
 * deprecation warning everywhere.
 */
public final class SpringAdapter extends Adapter {

  /** Creates the adapter. */
  public SpringAdapter() {
    super(
        "spring",
        "Spring Framework 6.1+ / 7 (spring-web)",
        Requirement.types("org.springframework.http.ProblemDetail"));
  }

  @Override
  protected List<Type> declaredTypes() {
    return List.of(
        new Type("ControllerAdvice", SpringAdapter::controllerAdvice),
        new Type("ResponseErrorHandler", SpringAdapter::responseErrorHandler));
  }

  @Override
  public Set<String> claimedAnnotations() {
    return Set.of(ADVICE.canonicalName(), EXCEPTION_HANDLER.canonicalName());
  }

  @Override
  public Set<String> foreignTypes() {
    return Set.of(
        "ClientHttpResponse",
        "DefaultResponseErrorHandler",
        "ExceptionHandler",
        "HttpMethod",
        "HttpServletRequest",
        "MediaType",
        "ObjectMapper",
        "ObjectReader",
        "ProblemDetail",
        "ResponseEntity",
        "ResponseErrorHandler",
        "RestControllerAdvice");
  }

  static final String SERVLET_REQUEST = "jakarta.servlet.http.HttpServletRequest";
  private static final ClassName PROBLEM_DETAIL =
      ClassName.get("org.springframework.http", "ProblemDetail");
  private static final ClassName RESPONSE_ENTITY =
      ClassName.get("org.springframework.http", "ResponseEntity");
  private static final ClassName MEDIA_TYPE =
      ClassName.get("org.springframework.http", "MediaType");
  private static final ClassName ADVICE =
      ClassName.get("org.springframework.web.bind.annotation", "RestControllerAdvice");
  private static final ClassName EXCEPTION_HANDLER =
      ClassName.get("org.springframework.web.bind.annotation", "ExceptionHandler");

  private static TypeSpec controllerAdvice(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    boolean servlet = types.target().classPath().hasType(SERVLET_REQUEST);
    MethodSpec.Builder handle =
        MethodSpec.methodBuilder("handle")
            .addModifiers(PUBLIC)
            .addAnnotation(
                AnnotationSpec.builder(EXCEPTION_HANDLER)
                    .addMember("value", "$T.class", types.exception())
                    .build())
            .returns(ParameterizedTypeName.get(RESPONSE_ENTITY, PROBLEM_DETAIL))
            .addParameter(types.exception(), "e")
            .addJavadoc(
                "Answers {@code e} with its status, a problem-details body whose last members are"
                    + " the exception's extension members, and the {@code Retry-After} header"
                    + " when the exception has a time to wait.\n\n"
                    + "@param e the exception a controller threw\n");
    if (servlet) {
      handle
          .addParameter(ClassName.bestGuess(SERVLET_REQUEST), "request")
          .addJavadoc("@param request the request, whose path becomes {@code instance}\n")
          .addStatement(
              "$T body = $T.toBody(e, request.getRequestURI())",
              JavaTypes.MEMBERS,
              types.problems());
    } else {
      handle.addStatement("$T body = $T.toBody(e, null)", JavaTypes.MEMBERS, types.problems());
    }
    handle
        .addJavadoc("@return the response\n")
        .addStatement("$T problem = $T.forStatus(e.code())", PROBLEM_DETAIL, PROBLEM_DETAIL)
        .beginControlFlow(
            "for ($T.Entry<$T, $T> member : body.entrySet())",
            Map.class,
            String.class,
            Object.class)
        .addStatement("$T name = member.getKey()", String.class)
        .addStatement("$T value = member.getValue()", Object.class)
        .beginControlFlow("if (name.equals($S))", "type")
        .addStatement("problem.setType(e.status().problemType())")
        .nextControlFlow("else if (name.equals($S))", "title")
        .addStatement("problem.setTitle(($T) value)", String.class)
        .nextControlFlow("else if (name.equals($S))", "detail")
        .addStatement("problem.setDetail(($T) value)", String.class)
        .nextControlFlow("else if (name.equals($S))", "instance")
        .addStatement("problem.setInstance(instance(($T) value))", String.class)
        .nextControlFlow("else if (!name.equals($S))", "status")
        .addStatement("problem.setProperty(name, value)")
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "$T.BodyBuilder response ="
                + " $T.status(e.code()).contentType($T.APPLICATION_PROBLEM_JSON)",
            RESPONSE_ENTITY,
            RESPONSE_ENTITY,
            MEDIA_TYPE)
        .addStatement("$T retryAfter = $T.retryAfterHeader(e)", String.class, types.problems())
        .beginControlFlow("if (retryAfter != null)")
        .addStatement("response.header($T.RETRY_AFTER, retryAfter)", types.problems())
        .endControlFlow()
        .addStatement("return response.body(problem)");
    return type.addModifiers(PUBLIC)
        .addAnnotation(ADVICE)
        .addJavadoc(
            "Spring adapter of {@link $T}: any {@link $T} a controller throws becomes its status"
                + " with an {@code application/problem+json} body (RFC 9457): {@code type}, {@code"
                + " title}, {@code status}, {@code detail} (the message), {@code instance} (the"
                + " request path), the errorCode member and the exception's extension members"
                + " ({@code withMember}), and its {@code retryAfter} as the {@code Retry-After}"
                + " header; nothing else of the exception. Bring it in with component scanning of"
                + " this package or {@code @Import($L.class)}.\n",
            types.annotatedInterface(),
            types.exception(),
            self.simpleName())
        .addMethod(publicConstructor("Creates the advice; Spring does, for its context."))
        .addMethod(handle.build())
        .addMethod(
            MethodSpec.methodBuilder("instance")
                .addModifiers(
                    javax.lang.model.element.Modifier.PRIVATE,
                    javax.lang.model.element.Modifier.STATIC)
                .returns(URI.class)
                .addParameter(String.class, "path")
                .addJavadoc(
                    "The request path as a URI reference.\n\n"
                        + "@param path the path as the request has it\n"
                        + "@return the URI, or null when the path is not a URI reference\n")
                .beginControlFlow("try")
                .addStatement("return new $T(path)", URI.class)
                .nextControlFlow("catch ($T ignored)", java.net.URISyntaxException.class)
                .addStatement("return null")
                .endControlFlow()
                .build())
        .build();
  }

  private static final String HANDLER_INTERFACE =
      "org.springframework.web.client.ResponseErrorHandler";
  private static final String DEFAULT_HANDLER =
      "org.springframework.web.client.DefaultResponseErrorHandler";
  private static final String RESPONSE = "org.springframework.http.client.ClientHttpResponse";
  private static final ClassName HANDLER = ClassName.bestGuess(HANDLER_INTERFACE);
  private static final ClassName DEFAULT = ClassName.bestGuess(DEFAULT_HANDLER);
  private static final ClassName CLIENT_RESPONSE = ClassName.bestGuess(RESPONSE);
  private static final ClassName HTTP_METHOD =
      ClassName.get("org.springframework.http", "HttpMethod");

  /**
   * Whether the class path has Spring 6.1's API, where {@code handleError(response)} is abstract.
   */
  static boolean spring61(SpecTypes types) {
    return types.target().classPath().hasMethod(HANDLER_INTERFACE, "handleError", List.of(RESPONSE))
        && !types
            .target()
            .classPath()
            .hasMethod(
                DEFAULT_HANDLER,
                "handleError",
                List.of(
                    RESPONSE,
                    "org.springframework.http.HttpStatusCode",
                    "java.net.URI",
                    "org.springframework.http.HttpMethod"));
  }

  private static TypeSpec responseErrorHandler(
      SpecTypes types, TypeSpec.Builder type, ClassName self) {
    Library library = Library.of(types.target().classPath());
    ClassName problems = types.problems();
    type.addModifiers(PUBLIC)
        .addSuperinterface(HANDLER)
        .addJavadoc(
            "Spring adapter of {@link $T} for {@code RestClient} and {@code RestTemplate}: an"
                + " error response whose code the spec has throws the generated {@link $T} of its"
                + " problem-details body (RFC 9457), its message the body's {@code detail}, its"
                + " members in {@link $T#problem()} and the response's {@code Retry-After} in"
                + " {@link $T#retryAfter()}; $L. Other codes are left to the fallback,"
                + " Spring's {@code DefaultResponseErrorHandler} unless given. Bodies are decoded"
                + " with $L.\n\n"
                + "<pre>{@code\n"
                + "RestClient client = RestClient.builder().baseUrl(url)\n"
                + "    .defaultStatusHandler(new $L()).build();\n"
                + "restTemplate.setErrorHandler(new $L());\n"
                + "}</pre>\n",
            types.annotatedInterface(),
            types.exception(),
            types.exception(),
            types.exception(),
            ProblemReading.NOT_A_PROBLEM,
            library.description(),
            self.simpleName(),
            self.simpleName())
        .addField(FieldSpec.builder(HANDLER, "fallback", PRIVATE, FINAL).build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PUBLIC)
                .addJavadoc(
                    "Creates the handler, with Spring's {@code DefaultResponseErrorHandler} for"
                        + " the codes the spec does not have.\n")
                .addStatement("this(new $T())", DEFAULT)
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PUBLIC)
                .addParameter(HANDLER, "fallback")
                .addJavadoc(
                    "Creates the handler.\n\n"
                        + "@param fallback decides whether a response is an error, and handles the"
                        + " codes the spec does not have\n")
                .addStatement("this.fallback = fallback")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("hasError")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(boolean.class)
                .addParameter(CLIENT_RESPONSE, "response")
                .addException(IOException.class)
                .addJavadoc(
                    "Asks the fallback, by default: whether the code is 4xx or 5xx.\n\n"
                        + "@param response the response\n"
                        + "@return whether it is an error\n"
                        + "@throws IOException if the response cannot be read\n")
                .addStatement("return fallback.hasError(response)")
                .build())
        .addMethod(
            handleError(types, "url, method, response")
                .addParameter(URI.class, "url")
                .addParameter(HTTP_METHOD, "method")
                .addParameter(CLIENT_RESPONSE, "response")
                .addJavadoc(
                    "Throws the generated exception of the response, or leaves a code the spec"
                        + " does not have to the fallback.\n\n"
                        + "@param url the request's URL\n"
                        + "@param method the request's method\n"
                        + "@param response the error response\n"
                        + "@throws IOException if the response cannot be read\n")
                .build());
    if (spring61(types)) {
      type.addMethod(
          handleError(types, "response")
              .addParameter(CLIENT_RESPONSE, "response")
              .addJavadoc(
                  "As {@link #handleError(URI, $T, $T)}, for Spring 6.1's callers.\n\n"
                      + "@param response the error response\n"
                      + "@throws IOException if the response cannot be read\n",
                  HTTP_METHOD,
                  CLIENT_RESPONSE)
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("decode")
            .addModifiers(PRIVATE, STATIC)
            .returns(types.exception())
            .addParameter(CLIENT_RESPONSE, "response")
            .addException(IOException.class)
            .addJavadoc(
                "The exception of an error response, or null for a code the spec does not have"
                    + " (its body is then left unread, for the fallback).\n\n"
                    + "@param response the response\n"
                    + "@return the exception, or null\n"
                    + "@throws IOException if the response's code cannot be read\n")
            .addStatement("int code = response.getStatusCode().value()")
            .addStatement(
                "$T status = $T.resolve(code).orElse(null)", types.statusEnum(), types.statusEnum())
            .beginControlFlow("if (status == null || !status.isError())")
            .addStatement("return null")
            .endControlFlow()
            .addStatement("byte[] body")
            .beginControlFlow("try ($T in = response.getBody())", InputStream.class)
            .addStatement("body = read(in)")
            .nextControlFlow("catch ($T unreadable)", IOException.class)
            .addStatement("body = new byte[0]")
            .endControlFlow()
            .addStatement(
                "return $T.fromBody(code, members(body),"
                    + " response.getHeaders().getFirst($T.RETRY_AFTER))",
                problems,
                problems)
            .build());
    ProblemReading.addReading(type, types, library);
    return type.build();
  }

  /**
   * A {@code handleError} that throws the decoded exception, else calls the fallback's with {@code
   * arguments}; the caller adds the parameters and the Javadoc.
   */
  private static MethodSpec.Builder handleError(SpecTypes types, String arguments) {
    return MethodSpec.methodBuilder("handleError")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .addException(IOException.class)
        .addStatement("$T exception = decode(response)", types.exception())
        .beginControlFlow("if (exception != null)")
        .addStatement("throw exception")
        .endControlFlow()
        .addStatement("fallback.handleError($L)", arguments);
  }
}
