package dev.statusspec.processor.gen;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The enum's nested {@code Data} holder: each status's code, retry flag, texts and problem type in
 * arrays by ordinal, built by one method per array. Apart from the enum, so that its class
 * initializer (64 KB at most) holds no per-constant data: a constant passes nothing to its
 * constructor, which reads its code and flag from here.
 */
final class EnumData {

  /** The holder's simple name, nested in the enum. */
  private static final String NAME = "Data";

  private EnumData() {}

  /** {@code PStatus.Data}. */
  static ClassName of(SpecTypes types) {
    return types.statusEnum().nestedClass(NAME);
  }

  /** The holder of the per-status data, so that the enum's own initializer stays small. */
  static TypeSpec holder(SpecTypes types) {
    Spec spec = types.spec();
    TypeSpec.Builder texts =
        TypeSpec.classBuilder(NAME)
            .addModifiers(PRIVATE, STATIC, FINAL)
            .addJavadoc(
                "The data of each status by ordinal, apart so the enum's initializer stays"
                    + " small.\n")
            .addMethod(Members.privateConstructor());
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
        JavaTypes.STRING,
        "reason phrases",
        spec,
        s -> text(s.reasonPhrase()));
    table(
        texts,
        "DESCRIPTIONS",
        "descriptions",
        JavaTypes.STRING,
        "descriptions",
        spec,
        s -> text(s.description()));
    table(
        texts,
        "ERROR_CODES",
        "errorCodes",
        JavaTypes.STRING,
        "error codes (null where none)",
        spec,
        s -> text(s.errorCode().orElse(null)));
    table(
        texts,
        "PROBLEM_TYPE_NAMES",
        "problemTypeNames",
        JavaTypes.STRING,
        "problem type URIs, as text",
        spec,
        s -> text(spec.problemType(s)));
    texts.addField(
        FieldSpec.builder(ArrayTypeName.of(JavaTypes.URI), "PROBLEM_TYPES", STATIC, FINAL)
            .addJavadoc("The problem type URIs, by ordinal.\n")
            .initializer("problemTypes()")
            .build());
    texts.addMethod(
        MethodSpec.methodBuilder("problemTypes")
            .addModifiers(PRIVATE, STATIC)
            .returns(ArrayTypeName.of(JavaTypes.URI))
            .addJavadoc(
                "Builds the problem type URIs; the processor checked that each is one.\n\n"
                    + "@return a new array, by ordinal\n")
            .addStatement(
                "$T[] types = new $T[PROBLEM_TYPE_NAMES.length]", JavaTypes.URI, JavaTypes.URI)
            .beginControlFlow("for (int i = 0; i < types.length; i++)")
            .addStatement(
                "types[i] = i > 0 && PROBLEM_TYPE_NAMES[i].equals(PROBLEM_TYPE_NAMES[i - 1])"
                    + " ? types[i - 1] : $T.create(PROBLEM_TYPE_NAMES[i])",
                JavaTypes.URI)
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
}
