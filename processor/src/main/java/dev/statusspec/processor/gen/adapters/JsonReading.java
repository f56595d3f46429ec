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
import dev.statusspec.processor.gen.JavaTypes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The JSON reader of {@link ProblemReading.Library#BUILT_IN}: a private nested class {@code Json}
 * of the adapter, so an adapter for a stack without a JSON library (the JDK's {@code
 * java.net.http}) decodes problem bodies with no dependency. It reads RFC 8259 JSON strictly (no
 * comments, trailing commas, single quotes or unescaped control characters), nested at most {@link
 * #MAX_DEPTH} deep so a hostile body cannot overflow the stack, into the value types that {@code
 * PException.problem()} documents: {@code String}, {@code Integer} or {@code Long} for integers
 * ({@code BigDecimal} beyond a long), {@code Double} for other numbers ({@code BigDecimal} beyond a
 * double), {@code Boolean}, null, and {@code Map}/{@code List} for nested objects and arrays. Any
 * error makes the whole body "not a problem" (null), never an exception to the caller.
 */
final class JsonReading {

  /** The deepest nesting of objects and arrays read; deeper is not a problem body. */
  static final int MAX_DEPTH = 64;

  private static final ClassName JSON = ClassName.get("", "Json");
  private static final TypeName LIST =
      ParameterizedTypeName.get(ClassName.get(List.class), ClassName.OBJECT);

  private JsonReading() {}

