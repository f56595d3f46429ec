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
import dev.statusspec.processor.gen.ClassPath;
import dev.statusspec.processor.gen.JavaTypes;
import dev.statusspec.processor.gen.Members;
import dev.statusspec.processor.gen.SpecTypes;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The client side of the Spring, MicroProfile and Feign adapters: reading at most {@code
 * PProblems.MAX_BODY_BYTES} of an error body, and decoding it into its members with the JSON
 * library the compile class path has. No JSON is parsed by generated code itself: it calls Jackson
 * 3 ({@code tools.jackson.databind}), else Jackson 2 ({@code com.fasterxml.jackson.databind}), else
 * JSON-P ({@code jakarta.json}, which JSON-B brings); with none of them, {@code members} answers
 * null and the exception is the code's status, without the body's detail.
 */
final class ProblemReading {

  /** Jackson 3's mapper. */
  static final String JACKSON_3 = "tools.jackson.databind.ObjectMapper";

  /**
   * Jackson 2's mapper. Joined at run time: the processor jar shades its own Jackson 2, and the
   * shade plugin would rewrite a literal of this name to the shaded package.
   */
  static final String JACKSON_2 =
      String.join(".", "com", "fasterxml", "jackson", "databind", "ObjectMapper");

  /**
   * What every client adapter's Javadoc says of a body that is not a problem (a clause, without the
   * final stop).
   */
  static final String NOT_A_PROBLEM =
      "a body that is not a problem (HTML, empty, cut at "
          + ProblemsGenerator.MAX_BODY_BYTES / 1024
          + " KiB, wrong types) gives the exception of the code's status";

  /**
   * The first size of the buffer a body is read into: a problem body is a few hundred bytes, and
   * the buffer doubles up to the bound for a larger one.
   */
  static final int FIRST_BUFFER_BYTES = 4096;

  /** JSON-P's provider (Jakarta JSON Processing 2.0 and later, which JSON-B depends on). */
  static final String JSONP_PROVIDER = "jakarta.json.spi.JsonProvider";

  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName ANY_MAP =
      ParameterizedTypeName.get(
          ClassName.get(Map.class),
          WildcardTypeName.subtypeOf(Object.class),
          WildcardTypeName.subtypeOf(Object.class));

  /** The JSON libraries generated code can decode with, in the order they are preferred. */
  enum Library {
    /** Jackson 3: its exceptions are unchecked. */
    JACKSON_3,
    /** Jackson 2: {@code readValue} throws {@code IOException}. */
    JACKSON_2,
    /**
     * JSON-P, which JSON-B brings (JSON-B's own binding recurses per level of nesting, and
     * overflows the stack on a deeply nested body that JSON-P's reader refuses): a provider is
     * looked up at run time, and may be missing.
     */
    JSONP,
    /** No JSON library: bodies are not decoded. */
    NONE,
    /**
     * No dependency: a small JSON reader generated into the adapter itself, for the adapters whose
     * stack has no JSON library of its own (the JDK's {@code java.net.http}). Never chosen by
     * {@link #of}.
     */
    BUILT_IN;

    /** The library the class path has. */
    static Library of(ClassPath classPath) {
      if (classPath.hasType(ProblemReading.JACKSON_3)) {
        return JACKSON_3;
      }
      if (classPath.hasType(ProblemReading.JACKSON_2)) {
        return JACKSON_2;
      }
      if (classPath.hasType(JSONP_PROVIDER)) {
        return JSONP;
      }
      return NONE;
    }

    /** How the adapter's Javadoc names it. */
    String description() {
      return switch (this) {
        case JACKSON_3 -> "Jackson 3 ({@code tools.jackson.databind})";
        case JACKSON_2 -> "Jackson 2 ({@code com.fasterxml.jackson.databind})";
        case JSONP ->
            "JSON-P ({@code jakarta.json}, as JSON-B brings it; when an implementation is there)";
        case NONE -> "no JSON library (none was on the compile class path)";
        case BUILT_IN -> "its own JSON reader (no dependency)";
      };
    }
  }

  /**
   * The simple names of the foreign types reading may refer to, for {@link Adapter#foreignTypes}.
   */
  private static final List<String> FOREIGN_TYPES =
      List.of(
          "JsonNumber",
          "JsonObject",
          "JsonProvider",
          "JsonReader",
          "JsonString",
          "JsonValue",
          "ObjectMapper",
          "ObjectReader");

  private ProblemReading() {}

  /**
   * The foreign types of an adapter that reads problem bodies: {@code adapterTypes} and those of
   * the reading code.
   */
  static Set<String> foreignTypes(String... adapterTypes) {
    Set<String> names = new TreeSet<>(FOREIGN_TYPES);
    names.addAll(List.of(adapterTypes));
    return names;
  }

