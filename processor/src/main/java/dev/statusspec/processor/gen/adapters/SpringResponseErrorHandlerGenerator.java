package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.options.Framework;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Generates {@code PResponseErrorHandler}, Spring's client-side adapter for {@code RestClient} and
 * {@code RestTemplate}: an error response whose code the spec has throws the generated exception,
 * decoded from at most {@code PProblems.MAX_BODY_BYTES} of its body with the Jackson that Spring
 * brings (Jackson 3 where the class path has it, as in Spring Boot 4; else Jackson 2); other codes
 * go to Spring's {@code DefaultResponseErrorHandler}.
 *
 * <p>The API version is detected, not assumed: Spring 6.1's {@code ResponseErrorHandler} has an
 * abstract {@code handleError(ClientHttpResponse)}, deprecated in 6.2 and removed in 7.0, where
 * {@code handleError(URI, HttpMethod, ClientHttpResponse)} is the method. The adapter overrides the
 * old one only on 6.1 (recognized by {@code DefaultResponseErrorHandler} lacking 6.2's {@code
 * handleError(ClientHttpResponse, HttpStatusCode, URI, HttpMethod)}), so it compiles without a
 * deprecation warning everywhere.
 */
public final class SpringResponseErrorHandlerGenerator extends AdapterGenerator {

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

  /** Jackson 3 (Spring Boot 4). */
  static final String JACKSON_3 = "tools.jackson.databind.ObjectMapper";

  /**
   * Jackson 2 (Spring Boot 3). Joined at run time: the processor jar shades its own Jackson 2, and
   * the shade plugin would rewrite a literal of this name to the shaded package.
   */
  static final String JACKSON_2 =
      String.join(".", "com", "fasterxml", "jackson", "databind", "ObjectMapper");

  /** Creates the generator. */
  public SpringResponseErrorHandlerGenerator() {
    super(Framework.SPRING, types -> types.names().responseErrorHandler());
  }

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

  @Override
  protected TypeSpec build(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    String jackson =
        types.target().classPath().hasType(JACKSON_3)
            ? JACKSON_3
            : types.target().classPath().hasType(JACKSON_2) ? JACKSON_2 : null;
    ClassName problems = types.problems();
    type.addModifiers(PUBLIC)
        .addSuperinterface(HANDLER)
        .addJavadoc(
            "Spring adapter of {@link $T} for {@code RestClient} and {@code RestTemplate}: an"
                + " error response whose code the spec has throws the generated {@link $T} of its"
                + " problem-details body (RFC 9457), its message the body's {@code detail} and its"
                + " members in {@link $T#problem()}; a body that is not a problem (HTML, empty, cut"
                + " at 64 KiB, wrong types) gives the exception of the code's status. Other codes"
                + " are left to the fallback, Spring's {@code DefaultResponseErrorHandler} unless"
                + " given.\n\n"
                + "<pre>{@code\n"
                + "RestClient client = RestClient.builder().baseUrl(url)\n"
                + "    .defaultStatusHandler(new $L()).build();\n"
                + "restTemplate.setErrorHandler(new $L());\n"
                + "}</pre>\n",
            types.annotatedInterface(),
            types.exception(),
            types.exception(),
            self.simpleName(),
            self.simpleName())
        .addField(FieldSpec.builder(HANDLER, "fallback", PRIVATE, FINAL).build());
    if (jackson != null) {
      ClassName mapper = ClassName.bestGuess(jackson);
      ClassName reader = mapper.peerClass("ObjectReader");
      type.addField(
          FieldSpec.builder(reader, "MEMBERS", PRIVATE, STATIC, FINAL)
              .addJavadoc("Reads a JSON object into its members, in order.\n")
              .initializer("new $T().readerForMapOf($T.class)", mapper, Object.class)
              .build());
    }
    type.addMethod(
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
            MethodSpec.methodBuilder("handleError")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addParameter(URI.class, "url")
                .addParameter(HTTP_METHOD, "method")
                .addParameter(CLIENT_RESPONSE, "response")
                .addException(IOException.class)
                .addJavadoc(
                    "Throws the generated exception of the response, or leaves a code the spec"
                        + " does not have to the fallback.\n\n"
                        + "@param url the request's URL\n"
                        + "@param method the request's method\n"
                        + "@param response the error response\n"
                        + "@throws IOException if the response cannot be read\n")
                .addStatement("$T exception = decode(response)", types.exception())
                .beginControlFlow("if (exception != null)")
                .addStatement("throw exception")
                .endControlFlow()
                .addStatement("fallback.handleError(url, method, response)")
                .build());
    if (spring61(types)) {
      type.addMethod(
          MethodSpec.methodBuilder("handleError")
              .addAnnotation(Override.class)
              .addModifiers(PUBLIC)
              .addParameter(CLIENT_RESPONSE, "response")
              .addException(IOException.class)
              .addJavadoc(
                  "As {@link #handleError(URI, $T, $T)}, for Spring 6.1's callers.\n\n"
                      + "@param response the error response\n"
                      + "@throws IOException if the response cannot be read\n",
                  HTTP_METHOD,
                  CLIENT_RESPONSE)
              .addStatement("$T exception = decode(response)", types.exception())
              .beginControlFlow("if (exception != null)")
              .addStatement("throw exception")
              .endControlFlow()
              .addStatement("fallback.handleError(response)")
              .build());
    }
    TypeName members =
        ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);
    MethodSpec.Builder decode =
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
                    + "@throws IOException if the response cannot be read\n")
            .addStatement("int code = response.getStatusCode().value()")
            .addStatement(
                "$T status = $T.resolve(code).orElse(null)", types.statusEnum(), types.statusEnum())
            .beginControlFlow("if (status == null || !status.isError())")
            .addStatement("return null")
            .endControlFlow();
    if (jackson == null) {
      decode.addComment("No JSON library on the class path: the code alone decides.");
      decode.addStatement("return $T.fromBody(code, null)", problems);
    } else {
      decode
          .addStatement("byte[] body = new byte[$T.MAX_BODY_BYTES + 1]", problems)
          .addStatement("int length = 0")
          .beginControlFlow("try ($T in = response.getBody())", InputStream.class)
          .addStatement("int read")
          .beginControlFlow(
              "while (length < body.length && (read = in.read(body, length, body.length -"
                  + " length)) > 0)")
          .addStatement("length += read")
          .endControlFlow()
          .nextControlFlow("catch ($T unreadable)", IOException.class)
          .addStatement("return $T.fromBody(code, null)", problems)
          .endControlFlow()
          .addStatement("$T decoded = null", members)
          .beginControlFlow("if (length > 0 && length <= $T.MAX_BODY_BYTES)", problems)
          .beginControlFlow("try")
          .addStatement("decoded = MEMBERS.readValue(body, 0, length)")
          .nextControlFlow(
              jackson.equals(JACKSON_2) ? "catch ($T | $T notAProblem)" : "catch ($T notAProblem)",
              jackson.equals(JACKSON_2)
                  ? new Object[] {IOException.class, RuntimeException.class}
                  : new Object[] {RuntimeException.class})
          .addStatement("decoded = null")
          .endControlFlow()
          .endControlFlow()
          .addStatement("return $T.fromBody(code, decoded)", problems);
    }
    return type.addMethod(decode.build()).build();
  }
}
