package dev.statusspec.processor.gen;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.model.Problem;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.model.StatusClass;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

  private static final ClassName OPTIONAL = ClassName.get(Optional.class);
  private static final ClassName URI_TYPE = ClassName.get(URI.class);
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeVariableName R = TypeVariableName.get("R");
  private static final String TEXTS = "Data";
  private static final String INDEX = "Index";

  @Override
  protected List<Planned> plan(SpecTypes types) {
    return List.of(
        new Planned(Output.prefixed(types.names().statusEnum(), types.spec()), () -> build(types)));
  }

  private static TypeSpec build(SpecTypes types) {
    Spec spec = types.spec();
    ClassName self = types.statusEnum();
    ClassName texts = self.nestedClass(TEXTS);
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
                STRING,
                CodeBlock.of("$T.REASON_PHRASES[ordinal()]", texts),
                "The reason phrase, the spec's {@code name}, e.g. {@code Not Found}.",
                "the reason phrase"))
        .addMethod(
            accessor(
                "description",
                STRING,
                CodeBlock.of("$T.DESCRIPTIONS[ordinal()]", texts),
                "The description from the spec, or the empty string when it has none.",
                "the description, never null"))
        .addMethod(
            accessor(
                "errorCode",
                ParameterizedTypeName.get(OPTIONAL, STRING),
                CodeBlock.of("$T.ofNullable($T.ERROR_CODES[ordinal()])", OPTIONAL, texts),
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
                URI_TYPE,
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
        .addType(texts(spec))
        .addType(index(types, texts));
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
    TypeName handler = ParameterizedTypeName.get(types.statusHandler(), R);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("accept")
            .addModifiers(PUBLIC)
            .addTypeVariable(R)
            .returns(R)
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
        .addParameter(STRING, "message")
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
        .returns(ParameterizedTypeName.get(OPTIONAL, types.statusEnum()))
        .addParameter(int.class, "code")
        .addJavadoc(
            "The status of a code, the first the spec lists for it, if any.\n\n"
                + "@param code an HTTP status code, or any other number\n"
                + "@return the code's status, or empty if the spec has no status with this code\n")
        .addStatement(
            "return code >= 100 && code <= 599 ? $T.RESOLVED_BY_CODE[code - 100] : $T.<$T>empty()",
            types.statusEnum().nestedClass(INDEX),
            OPTIONAL,
            types.statusEnum())
        .build();
  }

  private static MethodSpec resolveByErrorCode(SpecTypes types) {
    return MethodSpec.methodBuilder("resolve")
        .addModifiers(PUBLIC, STATIC)
        .returns(ParameterizedTypeName.get(OPTIONAL, types.statusEnum()))
        .addParameter(int.class, "code")
        .addParameter(STRING, "errorCode")
        .addJavadoc(
            "The status of a code and error code, as a response carries them: the status with both,"
                + " else the code's first status.\n\n"
                + "@param code an HTTP status code, or any other number\n"
                + "@param errorCode the API's error code from the response, or null\n"
                + "@return the status, or empty if the spec has no status with this code\n")
        .addStatement("$T status = find(code, errorCode)", types.statusEnum())
        .addStatement(
            "return status == null ? $T.<$T>empty() : $T.RESOLVED[status.ordinal()]",
            OPTIONAL,
            types.statusEnum(),
            types.statusEnum().nestedClass(INDEX))
        .build();
  }

  private static MethodSpec fromProblem(SpecTypes types) {
    return MethodSpec.methodBuilder("fromProblem")
        .addModifiers(PUBLIC, STATIC)
        .returns(ParameterizedTypeName.get(OPTIONAL, types.statusEnum()))
        .addParameter(int.class, "status")
        .addParameter(STRING, "type")
        .addParameter(STRING, "errorCode")
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
        .addStatement(
            "$T typed = $T.byType(type)", types.statusEnum(), types.statusEnum().nestedClass(INDEX))
        .beginControlFlow("if (typed != null)")
        .addStatement("return $T.RESOLVED[typed.ordinal()]", types.statusEnum().nestedClass(INDEX))
        .endControlFlow()
        .endControlFlow()
        .addStatement("return resolve(status, errorCode)")
        .build();
  }

  private static MethodSpec dispatch(SpecTypes types) {
    return MethodSpec.methodBuilder("dispatch")
        .addModifiers(PUBLIC, STATIC)
        .addTypeVariable(R)
        .returns(R)
        .addParameter(int.class, "code")
        .addParameter(STRING, "errorCode")
        .addParameter(ParameterizedTypeName.get(types.statusHandler(), R), "handler")
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
            types.statusEnum().nestedClass(INDEX))
        .build();
  }

  private static MethodSpec findByErrorCode(SpecTypes types) {
    return MethodSpec.methodBuilder("find")
        .addModifiers(PRIVATE, STATIC)
        .returns(types.statusEnum())
        .addParameter(int.class, "code")
        .addParameter(STRING, "errorCode")
        .addJavadoc(
            "The status with a code and error code, else the code's first status.\n\n"
                + "@param code any number\n"
                + "@param errorCode an error code, or null\n"
                + "@return the status, or null if the spec has none with this code\n")
        .beginControlFlow("if (errorCode != null)")
        .addStatement(
            "$T keyed = $T.byErrorCode(code, errorCode)",
            types.statusEnum(),
            types.statusEnum().nestedClass(INDEX))
        .beginControlFlow("if (keyed != null)")
        .addStatement("return keyed")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return findByCode(code)")
        .build();
  }

  /** The holder of the per-status data, so that the enum's own initializer stays small. */
  private static TypeSpec texts(Spec spec) {
    TypeSpec.Builder texts =
        TypeSpec.classBuilder(TEXTS)
            .addModifiers(PRIVATE, STATIC, FINAL)
            .addJavadoc(
                "The data of each status by ordinal, apart so the enum's initializer stays"
                    + " small.\n")
            .addMethod(privateConstructor());
    table(texts, "CODES", "codes", TypeName.INT, "codes", spec, s -> CodeBlock.of("$L", s.code()));
    table(
        texts,
        "RETRYABLE",
        "retryable",
        TypeName.BOOLEAN,
        "retry flags",
        spec,
        s -> flag(s.retryable()));
    table(
        texts,
        "REASON_PHRASES",
        "reasonPhrases",
        STRING,
        "reason phrases",
        spec,
        s -> text(s.reasonPhrase()));
    table(
        texts,
        "DESCRIPTIONS",
        "descriptions",
        STRING,
        "descriptions",
        spec,
        s -> text(s.description()));
    table(
        texts,
        "ERROR_CODES",
        "errorCodes",
        STRING,
        "error codes (null where none)",
        spec,
        s -> text(s.errorCode().orElse(null)));
    table(
        texts,
        "PROBLEM_TYPE_NAMES",
        "problemTypeNames",
        STRING,
        "problem type URIs, as text",
        spec,
        s -> text(spec.problemType(s)));
    texts.addField(
        FieldSpec.builder(ArrayTypeName.of(URI_TYPE), "PROBLEM_TYPES", STATIC, FINAL)
            .addJavadoc("The problem type URIs, by ordinal.\n")
            .initializer("problemTypes()")
            .build());
    texts.addMethod(
        MethodSpec.methodBuilder("problemTypes")
            .addModifiers(PRIVATE, STATIC)
            .returns(ArrayTypeName.of(URI_TYPE))
            .addJavadoc(
                "Builds the problem type URIs; the processor checked that each is one.\n\n"
                    + "@return a new array, by ordinal\n")
            .addStatement("$T[] types = new $T[PROBLEM_TYPE_NAMES.length]", URI_TYPE, URI_TYPE)
            .beginControlFlow("for (int i = 0; i < types.length; i++)")
            .addStatement(
                "types[i] = i > 0 && PROBLEM_TYPE_NAMES[i].equals(PROBLEM_TYPE_NAMES[i - 1])"
                    + " ? types[i - 1] : $T.create(PROBLEM_TYPE_NAMES[i])",
                URI_TYPE)
            .endControlFlow()
            .addStatement("return types")
            .build());
    return texts.build();
  }

  private static CodeBlock flag(boolean value) {
    return CodeBlock.of("$L", value);
  }

  private static CodeBlock text(String text) {
    return text == null ? CodeBlock.of("null") : JavaText.literal(text);
  }

  private static void table(
      TypeSpec.Builder texts,
      String field,
      String method,
      TypeName element,
      String what,
      Spec spec,
      Function<Status, CodeBlock> item) {
    TypeName array = ArrayTypeName.of(element);
    texts.addField(
        FieldSpec.builder(array, field, STATIC, FINAL)
            .addJavadoc("The $L, by ordinal.\n", what)
            .initializer("$N()", method)
            .build());
    List<CodeBlock> items = new ArrayList<>();
    for (Status status : spec.statuses()) {
      items.add(item.apply(status));
    }
    texts.addMethod(
        MethodSpec.methodBuilder(method)
            .addModifiers(PRIVATE, STATIC)
            .returns(array)
            .addJavadoc("Builds the $L.\n\n@return a new array, by ordinal\n", what)
            .addCode("return new $T[] {\n$>$>", element)
            .addCode(CodeBlock.join(items, ",\n"))
            .addCode("\n$<$<};\n")
            .build());
  }

  /**
   * {@code new Optional[length]}: the cached {@code Optional}s sit in plain arrays, one load per
   * lookup (behind a {@code List} they cost twice the time of the bare array).
   */
  private static MethodSpec optionalsArray() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("optionals")
        .addModifiers(PRIVATE, STATIC)
        .addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "unchecked")
                .build())
        .addTypeVariable(t)
        .returns(ArrayTypeName.of(ParameterizedTypeName.get(OPTIONAL, t)))
        .addParameter(int.class, "length")
        .addJavadoc(
            "A new array of {@code length} optionals; Java has no generic array creation.\n\n"
                + "@param length the length\n"
                + "@param <T> the type of the optionals' values\n"
                + "@return the array, all null\n")
        // A wildcard array and an unchecked cast: javac and ecj then agree on the one warning.
        .addStatement(
            "return ($T[]) new $T<?>[length]", ParameterizedTypeName.get(OPTIONAL, t), OPTIONAL)
        .build();
  }

  /** The holder of the lookup tables, filled by one loop whatever the number of statuses. */
  private static TypeSpec index(SpecTypes types, ClassName texts) {
    ClassName self = types.statusEnum();
    TypeName optional = ParameterizedTypeName.get(OPTIONAL, self);
    TypeName optionals = ArrayTypeName.of(optional);
    long keyed = types.spec().statuses().stream().filter(s -> s.errorCode().isPresent()).count();
    int slots = Math.max(2, Integer.highestOneBit((int) Math.max(1, keyed) * 2 - 1) << 1);
    long typed =
        types.spec().statuses().stream()
            .filter(s -> !types.spec().problemType(s).equals(Problem.ABOUT_BLANK))
            .count();
    int typeSlots = Math.max(2, Integer.highestOneBit((int) Math.max(1, typed) * 2 - 1) << 1);
    CodeBlock fill =
        CodeBlock.builder()
            .addStatement("$T[] all = values()", self)
            .addStatement("$T resolved = optionals(all.length)", optionals)
            .beginControlFlow("for ($T status : all)", self)
            .addStatement("resolved[status.ordinal()] = $T.of(status)", OPTIONAL)
            .beginControlFlow("if (BY_CODE[status.code() - 100] == null)")
            .addStatement("BY_CODE[status.code() - 100] = status")
            .endControlFlow()
            .addStatement("$T errorCode = $T.ERROR_CODES[status.ordinal()]", String.class, texts)
            .beginControlFlow("if (errorCode != null)")
            .addStatement("int slot = slot(status.code(), errorCode)")
            .beginControlFlow("while (BY_ERROR_CODE[slot] != null)")
            .addStatement("slot = (slot + 1) & (BY_ERROR_CODE.length - 1)")
            .endControlFlow()
            .addStatement("BY_ERROR_CODE[slot] = status")
            .endControlFlow()
            .addStatement("$T type = $T.PROBLEM_TYPE_NAMES[status.ordinal()]", String.class, texts)
            .beginControlFlow("if (!type.equals($S))", Problem.ABOUT_BLANK)
            .addStatement("int typeSlot = typeSlot(type)")
            .beginControlFlow("while (BY_TYPE[typeSlot] != null)")
            .addStatement("typeSlot = (typeSlot + 1) & (BY_TYPE.length - 1)")
            .endControlFlow()
            .addStatement("BY_TYPE[typeSlot] = status")
            .endControlFlow()
            .endControlFlow()
            .addStatement("RESOLVED = resolved")
            .addStatement("$T byCode = optionals(BY_CODE.length)", optionals)
            .beginControlFlow("for (int i = 0; i < BY_CODE.length; i++)")
            .addStatement(
                "byCode[i] = BY_CODE[i] == null ? $T.<$T>empty() : resolved[BY_CODE[i].ordinal()]",
                OPTIONAL,
                self)
            .endControlFlow()
            .addStatement("RESOLVED_BY_CODE = byCode")
            .build();
    return TypeSpec.classBuilder(self.nestedClass(INDEX))
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addJavadoc("The lookup tables, built on first use.\n")
        .addField(
            FieldSpec.builder(ArrayTypeName.of(self), "BY_CODE", STATIC, FINAL)
                .addJavadoc("The first status of each code, at {@code code - 100}.\n")
                .initializer("new $T[500]", self)
                .build())
        .addField(
            FieldSpec.builder(ArrayTypeName.of(self), "BY_ERROR_CODE", STATIC, FINAL)
                .addJavadoc(
                    "The statuses with an error code, in an open-addressing table keyed by code"
                        + " and error code.\n")
                .initializer("new $T[$L]", self, slots)
                .build())
        .addField(
            FieldSpec.builder(ArrayTypeName.of(self), "BY_TYPE", STATIC, FINAL)
                .addJavadoc(
                    "The statuses whose problem type is not {@code about:blank}, in an"
                        + " open-addressing table keyed by the type's text.\n")
                .initializer("new $T[$L]", self, typeSlots)
                .build())
        .addField(
            FieldSpec.builder(optionals, "RESOLVED", STATIC, FINAL)
                .addJavadoc("Every status wrapped once, by ordinal: lookups allocate nothing.\n")
                .build())
        .addField(
            FieldSpec.builder(optionals, "RESOLVED_BY_CODE", STATIC, FINAL)
                .addJavadoc("The wrapped first status of each code, at {@code code - 100}.\n")
                .build())
        .addStaticBlock(fill)
        .addMethod(privateConstructor())
        .addMethod(optionalsArray())
        .addMethod(
            MethodSpec.methodBuilder("slot")
                .addModifiers(STATIC)
                .returns(int.class)
                .addParameter(int.class, "code")
                .addParameter(String.class, "errorCode")
                .addJavadoc(
                    "The first slot to probe for a code and error code.\n\n"
                        + "@param code the HTTP status code\n"
                        + "@param errorCode the error code\n"
                        + "@return an index of {@link #BY_ERROR_CODE}\n")
                .addStatement("int hash = code * 31 + errorCode.hashCode()")
                .addStatement("return (hash ^ (hash >>> 16)) & (BY_ERROR_CODE.length - 1)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("byErrorCode")
                .addModifiers(STATIC)
                .returns(self)
                .addParameter(int.class, "code")
                .addParameter(String.class, "errorCode")
                .addJavadoc(
                    "The status with a code and error code.\n\n"
                        + "@param code the HTTP status code\n"
                        + "@param errorCode the error code\n"
                        + "@return the status, or null if none has both\n")
                .beginControlFlow(
                    "for (int slot = slot(code, errorCode); ; slot = (slot + 1) &"
                        + " (BY_ERROR_CODE.length - 1))")
                .addStatement("$T status = BY_ERROR_CODE[slot]", self)
                .beginControlFlow(
                    "if (status == null || (status.code() == code &&"
                        + " errorCode.equals($T.ERROR_CODES[status.ordinal()])))",
                    texts)
                .addStatement("return status")
                .endControlFlow()
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("typeSlot")
                .addModifiers(STATIC)
                .returns(int.class)
                .addParameter(String.class, "type")
                .addJavadoc(
                    "The first slot to probe for a problem type.\n\n"
                        + "@param type the type URI's text\n"
                        + "@return an index of {@link #BY_TYPE}\n")
                .addStatement("int hash = type.hashCode()")
                .addStatement("return (hash ^ (hash >>> 16)) & (BY_TYPE.length - 1)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("byType")
                .addModifiers(STATIC)
                .returns(self)
                .addParameter(String.class, "type")
                .addJavadoc(
                    "The status with a problem type.\n\n"
                        + "@param type the type URI's text\n"
                        + "@return the status, or null if none has it\n")
                .beginControlFlow(
                    "for (int slot = typeSlot(type); ; slot = (slot + 1) & (BY_TYPE.length - 1))")
                .addStatement("$T status = BY_TYPE[slot]", self)
                .beginControlFlow(
                    "if (status == null || type.equals($T.PROBLEM_TYPE_NAMES[status.ordinal()]))",
                    texts)
                .addStatement("return status")
                .endControlFlow()
                .endControlFlow()
                .build())
        .build();
  }

  /** The private constructor of a holder class, documented for {@code -Xdoclint:all}. */
  private static MethodSpec privateConstructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(PRIVATE)
        .addJavadoc("Not instantiable.\n")
        .build();
  }
}
