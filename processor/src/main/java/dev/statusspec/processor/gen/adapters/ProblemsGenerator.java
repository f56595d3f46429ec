package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.statusspec.processor.gen.JavaSourceGenerator;
import dev.statusspec.processor.gen.JavaText;
import dev.statusspec.processor.gen.JavaTypes;
import dev.statusspec.processor.gen.Members;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.model.Output;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates {@code PProblems}, the problem details (RFC 9457) of the spec's statuses that every
 * framework adapter shares: the bound of an error body an adapter reads, the body a server sends
 * for an exception ({@code toBody}) and the exception a client makes of a body ({@code fromBody}).
 * It depends on nothing but the JDK, and is generated only when at least one adapter is.
 */
public final class ProblemsGenerator extends JavaSourceGenerator {

  /**
   * The most bytes of an error body an adapter reads: 64 KiB. A problem body is a handful of short
   * members (this processor's servers send type, title, status, detail, instance and the errorCode,
   * well under 1 KiB unless a message is long), so 64 KiB holds any real one with a detail of
   * thousands of characters, while a client that receives a huge or endless body (an HTML error
   * page, a misbehaving proxy, 10 MB of JSON) keeps at most this much of it in memory; a body cut
   * at the bound is not valid JSON, and falls back to the status of the code.
   */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  private static final ClassName DURATION = ClassName.get(Duration.class);

