package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.options.Framework;
import java.net.URI;
import java.util.Map;

/**
 * Generates {@code PControllerAdvice}, Spring's server-side adapter: a
 * {@code @RestControllerAdvice} whose handler turns any {@code PException} a controller throws into
 * its status with an {@code application/problem+json} body, a {@code ProblemDetail} built from
 * {@code PProblems.toBody} (type, title, status, detail, instance = the request path, the errorCode
 * member as a property) and nothing else of the exception.
 */
public final class SpringControllerAdviceGenerator extends AdapterGenerator {

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

  /** Creates the generator. */
  public SpringControllerAdviceGenerator() {
    super(Framework.SPRING, types -> types.names().controllerAdvice());
  }

  @Override
  protected TypeSpec build(SpecTypes types, TypeSpec.Builder type, ClassName self) {
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
                "Answers {@code e} with its status and a problem-details body.\n\n"
                    + "@param e the exception a controller threw\n");
    if (servlet) {
      handle
          .addParameter(ClassName.bestGuess(SERVLET_REQUEST), "request")
          .addJavadoc("@param request the request, whose path becomes {@code instance}\n")
          .addStatement(
              "$T<$T, $T> body = $T.toBody(e, request.getRequestURI())",
              Map.class,
              String.class,
              Object.class,
              types.problems());
    } else {
      handle.addStatement(
          "$T<$T, $T> body = $T.toBody(e, null)",
          Map.class,
          String.class,
          Object.class,
          types.problems());
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
            "return $T.status(e.code()).contentType($T.APPLICATION_PROBLEM_JSON).body(problem)",
            RESPONSE_ENTITY,
            MEDIA_TYPE);
    return type.addModifiers(PUBLIC)
        .addAnnotation(ADVICE)
        .addJavadoc(
            "Spring adapter of {@link $T}: any {@link $T} a controller throws becomes its status"
                + " with an {@code application/problem+json} body (RFC 9457): {@code type},"
                + " {@code title}, {@code status}, {@code detail} (the message),"
                + " {@code instance} (the request path) and the errorCode member, nothing else of"
                + " the exception. Bring it in with component scanning of this package or"
                + " {@code @Import($L.class)}.\n",
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
}
