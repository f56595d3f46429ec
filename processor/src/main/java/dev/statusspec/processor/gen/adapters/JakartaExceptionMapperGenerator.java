package dev.statusspec.processor.gen.adapters;

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
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Generates {@code PExceptionMapper}, Jakarta REST's server-side adapter (3.1 and 4.0): a
 * {@code @Provider ExceptionMapper<PException>} that answers any {@code PException} a resource
 * throws with its status, {@code Content-Type: application/problem+json} and the members of {@code
 * PProblems.toBody}, {@code instance} being the request's path as {@code UriInfo} gives it ({@code
 * getRequestUri().getRawPath()}, injected with {@code @Context}).
 *
 * <p>The body is written by the mapper itself, as UTF-8 bytes: a flat object of strings and one
 * number needs no JSON library, and a {@code byte[]} entity is written by every Jakarta REST
 * implementation whatever JSON provider (if any) the application registered. Strings are escaped
 * for JSON (RFC 8259) and for embedding in HTML: quote, backslash, control characters, {@code <},
 * {@code >}, {@code &}, U+2028/U+2029 and unpaired surrogates as {@code \\uXXXX}, so any message
 * round-trips exactly.
 */
public final class JakartaExceptionMapperGenerator extends AdapterGenerator {

  static final String PROVIDER = "jakarta.ws.rs.ext.Provider";
  static final String CONTEXT = "jakarta.ws.rs.core.Context";
  private static final ClassName EXCEPTION_MAPPER =
      ClassName.get("jakarta.ws.rs.ext", "ExceptionMapper");
  private static final ClassName RESPONSE = ClassName.get("jakarta.ws.rs.core", "Response");
  private static final ClassName URI_INFO = ClassName.get("jakarta.ws.rs.core", "UriInfo");
  private static final TypeName MEMBERS =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

  /** Creates the generator. */
  public JakartaExceptionMapperGenerator() {
    super(Framework.JAKARTA, types -> types.names().exceptionMapper());
  }

