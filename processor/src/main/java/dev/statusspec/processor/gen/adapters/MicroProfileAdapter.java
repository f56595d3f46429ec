package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.gen.adapters.ProblemReading.Library;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * Generates {@code PResponseExceptionMapper}, MicroProfile Rest Client's adapter (3.0 and later): a
 * {@code ResponseExceptionMapper<PException>} that {@code handles} exactly the codes the spec has
 * as errors and turns such a response into the generated exception, decoded from at most {@code
 * PProblems.MAX_BODY_BYTES} of its entity with the JSON library the class path has (see {@link
 * ProblemReading}); any other code is left to the client's default mapper.
 */
public final class MicroProfileAdapter extends Adapter {

  private static final ClassName MAPPER =
      ClassName.get("org.eclipse.microprofile.rest.client.ext", "ResponseExceptionMapper");
  private static final ClassName RESPONSE = ClassName.get("jakarta.ws.rs.core", "Response");
  private static final ClassName MULTIVALUED_MAP =
      ClassName.get("jakarta.ws.rs.core", "MultivaluedMap");

  /** Creates the adapter. */
  public MicroProfileAdapter() {
    super(
        "microprofile",
        "MicroProfile Rest Client 3.0+",
        Requirement.types("org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper"));
  }

  @Override
  protected List<Type> declaredTypes() {
    return List.of(
        new Type("ResponseExceptionMapper", MicroProfileAdapter::responseExceptionMapper));
  }

  @Override
  public Set<String> foreignTypes() {
    return ProblemReading.foreignTypes("MultivaluedMap", "Response", "ResponseExceptionMapper");
  }

  private static TypeSpec responseExceptionMapper(
      SpecTypes types, TypeSpec.Builder type, ClassName self) {
    Library library = Library.of(types.target().classPath());
    ClassName exception = types.exception();
    ClassName status = types.statusEnum();
    ClassName problems = types.problems();
    type.addModifiers(PUBLIC)
        .addSuperinterface(ParameterizedTypeName.get(MAPPER, exception))
        .addJavadoc(
            "MicroProfile Rest Client adapter of {@link $T}: a response whose code the spec has as"
                + " an error becomes the generated {@link $T} of its problem-details body (RFC"
                + " 9457), its message the body's {@code detail}, its members in {@link"
                + " $T#problem()} and the response's {@code Retry-After} in {@link"
                + " $T#retryAfter()}; $L. Other codes are left to the client's default mapper."
                + " Bodies are decoded with $L.\n\n"
                + "<pre>{@code\n"
                + "Api api = RestClientBuilder.newBuilder().baseUri(uri)\n"
                + "    .register($L.class).build(Api.class);\n"
                + "}</pre>\n"
                + "or {@code @RegisterProvider($L.class)} on the client interface.\n",
            types.annotatedInterface(),
            exception,
            exception,
            exception,
            ProblemReading.NOT_A_PROBLEM,
            library.description(),
            self.simpleName(),
            self.simpleName())
        .addMethod(publicConstructor("Creates the mapper; the Rest Client runtime does."))
        .addMethod(
            MethodSpec.methodBuilder("handles")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(boolean.class)
                .addParameter(int.class, "status")
                .addParameter(
                    ParameterizedTypeName.get(
                        MULTIVALUED_MAP, ClassName.get(String.class), ClassName.OBJECT),
                    "headers")
                .addJavadoc(
                    "Whether the spec has an error status (4xx or 5xx) with this code.\n\n"
                        + "@param status the response's status code\n"
                        + "@param headers the response's headers\n"
                        + "@return whether {@link #toThrowable} makes the generated exception\n")
                .addStatement("$T byCode = $T.resolve(status).orElse(null)", status, status)
                .addStatement("return byCode != null && byCode.isError()")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("toThrowable")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(exception)
                .addParameter(RESPONSE, "response")
                .addJavadoc(
                    "The generated exception of an error response, from at most {@link"
                        + " $T#MAX_BODY_BYTES} of its entity.\n\n"
                        + "@param response the response\n"
                        + "@return the exception; null only for a code {@link #handles} refuses\n",
                    problems)
                .addStatement("int code = response.getStatus()")
                .addStatement(
                    "return $T.fromBody(code, members(entity(response)),"
                        + " response.getHeaderString($T.RETRY_AFTER))",
                    problems,
                    problems)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("entity")
                .addModifiers(
                    javax.lang.model.element.Modifier.PRIVATE,
                    javax.lang.model.element.Modifier.STATIC)
                .returns(byte[].class)
                .addParameter(RESPONSE, "response")
                .addJavadoc(
                    "At most {@code MAX_BODY_BYTES + 1} bytes of the response's entity.\n\n"
                        + "@param response the response\n"
                        + "@return the bytes; none when it has no entity or it cannot be read\n")
                .beginControlFlow("try")
                .beginControlFlow("if (!response.hasEntity())")
                .addStatement("return new byte[0]")
                .endControlFlow()
                .beginControlFlow(
                    "try ($T in = response.readEntity($T.class))",
                    InputStream.class,
                    InputStream.class)
                .addStatement("return read(in)")
                .endControlFlow()
                .nextControlFlow(
                    "catch ($T | $T unreadable)", IOException.class, RuntimeException.class)
                .addStatement("return new byte[0]")
                .endControlFlow()
                .build());
    ProblemReading.addReading(type, types, library);
    return type.build();
  }
}
