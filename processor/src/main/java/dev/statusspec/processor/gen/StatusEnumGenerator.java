package dev.statusspec.processor.gen;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.model.StatusClass;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates {@code enum PStatus}: one constant per status in spec order, accessors, and lookups by
 * code that take O(1) time and allocate nothing.
 *
 * <p>To keep the enum's class initializer small (the JVM limits it to 64 KB), a constant passes
 * nothing to its constructor (16 bytes of the initializer each with javac, 24 with ecj, which also
 * builds the {@code values()} array there): the constructor reads the code and retry flag by
 * ordinal from arrays of a nested {@code Data} holder, whose methods also build the texts' arrays.
 * The lookup tables are filled by a loop in another holder, initialized on first use.
 */
final class StatusEnumGenerator extends JavaSourceGenerator {

  @Override
  protected List<PlannedType> types(SpecTypes types) {
    return List.of(
        new PlannedType(Output.prefixed(types.names().statusEnum(), types.spec()), t -> build(t)));
  }

  private static TypeSpec build(SpecTypes types) {
    Spec spec = types.spec();
    ClassName self = types.statusEnum();
    ClassName texts = EnumData.of(types);
    TypeSpec.Builder type =
        type(TypeSpec.enumBuilder(self), types)
            .addModifiers(PUBLIC)
            .addSuperinterface(types.annotatedInterface())
            .addJavadoc(typeDoc(types));
    for (Status status : spec.statuses()) {
      type.addEnumConstant(status.id(), constant(status));
    }
    type.addField(
            FieldSpec.builder(int.class, "code", PRIVATE, FINAL)
                .addJavadoc("The HTTP status code.\n")
                .build())
        .addField(
            FieldSpec.builder(boolean.class, "retryable", PRIVATE, FINAL)
                .addJavadoc("Whether a request that got this status may be retried.\n")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc(
                    "Creates a status; its code, retry flag and texts are in {@link $T}, by"
                        + " ordinal.\n",
                    texts)
                .addStatement("this.code = $T.CODES[ordinal()]", texts)
                .addStatement("this.retryable = $T.RETRYABLE[ordinal()]", texts)
                .build())
        .addMethod(
            accessor(
                "code",
                TypeName.INT,
                CodeBlock.of("code"),
                "The HTTP status code, e.g. {@code 404}.",
                "the code, 100 to 599"))
        .addMethod(
            accessor(
                "reasonPhrase",
                JavaTypes.STRING,
                CodeBlock.of("$T.REASON_PHRASES[ordinal()]", texts),
                "The reason phrase, the spec's {@code name}, e.g. {@code Not Found}.",
                "the reason phrase"))
        .addMethod(
            accessor(
                "description",
                JavaTypes.STRING,
                CodeBlock.of("$T.DESCRIPTIONS[ordinal()]", texts),
                "The description from the spec, or the empty string when it has none.",
                "the description, never null"))
        .addMethod(
            accessor(
                "errorCode",
                ParameterizedTypeName.get(JavaTypes.OPTIONAL, JavaTypes.STRING),
                CodeBlock.of("$T.ofNullable($T.ERROR_CODES[ordinal()])", JavaTypes.OPTIONAL, texts),
                "The API's own error code that tells this status apart from others with the same"
                    + " HTTP code, if the spec gives one.",
                "the error code, or empty"))
        .addMethod(
            accessor(
                "isRetryable",
                TypeName.BOOLEAN,
                CodeBlock.of("retryable"),
                "Whether the spec says a request that got this status may be retried.",
                "whether it is retryable"))
        .addMethod(
            accessor(
                "problemType",
                JavaTypes.URI,
                CodeBlock.of("$T.PROBLEM_TYPES[ordinal()]", texts),
                "The type of this status's problem details (RFC 9457): the spec's {@code type},"
                    + " else {@code problem.typeBase} and the id in lower case with {@code -} for"
                    + " {@code _}, else {@code about:blank}. The same instance on every call.",
                "the problem type URI"));
    classPredicates(type);
    type.addMethod(accept(types))
        .addMethod(toException(types))
        .addMethod(fromCode(types))
        .addMethod(resolveByCode(types))
        .addMethod(resolveByErrorCode(types))
        .addMethod(fromProblem(types))
        .addMethod(dispatch(types))
        .addMethod(findByCode(types))
        .addMethod(findByErrorCode(types))
        .addType(EnumData.holder(types))
        .addType(EnumIndex.holder(types));
    return type.build();
  }