  @Override
  protected TypeSpec build(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    ClassName exception = types.exception();
    ClassName problems = types.problems();
    return type.addModifiers(PUBLIC)
        .addAnnotation(ClassName.bestGuess(PROVIDER))
        .addSuperinterface(ParameterizedTypeName.get(EXCEPTION_MAPPER, exception))
        .addJavadoc(
            "Jakarta REST adapter of {@link $T}: any {@link $T} a resource throws becomes its"
                + " status with an {@code application/problem+json} body (RFC 9457): {@code type},"
                + " {@code title}, {@code status}, {@code detail} (the message), {@code instance}"
                + " (the request path) and the errorCode member, nothing else of the exception."
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
                    "Answers {@code e} with its status and a problem-details body.\n\n"
                        + "@param e the exception a resource threw\n"
                        + "@return the response\n")
                .addStatement("$T body = $T.toBody(e, instance())", MEMBERS, problems)
                .addStatement(
                    "return $T.status(e.code()).type($T.MEDIA_TYPE).entity(json(body)).build()",
                    RESPONSE,
                    problems)
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
                .build())
        .addMethod(json())
        .addMethod(quote())
        .addMethod(unpaired())
        .build();
  }

  /** {@code json(Map)}: a flat JSON object of strings, numbers and booleans, as UTF-8. */
  private static MethodSpec json() {
    return MethodSpec.methodBuilder("json")
        .addModifiers(PRIVATE, STATIC)
        .returns(byte[].class)
        .addParameter(MEMBERS, "members")
        .addJavadoc(
            "A flat JSON object of {@code members}, in their order, encoded as UTF-8: numbers and"
                + " booleans as they are, anything else as a string.\n\n"
                + "@param members the members\n"
                + "@return the JSON text\n")
        .addStatement("$T json = new $T().append('{')", StringBuilder.class, StringBuilder.class)
        .beginControlFlow(
            "for ($T.Entry<$T, $T> member : members.entrySet())",
            Map.class,
            String.class,
            Object.class)
        .beginControlFlow("if (json.length() > 1)")
        .addStatement("json.append(',')")
        .endControlFlow()
        .addStatement("quote(json, member.getKey())")
        .addStatement("json.append(':')")
        .addStatement("$T value = member.getValue()", Object.class)
        .beginControlFlow("if (value == null)")
        .addStatement("json.append($S)", "null")
        .nextControlFlow(
            "else if (value instanceof $T || value instanceof $T || value instanceof $T"
                + " || value instanceof $T)",
            Integer.class,
            Long.class,
            Short.class,
            Boolean.class)
        .addStatement("json.append(value)")
        .nextControlFlow("else")
        .addStatement("quote(json, value.toString())")
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "return json.append('}').toString().getBytes($T.UTF_8)", StandardCharsets.class)
        .build();
  }

  /** {@code quote(StringBuilder, String)}: a JSON string literal, safe inside HTML too. */
  private static MethodSpec quote() {
    return MethodSpec.methodBuilder("quote")
        .addModifiers(PRIVATE, STATIC)
        .addParameter(StringBuilder.class, "json")
        .addParameter(String.class, "text")
        .addJavadoc(
            "Appends {@code text} as a JSON string (RFC 8259): quote, backslash and control"
                + " characters escaped, and {@code <}, {@code >}, {@code &}, U+2028, U+2029 and"
                + " unpaired surrogates as backslash-u escapes, so the text round-trips exactly"
                + " and is safe inside an HTML page.\n\n"
                + "@param json where to append\n"
                + "@param text the text\n")
        .addStatement("json.append('\"')")
        .beginControlFlow("for (int i = 0; i < text.length(); i++)")
        .addStatement("char c = text.charAt(i)")
        .beginControlFlow("if (c == '\"' || c == '\\\\')")
        .addStatement("json.append('\\\\').append(c)")
        .nextControlFlow("else if (c == '\\n')")
        .addStatement("json.append($S)", "\\n")
        .nextControlFlow("else if (c == '\\r')")
        .addStatement("json.append($S)", "\\r")
        .nextControlFlow("else if (c == '\\t')")
        .addStatement("json.append($S)", "\\t")
        .nextControlFlow(
            "else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\\u2028'"
                + " || c == '\\u2029' || c == 0x7f || unpaired(text, i))")
        .addStatement("json.append($S)", "\\u")
        .addStatement("$T hex = $T.toHexString(c)", String.class, Integer.class)
        .beginControlFlow("for (int pad = hex.length(); pad < 4; pad++)")
        .addStatement("json.append('0')")
        .endControlFlow()
        .addStatement("json.append(hex)")
        .nextControlFlow("else")
        .addStatement("json.append(c)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("json.append('\"')")
        .build();
  }

  /** {@code unpaired(String, int)}: whether a char is a lone surrogate. */
  private static MethodSpec unpaired() {
    return MethodSpec.methodBuilder("unpaired")
        .addModifiers(PRIVATE, STATIC)
        .returns(boolean.class)
        .addParameter(String.class, "text")
        .addParameter(int.class, "i")
        .addJavadoc(
            "Whether the char at {@code i} is a surrogate not part of a pair, which UTF-8 cannot"
                + " encode.\n\n"
                + "@param text the text\n"
                + "@param i the index\n"
                + "@return whether it must be escaped\n")
        .addStatement("char c = text.charAt(i)")
        .beginControlFlow("if ($T.isHighSurrogate(c))", Character.class)
        .addStatement(
            "return i + 1 == text.length() || !$T.isLowSurrogate(text.charAt(i + 1))",
            Character.class)
        .endControlFlow()
        .beginControlFlow("if ($T.isLowSurrogate(c))", Character.class)
        .addStatement("return i == 0 || !$T.isHighSurrogate(text.charAt(i - 1))", Character.class)
        .endControlFlow()
        .addStatement("return false")
        .build();
  }
}