  private static final TypeName ANY_MEMBERS =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), JavaTypes.STRING, WildcardTypeName.subtypeOf(Object.class));

  @Override
  protected List<PlannedType> types(SpecTypes types) {
    if (types.target().adapters().isEmpty()) {
      return List.of();
    }
    return List.of(
        new PlannedType(Output.prefixed(types.names().problems(), types.spec()), t -> build(t)));
  }

  private static TypeSpec build(SpecTypes types) {
    ClassName status = types.statusEnum();
    ClassName exception = types.exception();
    return type(TypeSpec.classBuilder(types.problems()), types)
        .addModifiers(FINAL)
        .addJavadoc(
            "Problem details (RFC 9457) of the statuses of {@link $T}, shared by the generated"
                + " framework adapters: the body a server sends for a {@link $T}, and the"
                + " exception a client makes of a body. No dependency beyond the JDK.\n",
            types.annotatedInterface(),
            exception)
        .addField(
            FieldSpec.builder(int.class, "MAX_BODY_BYTES", STATIC, FINAL)
                .addJavadoc(
                    "The most bytes of an error body an adapter reads, 64 KiB: far more than any"
                        + " problem body needs, and a bound on the memory a huge or endless body"
                        + " can take. A body cut there is not JSON, and falls back to the status"
                        + " of the code.\n")
                .initializer("$L", MAX_BODY_BYTES)
                .build())
        .addField(
            FieldSpec.builder(JavaTypes.STRING, "ERROR_CODE_MEMBER", STATIC, FINAL)
                .addJavadoc("The member of a problem body that carries the errorCode.\n")
                .initializer("$L", JavaText.literal(types.spec().problem().errorCodeMember()))
                .build())
        .addField(
            FieldSpec.builder(JavaTypes.STRING, "RETRY_AFTER", STATIC, FINAL)
                .addJavadoc("The header that says how long a client should wait.\n")
                .initializer("$S", "Retry-After")
                .build())
        .addField(
            FieldSpec.builder(JavaTypes.STRING, "MEDIA_TYPE", STATIC, FINAL)
                .addJavadoc("The media type of a problem-details body.\n")
                .initializer("$S", "application/problem+json")
                .build())
        .addMethod(Members.privateConstructor())
        .addMethod(
            MethodSpec.methodBuilder("fromBody")
                .addModifiers(STATIC)
                .returns(exception)
                .addParameter(int.class, "status")
                .addParameter(ANY_MEMBERS, "members")
                .addParameter(JavaTypes.STRING, "retryAfter")
                .addJavadoc(
                    "The exception of an error response, from its status code and the members"
                        + " of its problem-details body: the class of"
                        + " {@link $T#fromProblem(int, String, String)} for the body's"
                        + " {@code type} and errorCode member when that status has this code"
                        + " (else the code's status with that errorCode), its message the body's"
                        + " {@code detail}, else its {@code title}, else the reason phrase, and"
                        + " the members reachable through {@link $T#problem()}, and the time to"
                        + " wait of its {@code Retry-After} header through {@link"
                        + " $T#retryAfter()}. Members of the wrong type are ignored.\n\n"
                        + "@param status the HTTP status code of the response\n"
                        + "@param members the body's members, or null when the body is not a"
                        + " problem (not JSON, cut at {@link #MAX_BODY_BYTES}, empty)\n"
                        + "@param retryAfter the response's {@code Retry-After} header, or null\n"
                        + "@return the exception, or null when the spec has no error status with"
                        + " this code (the framework's own handling then applies)\n",
                    status,
                    exception,
                    exception)
                .addStatement("$T byCode = $T.resolve(status).orElse(null)", status, status)
                .beginControlFlow("if (byCode == null || !byCode.isError())")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T errorCode = text(members, ERROR_CODE_MEMBER)", JavaTypes.STRING)
                .addStatement(
                    "$T resolved = $T.fromProblem(status, text(members, $S), errorCode)"
                        + ".orElse(byCode)",
                    status,
                    status,
                    "type")
                .addComment("The response's code decides: a body's type of a status of another")
                .addComment("code (or of a success) only names the status; the code's own statuses")
                .addComment("are then chosen by errorCode.")
                .beginControlFlow("if (!resolved.isError() || resolved.code() != status)")
                .addStatement("resolved = $T.resolve(status, errorCode).orElse(byCode)", status)
                .endControlFlow()
                .addStatement("$T message = text(members, $S)", JavaTypes.STRING, "detail")
                .beginControlFlow("if (message == null)")
                .addStatement("message = text(members, $S)", "title")
                .endControlFlow()
                .addStatement(
                    "$T exception = $T.of(resolved, message == null ? resolved.reasonPhrase() :"
                        + " message)",
                    exception,
                    exception)
                .beginControlFlow("if (members != null)")
                .addStatement(
                    "exception.withProblem(new $T<$T, $T>(members))",
                    LinkedHashMap.class,
                    JavaTypes.STRING,
                    ClassName.OBJECT)
                .endControlFlow()
                .addStatement("$T wait = retryAfter(retryAfter)", DURATION)
                .beginControlFlow("if (wait != null)")
                .addStatement("exception.retryAfter(wait)")
                .endControlFlow()
                .addStatement("return exception")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("fromBody")
                .addModifiers(STATIC)
                .returns(exception)
                .addParameter(int.class, "status")
                .addParameter(ANY_MEMBERS, "members")
                .addJavadoc(
                    "As {@link #fromBody(int, $T, String)} for a response whose headers are not at"
                        + " hand: without a time to wait.\n\n"
                        + "@param status the HTTP status code of the response\n"
                        + "@param members the body's members, or null when the body is not a"
                        + " problem\n"
                        + "@return the exception, or null when the spec has no error status with"
                        + " this code\n",
                    Map.class)
                .addStatement("return fromBody(status, members, null)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("toBody")
                .addModifiers(STATIC)
                .returns(JavaTypes.MEMBERS)
                .addParameter(exception, "e")
                .addParameter(JavaTypes.STRING, "instance")
                .addJavadoc(
                    "The members of the problem-details body a server sends for {@code e}, in"
                        + " this order: {@code type}, {@code title} (the reason phrase),"
                        + " {@code status}, {@code detail} (the message, when it has one),"
                        + " {@code instance} (when given) and the errorCode member (when the"
                        + " status has an errorCode), then the extension members of {@link"
                        + " $T#members()} in their order. Nothing else of the exception: no"
                        + " class name, stack trace or cause; its time to wait is a header,"
                        + " {@link #retryAfterHeader}.\n\n"
                        + "@param e the exception\n"
                        + "@param instance the request's path, or null\n"
                        + "@return the members, unmodifiable\n",
                    exception)
                .addStatement("$T status = e.status()", status)
                .addStatement(
                    "$T body = new $T<$T, $T>()",
                    JavaTypes.MEMBERS,
                    LinkedHashMap.class,
                    JavaTypes.STRING,
                    ClassName.OBJECT)
                .addStatement("body.put($S, status.problemType().toString())", "type")
                .addStatement("body.put($S, status.reasonPhrase())", "title")
                .addStatement("body.put($S, $T.valueOf(status.code()))", "status", Integer.class)
                .addStatement("$T detail = e.getMessage()", JavaTypes.STRING)
                .beginControlFlow("if (detail != null)")
                .addStatement("body.put($S, detail)", "detail")
                .endControlFlow()
                .beginControlFlow("if (instance != null)")
                .addStatement("body.put($S, instance)", "instance")
                .endControlFlow()
                .beginControlFlow("if (status.errorCode().isPresent())")
                .addStatement("body.put(ERROR_CODE_MEMBER, status.errorCode().get())")
                .endControlFlow()
                .addStatement("body.putAll(e.members())")
                .addStatement("return $T.unmodifiableMap(body)", Collections.class)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("retryAfterHeader")
                .addModifiers(STATIC)
                .returns(JavaTypes.STRING)
                .addParameter(exception, "e")
                .addJavadoc(
                    "The {@code Retry-After} header a server sends for {@code e}: the time set"
                        + " with {@link $T#retryAfter($T)} as delta-seconds, rounded up to a whole"
                        + " second.\n\n"
                        + "@param e the exception\n"
                        + "@return the header's value, or null when {@code e} has no time to"
                        + " wait\n",
                    exception,
                    DURATION)
                .addStatement("$T wait = e.retryAfter().orElse(null)", DURATION)
                .beginControlFlow("if (wait == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("long seconds = wait.getSeconds()")
                .beginControlFlow("if (wait.getNano() > 0 && seconds < $T.MAX_VALUE)", Long.class)
                .addStatement("seconds++")
                .endControlFlow()
                .addStatement("return $T.toString(seconds)", Long.class)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("retryAfter")
                .addModifiers(STATIC)
                .returns(DURATION)
                .addParameter(JavaTypes.STRING, "header")
                .addJavadoc(
                    "The time to wait that a {@code Retry-After} header says (RFC 9110):"
                        + " delta-seconds, or an HTTP-date (IMF-fixdate, as {@code"
                        + " DateTimeFormatter.RFC_1123_DATE_TIME} reads it) as the time from now"
                        + " until then, zero when it is past. The obsolete date forms, and"
                        + " anything else, are ignored, never an error.\n\n"
                        + "@param header the header's value, or null\n"
                        + "@return the time, or null when there is no header or it cannot be"
                        + " read\n")
                .beginControlFlow("if (header == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T value = header.trim()", JavaTypes.STRING)
                .addStatement("boolean digits = !value.isEmpty()")
                .beginControlFlow("for (int i = 0; i < value.length() && digits; i++)")
                .addStatement("char c = value.charAt(i)")
                .addStatement("digits = c >= '0' && c <= '9'")
                .endControlFlow()
                .beginControlFlow("if (digits)")
                .addComment("18 digits always fit in a long; more is no time a client waits.")
                .addStatement(
                    "return value.length() <= 18 ? $T.ofSeconds($T.parseLong(value)) : null",
                    DURATION,
                    Long.class)
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement(
                    "$T date = $T.parse(value, $T.RFC_1123_DATE_TIME).toInstant()",
                    Instant.class,
                    ZonedDateTime.class,
                    DateTimeFormatter.class)
                .addStatement(
                    "$T wait = $T.between($T.now(), date)", DURATION, DURATION, Instant.class)
                .addStatement("return wait.isNegative() ? $T.ZERO : wait", DURATION)
                .nextControlFlow("catch ($T notADate)", RuntimeException.class)
                .addStatement("return null")
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("text")
                .addModifiers(PRIVATE, STATIC)
                .returns(JavaTypes.STRING)
                .addParameter(ANY_MEMBERS, "members")
                .addParameter(JavaTypes.STRING, "name")
                .addJavadoc(
                    "A member that is a string.\n\n"
                        + "@param members the members, or null\n"
                        + "@param name the member's name\n"
                        + "@return the member, or null when it is absent or not a string\n")
                .addStatement("$T value = members == null ? null : members.get(name)", Object.class)
                .addStatement(
                    "return value instanceof $T ? ($T) value : null",
                    JavaTypes.STRING,
                    JavaTypes.STRING)
                .build())
        .build();
  }
}
