package dev.statusspec.processor.gen;

import static javax.lang.model.element.Modifier.ABSTRACT;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.SEALED;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates, per operation of the spec, {@code POpHandler<R>}: one method per status the operation
 * lists, {@code onUnknown(int)} for anything else, and a static {@code dispatch} for raw input from
 * the wire; and, when the operation lists an error status, {@code POpError}: the interface the
 * exceptions of those statuses implement, sealed where the source level has sealed types, so that a
 * pattern switch over it is exhaustive. A status added to an operation breaks the implementations
 * of its handler and the switches over its error type, and no other operation's.
 */
final class OperationGenerator extends JavaSourceGenerator {

  @Override
  protected List<Planned> plan(SpecTypes types) {
    List<Planned> plan = new ArrayList<>();
    for (Operation operation : types.spec().operations()) {
      plan.add(
          new Planned(
              output(operation, types.names().operationHandler(operation), "handler"),
              () -> handler(types, operation)));
      if (hasErrors(types, operation)) {
        plan.add(
            new Planned(
                output(operation, types.names().operationError(operation), "error type"),
                () -> error(types, operation)));
      }
    }
    return plan;
  }

  /** Whether {@code operation} lists an error status, and so has an error type. */
  static boolean hasErrors(SpecTypes types, Operation operation) {
    return types.spec().statusesOf(operation).stream().anyMatch(Status::isError);
  }

  /** A type of an operation, declared at the operation's name. */
  private static Output output(Operation operation, String name, String what) {
    return new Output(
        Output.Kind.TYPE,
        name,
        operation.namePosition(),
        name + " (the " + what + " of operation '" + operation.name() + "')",
        "the "
            + what
            + " "
            + name
            + " of operation '"
            + operation.name()
            + "' (line "
            + operation.namePosition().line()
            + ")",
        "rename the operation");
  }

