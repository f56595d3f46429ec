package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.JavaTypes;
import dev.statusspec.processor.gen.SpecTypes;
import java.util.List;
import java.util.Set;

/**
 * Generates {@code PExceptionMapper}, Jakarta REST's server-side adapter (3.1 and 4.0): a
 * {@code @Provider ExceptionMapper<PException>} that answers any {@code PException} a resource
 * throws with its status, {@code Content-Type: application/problem+json} and the members of {@code
 * PProblems.toBody} (the extension members last), and {@code Retry-After} from {@code
 * PProblems.retryAfterHeader}, {@code instance} being the request's path as {@code UriInfo} gives
 * it ({@code getRequestUri().getRawPath()}, injected with {@code @Context}).
 *
 * <p>The body is written by the mapper itself ({@link ProblemWriting}), as UTF-8 bytes: a {@code
 * byte[]} entity is written by every Jakarta REST implementation whatever JSON provider (if any)
 * the application registered.
 */
public final class JakartaAdapter extends Adapter {

  static final String PROVIDER = "jakarta.ws.rs.ext.Provider";
  static final String CONTEXT = "jakarta.ws.rs.core.Context";
  private static final ClassName EXCEPTION_MAPPER =
      ClassName.get("jakarta.ws.rs.ext", "ExceptionMapper");
  private static final ClassName RESPONSE = ClassName.get("jakarta.ws.rs.core", "Response");
  private static final ClassName URI_INFO = ClassName.get("jakarta.ws.rs.core", "UriInfo");

  /** Creates the adapter. */
  public JakartaAdapter() {
    super(
        "jakarta",
        "Jakarta REST 3.1 / 4.0 (jakarta.ws.rs-api)",
        Requirement.types("jakarta.ws.rs.ext.ExceptionMapper"));
  }

  @Override
  protected List<Type> declaredTypes() {
    return List.of(new Type("ExceptionMapper", JakartaAdapter::exceptionMapper));
  }

  @Override
  public Set<String> claimedAnnotations() {
    return Set.of(PROVIDER, CONTEXT);
  }

  @Override
  public Set<String> foreignTypes() {
    return Set.of("Context", "ExceptionMapper", "Provider", "Response", "UriInfo");
  }

  private static TypeSpec exceptionMapper(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    ClassName exception = types.exception();
    ClassName problems = types.problems();
    type.addModifiers(PUBLIC)
        .addAnnotation(ClassName.bestGuess(PROVIDER))
        .addSuperinterface(ParameterizedTypeName.get(EXCEPTION_MAPPER, exception))
        .addJavadoc(
            "Jakarta REST adapter of {@link $T}: any {@link $T} a resource throws becomes its"
                + " status with an {@code application/problem+json} body (RFC 9457): {@code type},"
                + " {@code title}, {@code status}, {@code detail} (the message), {@code instance}"
                + " (the request path), the errorCode member and the exception's extension members"
                + " ({@code withMember}), and its {@code retryAfter} as the {@code Retry-After}"
                + " header; nothing else of the exception."
                + " It writes the JSON itself, so no JSON provider is needed.\n\n"
                + "<pre>{@code\n"
                + "new ResourceConfig().register($L.class);  // or found by scanning: @Provider\n"
                + "}</pre>\n",
            types.annotatedInterface(),
            exception,
            self.simpleName())
        .addField(
            FieldSpec.builder(URI_INFO, "uriInfo", PRIVATE)
                .addAnnotation(ClassName.bestGuess(CONTEXT))
                .addJavadoc(
                    "The current request's URI, injected by the Jakarta REST runtime; null when"
                        + " the mapper is used outside one.\n")
                .build())
        .addMethod(publicConstructor("Creates the mapper; the Jakarta REST runtime does, once."))
        .addMethod(
            MethodSpec.methodBuilder("toResponse")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(RESPONSE)
                .addParameter(exception, "e")
                .addJavadoc(
                    "Answers {@code e} with its status, a problem-details body whose last members"
                        + " are the exception's extension members, and the {@code Retry-After}"
                        + " header when the exception has a time to wait.\n\n"
                        + "@param e the exception a resource threw\n"
                        + "@return the response\n")
                .addStatement("$T body = $T.toBody(e, instance())", JavaTypes.MEMBERS, problems)
                .addStatement(
                    "$T.ResponseBuilder response ="
                        + " $T.status(e.code()).type($T.MEDIA_TYPE).entity(json(body))",
                    RESPONSE,
                    RESPONSE,
                    problems)
                .addStatement("$T retryAfter = $T.retryAfterHeader(e)", String.class, problems)
                .beginControlFlow("if (retryAfter != null)")
                .addStatement("response.header($T.RETRY_AFTER, retryAfter)", problems)
                .endControlFlow()
                .addStatement("return response.build()")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("instance")
                .addModifiers(PRIVATE)
                .returns(String.class)
                .addJavadoc(
                    "The path of the request being answered, as sent (not decoded).\n\n"
                        + "@return the path, or null outside a request\n")
                .beginControlFlow("if (uriInfo == null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("return uriInfo.getRequestUri().getRawPath()")
                .nextControlFlow("catch ($T outsideARequest)", RuntimeException.class)
                .addStatement("return null")
                .endControlFlow()
                .build());
    return ProblemWriting.addWriting(type).build();
  }
}