  /**
   * Adds {@code read(InputStream)} (at most {@code MAX_BODY_BYTES + 1} bytes, so a cut body is
   * recognized) and {@code members(byte[])} (the JSON object's members, or null) to {@code type},
   * with the fields the library needs.
   */
  static void addReading(TypeSpec.Builder type, SpecTypes types, Library library) {
    addRead(type, types);
    addMembers(type, types, library, "the bytes {@link #read} returned");
  }

  /**
   * Adds {@code read(InputStream)}: at most {@code MAX_BODY_BYTES + 1} bytes, so a cut body is
   * recognized.
   */
  static void addRead(TypeSpec.Builder type, SpecTypes types) {
    ClassName problems = types.problems();
    type.addMethod(
        MethodSpec.methodBuilder("read")
            .addModifiers(PRIVATE, STATIC)
            .returns(byte[].class)
            .addParameter(InputStream.class, "in")
            .addException(IOException.class)
            .addJavadoc(
                "Reads at most one byte more than {@link $T#MAX_BODY_BYTES} of a body, so a body"
                    + " cut at the bound is recognized; the rest is never read. The buffer starts"
                    + " at $L bytes and doubles as the body needs, so a problem of a few hundred"
                    + " bytes does not cost a buffer of the bound.\n\n"
                    + "@param in the body, or null for none\n"
                    + "@return the bytes read\n"
                    + "@throws IOException if the body cannot be read\n",
                problems,
                FIRST_BUFFER_BYTES)
            .beginControlFlow("if (in == null)")
            .addStatement("return new byte[0]")
            .endControlFlow()
            .addStatement("int bound = $T.MAX_BODY_BYTES + 1", problems)
            .addStatement("byte[] buffer = new byte[$L]", FIRST_BUFFER_BYTES)
            .addStatement("int length = 0")
            .beginControlFlow("while (length < bound)")
            .beginControlFlow("if (length == buffer.length)")
            .addStatement(
                "buffer = $T.copyOf(buffer, $T.min(buffer.length * 2, bound))",
                Arrays.class,
                Math.class)
            .endControlFlow()
            .addStatement("int read = in.read(buffer, length, buffer.length - length)")
            .beginControlFlow("if (read == -1)")
            .addStatement("break")
            .endControlFlow()
            .addStatement("length += read")
            .endControlFlow()
            .addStatement("return $T.copyOf(buffer, length)", Arrays.class)
            .build());
  }

