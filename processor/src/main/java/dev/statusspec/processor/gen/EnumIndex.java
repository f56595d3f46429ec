package dev.statusspec.processor.gen;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
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
import dev.statusspec.processor.model.Problem;

/**
 * The enum's nested {@code Index} holder: the lookup tables (by code, by code and error code, by
 * problem type, and the pre-built {@code Optional}s), filled by one loop over {@code values()}
 * whatever the number of statuses, on first use. Every lookup is one or a few array loads and
 * allocates nothing.
 */
final class EnumIndex {

  /** The holder's simple name, nested in the enum. */
  private static final String NAME = "Index";

  private EnumIndex() {}

  /** {@code PStatus.Index}. */
  static ClassName of(SpecTypes types) {
    return types.statusEnum().nestedClass(NAME);
  }

  /**
   * The slots of an open-addressing table for {@code keys} keys: a power of two (so a mask replaces
   * the modulo), at least twice the keys (so probes stay short), at least 2.
   */
  static int slots(long keys) {
    return Math.max(2, Integer.highestOneBit((int) Math.max(1, keys) * 2 - 1) << 1);
  }

  /** The holder of the lookup tables, filled by one loop whatever the number of statuses. */
  static TypeSpec holder(SpecTypes types) {
    ClassName self = types.statusEnum();
    ClassName texts = EnumData.of(types);
    TypeName optional = ParameterizedTypeName.get(JavaTypes.OPTIONAL, self);
    TypeName optionals = ArrayTypeName.of(optional);
    long keyed = types.spec().statuses().stream().filter(s -> s.errorCode().isPresent()).count();
    int slots = slots(keyed);
    long typed =
        types.spec().statuses().stream()
            .filter(s -> !types.spec().problemType(s).equals(Problem.ABOUT_BLANK))
            .count();
    int typeSlots = slots(typed);
    CodeBlock fill =
        CodeBlock.builder()
            .addStatement("$T[] all = values()", self)
            .addStatement("$T resolved = optionals(all.length)", optionals)
            .beginControlFlow("for ($T status : all)", self)
            .addStatement("resolved[status.ordinal()] = $T.of(status)", JavaTypes.OPTIONAL)
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
                JavaTypes.OPTIONAL,
                self)
            .endControlFlow()
            .addStatement("RESOLVED_BY_CODE = byCode")
            .build();
    return TypeSpec.classBuilder(of(types))
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
        .addMethod(Members.privateConstructor())
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
        .returns(ArrayTypeName.of(ParameterizedTypeName.get(JavaTypes.OPTIONAL, t)))
        .addParameter(int.class, "length")
        .addJavadoc(
            "A new array of {@code length} optionals; Java has no generic array creation.\n\n"
                + "@param length the length\n"
                + "@param <T> the type of the optionals' values\n"
                + "@return the array, all null\n")
        // A wildcard array and an unchecked cast: javac and ecj then agree on the one warning.
        .addStatement(
            "return ($T[]) new $T<?>[length]",
            ParameterizedTypeName.get(JavaTypes.OPTIONAL, t),
            JavaTypes.OPTIONAL)
        .build();
  }
}
