package dev.statusspec.processor.gen;

import static javax.lang.model.element.Modifier.PRIVATE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.adapters.Adapters;
import dev.statusspec.processor.model.Status;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * The pieces every generated type shares: {@code @Generated}, qualification, Javadoc of a status.
 */
public final class Members {

  private static final AnnotationSpec SUPPRESS_DEPRECATION =
      AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "deprecation")
          .build();

  /**
   * The simple names of the JDK types of other packages that generated code refers to, sorted; with
   * the adapters' {@linkplain Adapters#foreignTypes foreign types}, {@code MembersTest} checks them
   * against the imports of generated files.
   */
  static final SortedSet<String> JDK_TYPES =
      sorted(
          "ArrayList",
          "Arrays",
          "AssertionError",
          "BigDecimal",
          "BigInteger",
          "Boolean",
          "Byte",
          "ByteArrayInputStream",
          "Character",
          "Collection",
          "Collections",
          "Date",
          "DateTimeFormatter",
          "Deprecated",
          "Double",
          "Duration",
          "Exception",
          "Float",
          "Generated",
          "IOException",
          "IllegalArgumentException",
          "IllegalStateException",
          "InputStream",
          "Instant",
          "Integer",
          "LinkedHashMap",
          "List",
          "Long",
          "Map",
          "Math",
          "NullPointerException",
          "Number",
          "Object",
          "Optional",
          "Override",
          "RuntimeException",
          "Short",
          "StandardCharsets",
          "String",
          "StringBuilder",
          "SuppressWarnings",
          "System",
          "Throwable",
          "TreeMap",
          "URI",
          "URISyntaxException",
          "ZonedDateTime");

  /**
   * Every simple name of another package's type that generated code may refer to, sorted: the JDK's
   * and every adapter's.
   */
  static final SortedSet<String> EXTERNAL_TYPES = external();

  private Members() {}

  private static SortedSet<String> external() {
    SortedSet<String> names = new TreeSet<>(JDK_TYPES);
    names.addAll(Adapters.foreignTypes());
    return Collections.unmodifiableSortedSet(names);
  }

  private static SortedSet<String> sorted(String... names) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(names)));
  }

  /**
   * Adds {@code @Generated} where the compilation has it, and qualifies names that a type of the
   * package would shadow.
   */
  static TypeSpec.Builder generated(TypeSpec.Builder type, SpecTypes types) {
    types
        .target()
        .generatedAnnotation()
        .ifPresent(
            generated ->
                type.addAnnotation(
                    AnnotationSpec.builder(generated)
                        .addMember("value", "$S", SpecTypes.GENERATOR)
                        .build()));
    // Only the names of types the generated code refers to in other packages can be shadowed:
    // qualifying those alone keeps each type's set tiny (a set of every generated name on each of
    // 2,500 types cost gigabytes). The few foreign names are looked up among the many shadowed
    // ones, not the other way round: every generated name is shadowed, so that was quadratic in
    // the number of generated types. One name per call: JavaPoet formats the whole argument array
    // for its null check on every element.
    for (String name : EXTERNAL_TYPES) {
      if (types.shadowedNames().contains(name)) {
        type.alwaysQualify(name);
      }
    }
    return type;
  }

  /**
   * {@code @SuppressWarnings("deprecation")}, for members that must refer to deprecated statuses.
   */
  static AnnotationSpec suppressDeprecation() {
    return SUPPRESS_DEPRECATION;
  }

  /** {@code 404 Not Found} with the errorCode, escaped for Javadoc. */
  static String title(Status status) {
    return JavaText.javadoc(status.displayName());
  }

  /**
   * The Javadoc paragraph of a status: its title, description and deprecation, linked to the enum
   * constant.
   */
  static CodeBlock statusDoc(Status status, ClassName statusEnum) {
    CodeBlock.Builder doc =
        CodeBlock.builder().add("{@link $T#$L $L}", statusEnum, status.id(), title(status));
    if (!status.description().isBlank()) {
      doc.add(": $L", JavaText.javadoc(status.description()));
    }
    return doc.add("\n").build();
  }

  /** The {@code @deprecated} tag of a deprecated status, or nothing. */
  static CodeBlock deprecatedTag(Status status) {
    return status
        .deprecation()
        .map(
            reason ->
                CodeBlock.of(
                    "@deprecated $L\n",
                    reason.isBlank()
                        ? "the API has deprecated this status."
                        : JavaText.javadoc(reason)))
        .orElse(CodeBlock.of(""));
  }

  /** Adds {@code @Deprecated} to {@code type} when the status is deprecated. */
  static void deprecateIf(Status status, TypeSpec.Builder type) {
    if (status.isDeprecated()) {
      type.addAnnotation(Deprecated.class);
    }
  }

  /**
   * The abstract handler method of {@code status}, {@code R on<Pascal>(...)}, documented and
   * deprecated like the status; the caller adds parameters and their Javadoc.
   */
  static MethodSpec.Builder handlerMethod(Status status, SpecTypes types, String paramDoc) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(status.handlerMethodName())
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(JavaTypes.R)
            .addJavadoc("Handles $L", statusDoc(status, types.statusEnum()))
            .addJavadoc("\n$L@return the result\n", paramDoc)
            .addJavadoc(deprecatedTag(status));
    if (status.isDeprecated()) {
      method.addAnnotation(Deprecated.class);
    }
    return method;
  }

  /**
   * The abstract {@code R onUnknown(int code)} of a handler, documented with {@code doc}: what it
   * handles.
   */
  static MethodSpec onUnknown(String doc) {
    return MethodSpec.methodBuilder("onUnknown")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(JavaTypes.R)
        .addParameter(int.class, "code")
        .addJavadoc("$L\n\n@param code the HTTP status code received\n@return the result\n", doc)
        .build();
  }

  /** The private constructor of a holder class, documented for {@code -Xdoclint:all}. */
  public static MethodSpec privateConstructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(PRIVATE)
        .addJavadoc("Not instantiable.\n")
        .build();
  }
}