  /**
   * Adds {@code members(byte[])}: the JSON object's members, or null; with the fields and nested
   * types the library needs. {@code bodyDoc} documents its parameter (Javadoc text).
   */
  static void addMembers(TypeSpec.Builder type, SpecTypes types, Library library, String bodyDoc) {
    ClassName problems = types.problems();
    MethodSpec.Builder members =
        MethodSpec.methodBuilder("members")
            .addModifiers(PRIVATE, STATIC)
            .returns(JavaTypes.MEMBERS)
            .addParameter(byte[].class, "body")
            .addJavadoc(
                "The members of a problem body, decoded with $L.\n\n"
                    + "@param body $L\n"
                    + "@return the members in their order, or null when the body is empty, cut at"
                    + " {@link $T#MAX_BODY_BYTES}, not a JSON object, or cannot be decoded\n",
                library.description(),
                bodyDoc,
                problems)
            .beginControlFlow("if (body.length == 0 || body.length > $T.MAX_BODY_BYTES)", problems)
            .addStatement("return null")
            .endControlFlow();
    switch (library) {
      case JACKSON_3, JACKSON_2 -> {
        ClassName mapper =
            ClassName.bestGuess(library == Library.JACKSON_3 ? JACKSON_3 : JACKSON_2);
        type.addField(
            FieldSpec.builder(mapper.peerClass("ObjectReader"), "JSON", PRIVATE, STATIC, FINAL)
                .addJavadoc("Reads a JSON object into its members, in order.\n")
                .initializer("new $T().readerForMapOf($T.class)", mapper, Object.class)
                .build());
        members
            .beginControlFlow("try")
            .addStatement("return JSON.readValue(body, 0, body.length)")
            .nextControlFlow(
                library == Library.JACKSON_2
                    ? "catch ($T | $T notAProblem)"
                    : "catch ($T notAProblem)",
                library == Library.JACKSON_2
                    ? new Object[] {IOException.class, RuntimeException.class}
                    : new Object[] {RuntimeException.class})
            .addStatement("return null")
            .endControlFlow();
      }
      case JSONP -> {
        ClassName provider = ClassName.get("jakarta.json.spi", "JsonProvider");
        ClassName reader = ClassName.get("jakarta.json", "JsonReader");
        ClassName object = ClassName.get("jakarta.json", "JsonObject");
        ClassName value = ClassName.get("jakarta.json", "JsonValue");
        ClassName string = ClassName.get("jakarta.json", "JsonString");
        ClassName number = ClassName.get("jakarta.json", "JsonNumber");
        type.addType(
            TypeSpec.classBuilder("Json")
                .addModifiers(PRIVATE, STATIC, FINAL)
                .addJavadoc(
                    "The JSON-P provider, looked up on first use; null when the class path has no"
                        + " JSON-P implementation.\n")
                .addField(
                    FieldSpec.builder(provider, "PROVIDER", STATIC, FINAL)
                        .addJavadoc("The provider, or null.\n")
                        .initializer("create()")
                        .build())
                .addMethod(Members.privateConstructor())
                .addMethod(
                    MethodSpec.methodBuilder("create")
                        .addModifiers(PRIVATE, STATIC)
                        .returns(provider)
                        .addJavadoc(
                            "Looks the provider up.\n\n"
                                + "@return the provider, or null without an implementation\n")
                        .beginControlFlow("try")
                        .addStatement("return $T.provider()", provider)
                        .nextControlFlow("catch ($T noImplementation)", RuntimeException.class)
                        .addStatement("return null")
                        .endControlFlow()
                        .build())
                .build());
        members
            .beginControlFlow("if (Json.PROVIDER == null)")
            .addStatement("return null")
            .endControlFlow()
            .addStatement("$T object", object)
            .beginControlFlow(
                "try ($T reader = Json.PROVIDER.createReader(new $T(body)))",
                reader,
                java.io.ByteArrayInputStream.class)
            .addStatement("object = reader.readObject()")
            .nextControlFlow("catch ($T notAProblem)", RuntimeException.class)
            .addStatement("return null")
            .endControlFlow()
            .addStatement(
                "$T members = new $T<$T, $T>()",
                JavaTypes.MEMBERS,
                LinkedHashMap.class,
                STRING,
                ClassName.OBJECT)
            .beginControlFlow(
                "for ($T.Entry<$T, $T> member : object.entrySet())", Map.class, STRING, value)
            .addStatement("$T json = member.getValue()", value)
            .addStatement("$T plain", Object.class)
            .beginControlFlow("if (json instanceof $T)", string)
            .addStatement("plain = (($T) json).getString()", string)
            .nextControlFlow("else if (json instanceof $T)", number)
            .addStatement("$T n = ($T) json", number, number)
            .addStatement(
                "plain = n.isIntegral() &&"
                    + " n.bigDecimalValue().abs().compareTo($T.valueOf($T.MAX_VALUE)) <= 0 ?"
                    + " (Object) $T.valueOf(n.intValue()) : n.numberValue()",
                java.math.BigDecimal.class,
                Integer.class,
                Integer.class)
            .nextControlFlow("else if (json == $T.TRUE || json == $T.FALSE)", value, value)
            .addStatement("plain = $T.valueOf(json == $T.TRUE)", Boolean.class, value)
            .nextControlFlow("else if (json == $T.NULL)", value)
            .addStatement("plain = null")
            .nextControlFlow("else")
            .addStatement("plain = json")
            .endControlFlow()
            .addStatement("members.put(member.getKey(), plain)")
            .endControlFlow()
            .addStatement("return members");
      }
      case NONE -> members.addComment("No JSON library on the compile class path.");
      case BUILT_IN -> {
        type.addType(JsonReading.reader());
        members.addStatement("return Json.object(body)");
      }
    }
    if (library == Library.NONE) {
      members.addStatement("return null");
    }
    type.addMethod(members.build());
  }

  /**
   * Adds {@code stringKeys(Object)}: a decoded JSON object as a map of its members, or null when it
   * is not a map.
   */
  static void addStringKeys(TypeSpec.Builder type) {
    type.addMethod(
        MethodSpec.methodBuilder("stringKeys")
            .addModifiers(PRIVATE, STATIC)
            .returns(JavaTypes.MEMBERS)
            .addParameter(Object.class, "decoded")
            .addJavadoc(
                "A decoded JSON object as its members.\n\n"
                    + "@param decoded what a JSON library made of a body\n"
                    + "@return the members in their order, or null when it is not an object\n")
            .beginControlFlow("if (!(decoded instanceof $T))", Map.class)
            .addStatement("return null")
            .endControlFlow()
            .addStatement("$T object = ($T) decoded", ANY_MAP, ANY_MAP)
            .addStatement(
                "$T members = new $T<$T, $T>()",
                JavaTypes.MEMBERS,
                LinkedHashMap.class,
                STRING,
                ClassName.OBJECT)
            .beginControlFlow("for ($T.Entry<?, ?> member : object.entrySet())", Map.class)
            .beginControlFlow("if (member.getKey() instanceof $T)", STRING)
            .addStatement("members.put(($T) member.getKey(), member.getValue())", STRING)
            .endControlFlow()
            .endControlFlow()
            .addStatement("return members")
            .build());
  }
}