  private static CodeBlock typeDoc(SpecTypes types) {
    Spec spec = types.spec();
    CodeBlock.Builder doc = CodeBlock.builder();
    if (spec.description().isBlank()) {
      doc.add("The statuses of {@link $T}.\n", types.annotatedInterface());
    } else {
      doc.add("$L\n", JavaText.javadoc(spec.description()));
    }
    return doc.add(
            "\n<p>One constant per status of the spec <code>$L</code>, in the order of the spec."
                + " Look statuses up with {@link #fromCode(int)}, {@link #resolve(int)} and"
                + " {@link #resolve(int, String)}, in constant time and without allocating;"
                + " hand raw input from the wire to"
                + " {@link #dispatch(int, String, $T)}, which never fails on codes the spec does"
                + " not have.\n",
            JavaText.javadoc(types.specPath()),
            types.statusHandler())
        .build();
  }

  private static TypeSpec constant(Status status) {
    TypeSpec.Builder constant =
        TypeSpec.anonymousClassBuilder("").addJavadoc("$L", JavaText.javadoc(status.displayName()));
    if (!status.description().isBlank()) {
      constant.addJavadoc(": $L", JavaText.javadoc(status.description()));
    }
    constant.addJavadoc("\n");
    if (status.retryable()) {
      constant.addJavadoc("\n<p>Retryable.\n");
    }
    constant.addJavadoc(Members.deprecatedTag(status));
    Members.deprecateIf(status, constant);
    return constant.build();
  }

  private static MethodSpec accessor(
      String name, TypeName returns, CodeBlock expression, String doc, String returnDoc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(PUBLIC)
        .returns(returns)
        .addJavadoc("$L\n\n@return $L\n", doc, returnDoc)
        .addStatement("return $L", expression)
        .build();
  }

  /** The enum's predicate of a class of status: its name, and what its Javadoc calls the class. */
  private record Predicate(String name, String doc) {}

  /** The predicate of each class of status. */
  private static final Map<StatusClass, Predicate> PREDICATES =
      Map.of(
          StatusClass.INFORMATIONAL, new Predicate("isInformational", "informational (1xx)"),
          StatusClass.SUCCESS, new Predicate("isSuccess", "a success (2xx)"),
          StatusClass.REDIRECTION, new Predicate("isRedirection", "a redirection (3xx)"),
          StatusClass.CLIENT_ERROR, new Predicate("isClientError", "a client error (4xx)"),
          StatusClass.SERVER_ERROR, new Predicate("isServerError", "a server error (5xx)"));

  private static void classPredicates(TypeSpec.Builder type) {
    for (StatusClass statusClass : StatusClass.values()) {
      Predicate predicate = PREDICATES.get(statusClass);
      type.addMethod(
          predicate(predicate.name(), predicate.doc(), statusClass.first(), statusClass.last()));
    }
    type.addMethod(
        predicate(
            "isError",
            "an error (4xx or 5xx), which has an exception class",
            StatusClass.CLIENT_ERROR.first(),
            StatusClass.SERVER_ERROR.last()));
  }