  /** The nested class {@code Json}, whose {@code object(byte[])} gives the members or null. */
  static TypeSpec reader() {
    return TypeSpec.classBuilder(JSON)
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addJavadoc(
            "A strict JSON (RFC 8259) reader of one object, with no dependency: strings, numbers"
                + " ({@code Integer}, {@code Long}, {@code Double}, else {@code BigDecimal}),"
                + " booleans, null, and nested objects and arrays (as {@code Map} and {@code"
                + " List}) at most $L deep.\n",
            MAX_DEPTH)
        .addField(
            FieldSpec.builder(int.class, "MAX_DEPTH", PRIVATE, STATIC, FINAL)
                .addJavadoc("The deepest nesting read; a deeper body is not a problem.\n")
                .initializer("$L", MAX_DEPTH)
                .build())
        .addField(
            FieldSpec.builder(String.class, "text", PRIVATE, FINAL)
                .addJavadoc("The text read.\n")
                .build())
        .addField(
            FieldSpec.builder(int.class, "at", PRIVATE).addJavadoc("The next index.\n").build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PRIVATE)
                .addParameter(String.class, "text")
                .addJavadoc("@param text the text to read\n")
                .addStatement("this.text = text")
                .build())
        .addMethod(object())
        .addMethod(value())
        .addMethod(members())
        .addMethod(elements())
        .addMethod(string())
        .addMethod(number())
        .addMethod(digits())
        .addMethod(literal())
        .addMethod(expect())
        .addMethod(peek())
        .addMethod(space())
        .addMethod(
            MethodSpec.methodBuilder("fail")
                .addModifiers(PRIVATE, STATIC)
                .returns(IllegalArgumentException.class)
                .addJavadoc(
                    "The error of a text that is not JSON, caught by {@link #object(byte[])}.\n\n"
                        + "@return the error, to throw\n")
                .addStatement("return new $T($S)", IllegalArgumentException.class, "not JSON")
                .build())
        .build();
  }

  private static MethodSpec object() {
    return MethodSpec.methodBuilder("object")
        .addModifiers(STATIC)
        .returns(JavaTypes.MEMBERS)
        .addParameter(byte[].class, "body")
        .addJavadoc(
            "The members of the JSON object {@code body} holds, in their order (the last of a"
                + " repeated name wins).\n\n"
                + "@param body the body, as UTF-8\n"
                + "@return the members, or null when the body is not exactly one JSON object\n")
        .addStatement(
            "$T json = new $T(new $T(body, $T.UTF_8))",
            JSON,
            JSON,
            String.class,
            StandardCharsets.class)
        .beginControlFlow("try")
        .addStatement("json.space()")
        .beginControlFlow("if (json.peek() != '{')")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T members = json.members(1)", JavaTypes.MEMBERS)
        .addStatement("json.space()")
        .addStatement("return json.at == json.text.length() ? members : null")
        .nextControlFlow("catch ($T notJson)", RuntimeException.class)
        .addStatement("return null")
        .endControlFlow()
        .build();
  }

  private static MethodSpec value() {
    return MethodSpec.methodBuilder("value")
        .addModifiers(PRIVATE)
        .returns(Object.class)
        .addParameter(int.class, "depth")
        .addJavadoc(
            "Reads a value.\n\n"
                + "@param depth the nesting of the value's container\n"
                + "@return the value\n")
        .addStatement("space()")
        .addStatement("char c = peek()")
        .beginControlFlow("if (c == '{' || c == '[')")
        .beginControlFlow("if (depth >= MAX_DEPTH)")
        .addStatement("throw fail()")
        .endControlFlow()
        .addStatement("return c == '{' ? members(depth + 1) : elements(depth + 1)")
        .endControlFlow()
        .beginControlFlow("if (c == '\"')")
        .addStatement("return string()")
        .endControlFlow()
        .beginControlFlow("if (c == 't')")
        .addStatement("literal($S)", "true")
        .addStatement("return $T.TRUE", Boolean.class)
        .endControlFlow()
        .beginControlFlow("if (c == 'f')")
        .addStatement("literal($S)", "false")
        .addStatement("return $T.FALSE", Boolean.class)
        .endControlFlow()
        .beginControlFlow("if (c == 'n')")
        .addStatement("literal($S)", "null")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("return number()")
        .build();
  }

  private static MethodSpec members() {
    return MethodSpec.methodBuilder("members")
        .addModifiers(PRIVATE)
        .returns(JavaTypes.MEMBERS)
        .addParameter(int.class, "depth")
        .addJavadoc(
            "Reads an object, at its opening brace.\n\n"
                + "@param depth its nesting\n"
                + "@return its members, in their order\n")
        .addStatement("expect('{')")
        .addStatement(
            "$T members = new $T<$T, $T>()",
            JavaTypes.MEMBERS,
            LinkedHashMap.class,
            String.class,
            Object.class)
        .addStatement("space()")
        .beginControlFlow("if (peek() == '}')")
        .addStatement("at++")
        .addStatement("return members")
        .endControlFlow()
        .beginControlFlow("while (true)")
        .addStatement("space()")
        .addStatement("$T name = string()", String.class)
        .addStatement("space()")
        .addStatement("expect(':')")
        .addStatement("members.put(name, value(depth))")
        .addStatement("space()")
        .beginControlFlow("if (peek() == '}')")
        .addStatement("at++")
        .addStatement("return members")
        .endControlFlow()
        .addStatement("expect(',')")
        .endControlFlow()
        .build();
  }

  private static MethodSpec elements() {
    return MethodSpec.methodBuilder("elements")
        .addModifiers(PRIVATE)
        .returns(LIST)
        .addParameter(int.class, "depth")
        .addJavadoc(
            "Reads an array, at its opening bracket.\n\n"
                + "@param depth its nesting\n"
                + "@return its elements\n")
        .addStatement("expect('[')")
        .addStatement("$T elements = new $T<$T>()", LIST, ArrayList.class, ClassName.OBJECT)
        .addStatement("space()")
        .beginControlFlow("if (peek() == ']')")
        .addStatement("at++")
        .addStatement("return elements")
        .endControlFlow()
        .beginControlFlow("while (true)")
        .addStatement("elements.add(value(depth))")
        .addStatement("space()")
        .beginControlFlow("if (peek() == ']')")
        .addStatement("at++")
        .addStatement("return elements")
        .endControlFlow()
        .addStatement("expect(',')")
        .endControlFlow()
        .build();
  }

  private static MethodSpec string() {
    return MethodSpec.methodBuilder("string")
        .addModifiers(PRIVATE)
        .returns(String.class)
        .addJavadoc("Reads a string, at its quote.\n\n@return the string, unescaped\n")
        .addStatement("expect('\"')")
        .addStatement("$T out = new $T()", StringBuilder.class, StringBuilder.class)
        .beginControlFlow("while (true)")
        .addStatement("char c = text.charAt(at++)")
        .beginControlFlow("if (c == '\"')")
        .addStatement("return out.toString()")
        .endControlFlow()
        .beginControlFlow("if (c < 0x20)")
        .addStatement("throw fail()")
        .endControlFlow()
        .beginControlFlow("if (c != '\\\\')")
        .addStatement("out.append(c)")
        .addStatement("continue")
        .endControlFlow()
        .addStatement("char escape = text.charAt(at++)")
        .beginControlFlow("if (escape == 'u')")
        .addStatement("int code = 0")
        .beginControlFlow("for (int i = 0; i < 4; i++)")
        .addStatement("int digit = $T.digit(text.charAt(at++), 16)", Character.class)
        .beginControlFlow("if (digit < 0)")
        .addStatement("throw fail()")
        .endControlFlow()
        .addStatement("code = code * 16 + digit")
        .endControlFlow()
        .addStatement("out.append((char) code)")
        .nextControlFlow("else")
        .addStatement("int known = $S.indexOf(escape)", "\"\\/bfnrt")
        .beginControlFlow("if (known < 0)")
        .addStatement("throw fail()")
        .endControlFlow()
        .addComment("In parentheses: the literal is written in two parts, split at its line feed.")
        .addStatement("out.append(($S).charAt(known))", "\"\\/\b\f\n\r\t")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private static MethodSpec number() {
    return MethodSpec.methodBuilder("number")
        .addModifiers(PRIVATE)
        .returns(Object.class)
        .addJavadoc(
            "Reads a number: an integer as {@code Integer} or {@code Long}, another as {@code"
                + " Double}, and one beyond those as {@code BigDecimal}.\n\n"
                + "@return the number\n")
        .addStatement("int start = at")
        .beginControlFlow("if (peek() == '-')")
        .addStatement("at++")
        .endControlFlow()
        .beginControlFlow("if (peek() == '0')")
        .addStatement("at++")
        .nextControlFlow("else")
        .addStatement("digits()")
        .endControlFlow()
        .addStatement("boolean integral = true")
        .beginControlFlow("if (at < text.length() && text.charAt(at) == '.')")
        .addStatement("at++")
        .addStatement("digits()")
        .addStatement("integral = false")
        .endControlFlow()
        .beginControlFlow(
            "if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E'))")
        .addStatement("at++")
        .beginControlFlow("if (peek() == '+' || peek() == '-')")
        .addStatement("at++")
        .endControlFlow()
        .addStatement("digits()")
        .addStatement("integral = false")
        .endControlFlow()
        .addStatement("$T number = text.substring(start, at)", String.class)
        .beginControlFlow("if (integral && number.length() < 19)")
        .addStatement("long value = $T.parseLong(number)", Long.class)
        .addStatement(
            "return value == (int) value ? (Object) $T.valueOf((int) value) : $T.valueOf(value)",
            Integer.class,
            Long.class)
        .endControlFlow()
        .addStatement("$T exact = new $T(number)", BigDecimal.class, BigDecimal.class)
        .beginControlFlow("if (integral)")
        .beginControlFlow("try")
        .addStatement("return $T.valueOf(exact.longValueExact())", Long.class)
        .nextControlFlow("catch ($T beyondLong)", ArithmeticException.class)
        .addStatement("return exact")
        .endControlFlow()
        .endControlFlow()
        .addStatement("double value = exact.doubleValue()")
        .addStatement(
            "return $T.isInfinite(value) ? (Object) exact : $T.valueOf(value)",
            Double.class,
            Double.class)
        .build();
  }

  private static MethodSpec digits() {
    return MethodSpec.methodBuilder("digits")
        .addModifiers(PRIVATE)
        .addJavadoc("Reads one or more digits.\n")
        .beginControlFlow("if (peek() < '0' || peek() > '9')")
        .addStatement("throw fail()")
        .endControlFlow()
        .beginControlFlow(
            "while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9')")
        .addStatement("at++")
        .endControlFlow()
        .build();
  }

  private static MethodSpec literal() {
    return MethodSpec.methodBuilder("literal")
        .addModifiers(PRIVATE)
        .addParameter(String.class, "word")
        .addJavadoc("Reads {@code word}.\n\n@param word true, false or null\n")
        .beginControlFlow("if (!text.startsWith(word, at))")
        .addStatement("throw fail()")
        .endControlFlow()
        .addStatement("at += word.length()")
        .build();
  }

  private static MethodSpec expect() {
    return MethodSpec.methodBuilder("expect")
        .addModifiers(PRIVATE)
        .addParameter(char.class, "c")
        .addJavadoc("Reads {@code c}.\n\n@param c the character the text must have next\n")
        .beginControlFlow("if (peek() != c)")
        .addStatement("throw fail()")
        .endControlFlow()
        .addStatement("at++")
        .build();
  }

  private static MethodSpec peek() {
    return MethodSpec.methodBuilder("peek")
        .addModifiers(PRIVATE)
        .returns(char.class)
        .addJavadoc("The next character, not read.\n\n@return it\n")
        .beginControlFlow("if (at >= text.length())")
        .addStatement("throw fail()")
        .endControlFlow()
        .addStatement("return text.charAt(at)")
        .build();
  }

  private static MethodSpec space() {
    return MethodSpec.methodBuilder("space")
        .addModifiers(PRIVATE)
        .addJavadoc("Skips white space.\n")
        .beginControlFlow("while (at < text.length())")
        .addStatement("char c = text.charAt(at)")
        .beginControlFlow("if (c != ' ' && c != '\\t' && c != '\\n' && c != '\\r')")
        .addStatement("return")
        .endControlFlow()
        .addStatement("at++")
        .endControlFlow()
        .build();
  }
}