  /** The Javadoc sentence that names the operation, with its description. */
  private static CodeBlock operationDoc(SpecTypes types, Operation operation) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "operation {@code $L} of {@link $T}", operation.name(), types.annotatedInterface());
    if (!operation.description().isBlank()) {
      doc.add(": $L", JavaText.javadoc(operation.description()));
    } else {
      doc.add(".");
    }
    return doc.build();
  }

  private static TypeSpec handler(SpecTypes types, Operation operation) {
    ClassName self = types.operationHandler(operation);
    List<Status> statuses = types.spec().statusesOf(operation);
    TypeSpec.Builder type =
        type(TypeSpec.interfaceBuilder(self), types)
            .addModifiers(PUBLIC)
            .addTypeVariable(JavaTypes.R)
            .addJavadoc("Handles the statuses of $L\n", operationDoc(types, operation))
            .addJavadoc(
                "\n<p>One method per status the spec lists for the operation, and {@link"
                    + " #onUnknown(int)} for any other code or status. Call it with {@link"
                    + " #dispatch(int, String, $T)} for raw input from the wire. A status added to"
                    + " the operation adds a method here, so every implementation stops compiling"
                    + " until it handles the new status; the handlers of other operations do not"
                    + " change.\n\n"
                    + "@param <R> the result of handling a status\n",
                self);
    for (Status status : statuses) {
      type.addMethod(Members.handlerMethod(status, types, "").build());
    }
    type.addMethod(
        Members.onUnknown(
            "Handles what the operation is not documented to return: a status of the spec it"
                + " does not list, or a code the spec does not have, such as one a newer"
                + " version of the API added."));
    dispatch(type, types, self, statuses);
    return type.build();
  }

  /**
   * Adds {@code dispatch(code, errorCode, handler)}: first a switch on the code, which sends a
   * code of which the operation lists no status to {@code onUnknown} and calls the method of a code
   * that has one status in the spec directly, without looking the error code up; then, for a code
   * that has several, the status as {@code PStatus.resolve(code, errorCode)} finds it (constant
   * time, no allocation: the enum's cached optionals) and a switch on it. Where interfaces have
   * private methods (Java 9+), each such code gets its own small {@code private static} method, so
   * that {@code dispatch} and each of them stay below HotSpot's inlining limit for hot methods (325
   * bytes of bytecode) as a hand-written nested switch would; at Java 8 it is all in {@code
   * dispatch}. Resolving every input first, then one switch on the status, as this did before,
   * measured up to 1.7x slower than a hand-written nested switch on the cloud catalogue ({@code
   * KeyedLookupBenchmark}, docs/PERFORMANCE.md): most codes a client sees are not the operation's
   * or have one status, and the one large method was not inlined.
   */
  private static void dispatch(
      TypeSpec.Builder type, SpecTypes types, ClassName self, List<Status> statuses) {
    ClassName statusEnum = types.statusEnum();
    TypeName handlerType = ParameterizedTypeName.get(self, JavaTypes.R);
    boolean deprecated = statuses.stream().anyMatch(Status::isDeprecated);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("dispatch")
            .addModifiers(PUBLIC, STATIC)
            .addTypeVariable(JavaTypes.R)
            .returns(JavaTypes.R)
            .addParameter(int.class, "code")
            .addParameter(String.class, "errorCode")
            .addParameter(handlerType, "handler")
            .addJavadoc(
                "Calls the method of {@code handler} for raw input from the wire: the method of"
                    + " the status {@link $T#resolve(int, String)} finds when the operation lists"
                    + " it, else {@code onUnknown(code)}, also for a code the spec does not have."
                    + " Takes constant time and allocates nothing.\n\n"
                    + "@param code the HTTP status code received\n"
                    + "@param errorCode the API's error code received, or null\n"
                    + "@param handler the handler\n"
                    + "@param <R> the result type\n"
                    + "@return what the handler returns\n",
                statusEnum);
    if (deprecated) {
      method.addAnnotation(Members.suppressDeprecation());
    }
    // The spec's statuses of each code of a listed status, in code order. A code with one status
    // (then a listed one) needs no lookup; a code with several needs the error code, and those of
    // its statuses the operation does not list go to onUnknown.
    Map<Integer, List<Status>> byCode = new TreeMap<>();
    for (Status status : statuses) {
      byCode.put(status.code(), new ArrayList<>());
    }
    for (Status status : types.spec().statuses()) {
      List<Status> sameCode = byCode.get(status.code());
      if (sameCode != null) {
        sameCode.add(status);
      }
    }
    Set<Status> listed = new HashSet<>(statuses);
    boolean split = types.target().privateInterfaceMethods();
    List<Status> keyed = new ArrayList<>();
    List<Integer> keyedCodes = new ArrayList<>();
    List<MethodSpec> perCode = new ArrayList<>();
    method.beginControlFlow("switch (code)");
    for (Map.Entry<Integer, List<Status>> e : byCode.entrySet()) {
      int code = e.getKey();
      List<Status> sameCode = e.getValue();
      if (sameCode.size() == 1) {
        method.addCode(
            "case $L:\n$>return handler.$N();\n$<", code, sameCode.get(0).handlerMethodName());
        continue;
      }
      List<Status> listedOfCode =
          sameCode.stream()
              .filter(listed::contains)
              .sorted(Comparator.comparingInt(statuses::indexOf))
              .toList();
      if (!split) {
        keyedCodes.add(code);
        keyed.addAll(listedOfCode);
        keyed.sort(Comparator.comparingInt(statuses::indexOf));
        continue;
      }
      String name = "dispatch" + code;
      method.addCode("case $L:\n$>return $N(errorCode, handler);\n$<", code, name);
      MethodSpec.Builder codeMethod =
          MethodSpec.methodBuilder(name)
              .addModifiers(PRIVATE, STATIC)
              .addTypeVariable(JavaTypes.R)
              .returns(JavaTypes.R)
              .addParameter(String.class, "errorCode")
              .addParameter(handlerType, "handler")
              .addJavadoc(
                  "{@link #dispatch(int, String, $T) dispatch} of code $L, which the spec has"
                      + " several statuses of.\n\n"
                      + "@param errorCode the API's error code received, or null\n"
                      + "@param handler the handler\n"
                      + "@param <R> the result type\n"
                      + "@return what the handler returns\n",
                  self,
                  code);
      if (listedOfCode.stream().anyMatch(Status::isDeprecated)) {
        codeMethod.addAnnotation(Members.suppressDeprecation());
      }
      statusSwitch(
          codeMethod,
          types,
          CodeBlock.of("$T.resolve($L, errorCode).get()", statusEnum, code),
          listedOfCode,
          CodeBlock.of("$L", code));
      perCode.add(codeMethod.build());
    }
    for (int code : keyedCodes) {
      method.addCode("case $L:\n", code);
    }
    if (!keyedCodes.isEmpty()) {
      method.addCode("$>break;\n$<");
    }
    method.addCode("default:\n$>return handler.onUnknown(code);\n$<").endControlFlow();
    if (!keyedCodes.isEmpty()) {
      method.addStatement("$T status = $T.resolve(code, errorCode).get()", statusEnum, statusEnum);
      statusSwitch(method, types, CodeBlock.of("status"), keyed, CodeBlock.of("code"));
    }
    type.addMethod(method.build());
    perCode.forEach(type::addMethod);
  }

  /**
   * Adds a {@code return switch} on {@code selector} calling the method of each of {@code cases},
   * else {@code onUnknown(unknownCode)}.
   */
  private static void statusSwitch(
      MethodSpec.Builder method,
      SpecTypes types,
      CodeBlock selector,
      List<Status> cases,
      CodeBlock unknownCode) {
    if (types.target().switchExpressions()) {
      method.addCode("return switch ($L) {\n$>", selector);
      for (Status status : cases) {
        method.addCode("case $L -> handler.$N();\n", status.id(), status.handlerMethodName());
      }
      method.addCode("default -> handler.onUnknown($L);\n", unknownCode).addCode("$<};\n");
    } else {
      method.beginControlFlow("switch ($L)", selector);
      for (Status status : cases) {
        method.addCode(
            "case $L:\n$>return handler.$N();\n$<", status.id(), status.handlerMethodName());
      }
      method.addCode("default:\n$>return handler.onUnknown($L);\n$<", unknownCode).endControlFlow();
    }
  }

  private static TypeSpec error(SpecTypes types, Operation operation) {
    ClassName self = types.operationError(operation);
    List<Status> errors =
        types.spec().statusesOf(operation).stream().filter(Status::isError).toList();
    boolean sealed = types.target().sealedTypes();
    TypeSpec.Builder type =
        type(TypeSpec.interfaceBuilder(self), types)
            .addModifiers(PUBLIC)
            .addJavadoc("An error of $L\n", operationDoc(types, operation))
            .addJavadoc(
                "\n<p>Implemented by the exception of each error status the spec lists for the"
                    + " operation, and by no other class$L:\n<ul>\n",
                sealed
                    ? " (the interface is sealed, so a pattern switch over it is exhaustive)"
                    : "");
    for (Status status : errors) {
      type.addJavadoc("<li>{@link $T}: $L\n", types.exceptionOf(status), Members.title(status));
    }
    type.addJavadoc("</ul>\n");
    if (sealed) {
      type.addModifiers(SEALED);
      errors.forEach(status -> type.addPermittedSubclass(types.exceptionOf(status)));
      if (errors.stream().anyMatch(Status::isDeprecated)) {
        type.addAnnotation(Members.suppressDeprecation());
      }
    }
    type.addMethod(
        MethodSpec.methodBuilder("status")
            .addModifiers(PUBLIC, ABSTRACT)
            .returns(types.statusEnum())
            .addJavadoc("The status this error signals.\n\n@return the status, never null\n")
            .build());
    return type.build();
  }
}
