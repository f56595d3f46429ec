package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.JavaTypes;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The server side of the adapters that write a problem body themselves: a flat JSON object of
 * strings, numbers, booleans and nulls ({@code PProblems.toBody}'s members) needs no JSON library,
 * so the generated code writes it as UTF-8 bytes with three private static methods, {@code json},
 * {@code quote} and {@code unpaired}, added to the adapter that needs them. Strings are escaped for
 * JSON (RFC 8259) and for embedding in HTML: quote, backslash, control characters, {@code <},
 * {@code >}, {@code &}, U+2028/U+2029 and unpaired surrogates as {@code \\uXXXX}, so any message
 * round-trips exactly.
 */
final class ProblemWriting {

  private ProblemWriting() {}

  /** Adds {@code json}, {@code quote} and {@code unpaired} to {@code type}. */
  static TypeSpec.Builder addWriting(TypeSpec.Builder type) {
    return type.addMethod(json()).addMethod(quote()).addMethod(unpaired());
  }

  /** {@code json(Map)}: a flat JSON object of strings, numbers and booleans, as UTF-8. */
  private static MethodSpec json() {
    return MethodSpec.methodBuilder("json")
        .addModifiers(PRIVATE, STATIC)
        .returns(byte[].class)
        .addParameter(JavaTypes.MEMBERS, "members")
        .addJavadoc(
            "A flat JSON object of {@code members}, in their order, encoded as UTF-8: numbers and"
                + " booleans as they are (the numbers {@code withMember} takes are finite, and"
                + " their {@code toString} is a JSON number), anything else as a string.\n\n"
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
            "else if (value instanceof $T || value instanceof $T)", Number.class, Boolean.class)
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