  private static MethodSpec predicate(String name, String doc, int from, int to) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(PUBLIC)
        .returns(boolean.class)
        .addJavadoc("Whether this status is $L.\n\n@return true if it is\n", doc)
        .addStatement("return code >= $L && code <= $L", from, to)
        .build();
  }

  private static MethodSpec accept(SpecTypes types) {
    TypeName handler = ParameterizedTypeName.get(types.statusHandler(), JavaTypes.R);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("accept")
            .addModifiers(PUBLIC)
            .addTypeVariable(JavaTypes.R)
            .returns(JavaTypes.R)
            .addParameter(handler, "handler")
            .addJavadoc(
                "Calls the method of {@code handler} for this status.\n\n"
                    + "@param handler the handler\n"
                    + "@param <R> the result type\n"
                    + "@return what the handler returns\n");
    if (types.spec().hasDeprecated()) {
      method.addAnnotation(Members.suppressDeprecation());
    }
    Switches.returnSwitch(
        method,
        "this",
        types.spec().statuses(),
        status -> CodeBlock.of("handler.$N()", status.handlerMethodName()),
        Optional.empty(),
        types.target());
    return method.build();
  }

  private static MethodSpec toException(SpecTypes types) {
    return MethodSpec.methodBuilder("toException")
        .addModifiers(PUBLIC)
        .returns(types.exception())
        .addParameter(JavaTypes.STRING, "message")
        .addJavadoc(
            "The exception of this status, for code that signals it by throwing.\n\n"
                + "@param message the detail message\n"
                + "@return a new exception of this status's class\n"
                + "@throws IllegalStateException if this status is not an error (4xx or 5xx)\n")
        .addStatement("return $T.of(this, message)", types.exception())
        .build();
  }

  private static MethodSpec fromCode(SpecTypes types) {
    return MethodSpec.methodBuilder("fromCode")
        .addModifiers(PUBLIC, STATIC)
        .returns(types.statusEnum())
        .addParameter(int.class, "code")
        .addJavadoc(
            "The status of a code: the first the spec lists for it.\n\n"
                + "@param code an HTTP status code\n"
                + "@return the code's status\n"
                + "@throws IllegalArgumentException if the spec has no status with this code\n")
        .addStatement("$T status = findByCode(code)", types.statusEnum())
        .beginControlFlow("if (status == null)")
        .addStatement(
            "throw new $T($S + code)",
            IllegalArgumentException.class,
            types.names().statusEnum() + " has no status with code ")
        .endControlFlow()
        .addStatement("return status")
        .build();
  }

  private static MethodSpec resolveByCode(SpecTypes types) {
    return MethodSpec.methodBuilder("resolve")
        .addModifiers(PUBLIC, STATIC)
        .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, types.statusEnum()))
        .addParameter(int.class, "code")
        .addJavadoc(
            "The status of a code, the first the spec lists for it, if any.\n\n"
                + "@param code an HTTP status code, or any other number\n"
                + "@return the code's status, or empty if the spec has no status with this code\n")
        .addStatement(
            "return code >= 100 && code <= 599 ? $T.RESOLVED_BY_CODE[code - 100] : $T.<$T>empty()",
            EnumIndex.of(types),
            JavaTypes.OPTIONAL,
            types.statusEnum())
        .build();
  }

  private static MethodSpec resolveByErrorCode(SpecTypes types) {
    return MethodSpec.methodBuilder("resolve")
        .addModifiers(PUBLIC, STATIC)
        .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, types.statusEnum()))
        .addParameter(int.class, "code")
        .addParameter(JavaTypes.STRING, "errorCode")
        .addJavadoc(
            "The status of a code and error code, as a response carries them: the status with both,"
                + " else the code's first status.\n\n"
                + "@param code an HTTP status code, or any other number\n"
                + "@param errorCode the API's error code from the response, or null\n"
                + "@return the status, or empty if the spec has no status with this code\n")
        .addStatement("$T status = find(code, errorCode)", types.statusEnum())
        .addStatement(
            "return status == null ? $T.<$T>empty() : $T.RESOLVED[status.ordinal()]",
            JavaTypes.OPTIONAL,
            types.statusEnum(),
            EnumIndex.of(types))
        .build();
  }

  private static MethodSpec fromProblem(SpecTypes types) {
    return MethodSpec.methodBuilder("fromProblem")
        .addModifiers(PUBLIC, STATIC)
        .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, types.statusEnum()))
        .addParameter(int.class, "status")
        .addParameter(JavaTypes.STRING, "type")
        .addParameter(JavaTypes.STRING, "errorCode")
        .addJavadoc(
            "The status of a problem-details body (RFC 9457): the status whose"
                + " {@link #problemType()} is {@code type}, when {@code type} is neither null nor"
                + " {@code about:blank} and the spec has it; else"
                + " {@link #resolve(int, String) resolve(status, errorCode)}. Constant time, no"
                + " allocation.\n\n"
                + "@param status the HTTP status code of the response (or the body's"
                + " {@code status})\n"
                + "@param type the body's {@code type}, or null\n"
                + "@param errorCode the body's errorCode member, or null\n"
                + "@return the status, or empty if neither the type nor the code is the spec's\n")
        .beginControlFlow("if (type != null)")
        .addStatement("$T typed = $T.byType(type)", types.statusEnum(), EnumIndex.of(types))
        .beginControlFlow("if (typed != null)")
        .addStatement("return $T.RESOLVED[typed.ordinal()]", EnumIndex.of(types))
        .endControlFlow()
        .endControlFlow()
        .addStatement("return resolve(status, errorCode)")
        .build();
  }

  private static MethodSpec dispatch(SpecTypes types) {
    return MethodSpec.methodBuilder("dispatch")
        .addModifiers(PUBLIC, STATIC)
        .addTypeVariable(JavaTypes.R)
        .returns(JavaTypes.R)
        .addParameter(int.class, "code")
        .addParameter(JavaTypes.STRING, "errorCode")
        .addParameter(ParameterizedTypeName.get(types.statusHandler(), JavaTypes.R), "handler")
        .addJavadoc(
            "Calls the method of {@code handler} for raw input from the wire: the status's method"
                + " as {@link #resolve(int, String)} finds it, or {@code onUnknown(code)} for a"
                + " code the spec does not have, such as one a newer server added.\n\n"
                + "@param code the HTTP status code received\n"
                + "@param errorCode the API's error code received, or null\n"
                + "@param handler the handler\n"
                + "@param <R> the result type\n"
                + "@return what the handler returns\n")
        .addStatement("$T status = find(code, errorCode)", types.statusEnum())
        .addStatement("return status == null ? handler.onUnknown(code) : status.accept(handler)")
        .build();
  }

  private static MethodSpec findByCode(SpecTypes types) {
    return MethodSpec.methodBuilder("findByCode")
        .addModifiers(PRIVATE, STATIC)
        .returns(types.statusEnum())
        .addParameter(int.class, "code")
        .addJavadoc(
            "The first status of a code.\n\n"
                + "@param code any number\n"
                + "@return the status, or null if the spec has none with this code\n")
        .addStatement(
            "return code >= 100 && code <= 599 ? $T.BY_CODE[code - 100] : null",
            EnumIndex.of(types))
        .build();
  }

  private static MethodSpec findByErrorCode(SpecTypes types) {
    return MethodSpec.methodBuilder("find")
        .addModifiers(PRIVATE, STATIC)
        .returns(types.statusEnum())
        .addParameter(int.class, "code")
        .addParameter(JavaTypes.STRING, "errorCode")
        .addJavadoc(
            "The status with a code and error code, else the code's first status.\n\n"
                + "@param code any number\n"
                + "@param errorCode an error code, or null\n"
                + "@return the status, or null if the spec has none with this code\n")
        .beginControlFlow("if (errorCode != null)")
        .addStatement(
            "$T keyed = $T.byErrorCode(code, errorCode)", types.statusEnum(), EnumIndex.of(types))
        .beginControlFlow("if (keyed != null)")
        .addStatement("return keyed")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return findByCode(code)")
        .build();
  }
}
