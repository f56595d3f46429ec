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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates, per operation of the spec, {@code POpHandler<R>}: one method per status the operation
 * lists, {@code onUnknown(int)} for anything else, and static {@code dispatch} methods for raw
 * input from the wire and for a caught exception; and, when the operation lists an error status,
 * {@code POpError}: the interface the exceptions of those statuses implement, sealed where the
 * source level has sealed types, so that a pattern switch over it is exhaustive. A status added to
 * an operation breaks the implementations of its handler and the switches over its error type, and
 * no other operation's.
 */
final class OperationGenerator extends JavaSourceGenerator {

  @Override
  protected List<PlannedType> types(SpecTypes types) {
    List<PlannedType> plan = new ArrayList<>();
    Map<Integer, List<Status>> byCode = types.spec().statusesByCode();
    for (Operation operation : types.spec().operations()) {
      List<Status> statuses = types.spec().statusesOf(operation);
      plan.add(
          new PlannedType(
              output(operation, types.names().operationHandler(operation), "handler"),
              t -> handler(t, operation, statuses, byCode)));
      if (hasErrors(statuses)) {
        plan.add(
            new PlannedType(
                output(operation, types.names().operationError(operation), "error type"),
                t -> error(t, operation, statuses)));
      }
    }
    return plan;
  }

  /**
   * Whether an operation that lists {@code statuses} lists an error status, and so has an error
   * type.
   */
  static boolean hasErrors(List<Status> statuses) {
    return statuses.stream().anyMatch(Status::isError);
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

  /**
   * The handler of {@code operation}, which lists {@code statuses}; {@code byCode} is the spec's
   * {@link dev.statusspec.processor.model.Spec#statusesByCode()}.
   */
  private static TypeSpec handler(
      SpecTypes types,
      Operation operation,
      List<Status> statuses,
      Map<Integer, List<Status>> byCode) {
    ClassName self = types.operationHandler(operation);
    TypeSpec.Builder type =
        type(TypeSpec.interfaceBuilder(self), types)
            .addModifiers(PUBLIC)
            .addTypeVariable(JavaTypes.R)
            .addJavadoc("Handles the statuses of $L\n", operationDoc(types, operation))
            .addJavadoc(
                "\n<p>One method per status the spec lists for the operation, and {@link"
                    + " #onUnknown(int)} for any other code or status. Call it with {@link"
                    + " #dispatch(int, String, $T)} for raw input from the wire, or {@link"
                    + " #dispatch($T, $T)} for a caught exception. A status added to"
                    + " the operation adds a method here, so every implementation stops compiling"
                    + " until it handles the new status; the handlers of other operations do not"
                    + " change.\n\n"
                    + "@param <R> the result of handling a status\n",
                self,
                types.exception(),
                self);
    for (Status status : statuses) {
      type.addMethod(Members.handlerMethod(status, types, "").build());
    }
    type.addMethod(
        Members.onUnknown(
            "Handles what the operation is not documented to return: a status of the spec it"
                + " does not list, or a code the spec does not have, such as one a newer"
                + " version of the API added."));
    dispatch(type, types, self, statuses, byCode);
    return type.build();
  }

  /**
   * Adds {@code dispatch(code, errorCode, handler)}, a nested switch as a careful hand would write
   * it: a switch on the code sends a code of which the operation lists no status to {@code
   * onUnknown} and calls the method of a code that has one status in the spec directly; for a code
   * that has several, a string switch on the error codes of the statuses the operation lists, and
   * then the code's first status, unless the spec gives the error code to another status of that
   * code (one {@code PStatus.resolve(code, errorCode)}: constant time, no allocation), which the
   * operation does not list. So each string switch has as many cases as the operation lists
   * statuses of the code, however many the spec has. Where interfaces have private methods (Java
   * 9+) each such code has its own {@code private static} method, as a careful hand splits it, so
   * that every method stays far below HotSpot's limits (325 bytes of bytecode to inline a hot
   * method, 8,000 to compile one) however many statuses the operation lists; at Java 8 it is all in
   * {@code dispatch}. Resolving every input first, then one switch on the status, as this did
   * before, measured 1.1-1.3x slower than a hand-written nested switch on the cloud catalogue, and
   * this level with it ({@code KeyedLookupBenchmark}, docs/PERFORMANCE.md).
   */
  private static void dispatch(
      TypeSpec.Builder type,
      SpecTypes types,
      ClassName self,
      List<Status> statuses,
      Map<Integer, List<Status>> specByCode) {
    ClassName statusEnum = types.statusEnum();
    TypeName handlerType = ParameterizedTypeName.get(self, JavaTypes.R);
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
    boolean split = types.target().privateInterfaceMethods();
    // The spec's statuses of each code of a listed status, in code order, in spec order (the
    // first is the code's default).
    Map<Integer, List<Status>> byCode = new TreeMap<>();
    for (Status status : statuses) {
      byCode.put(status.code(), specByCode.get(status.code()));
    }
    // By identity: a record's hashCode hashes every component, and is bootstrapped on first use.
    Set<Status> listed = Collections.newSetFromMap(new IdentityHashMap<>());
    listed.addAll(statuses);
    List<MethodSpec> perCode = new ArrayList<>();
    method.beginControlFlow("switch (code)");
    for (Map.Entry<Integer, List<Status>> e : byCode.entrySet()) {
      int code = e.getKey();
      List<Status> sameCode = e.getValue();
      method.addCode("case $L:\n$>", code);
      if (sameCode.size() == 1) {
        method.addStatement("return handler.$N()", sameCode.get(0).handlerMethodName());
      } else if (split) {
        String name = "dispatch" + code;
        method.addStatement("return $N(errorCode, handler)", name);
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
        if (namesDeprecated(sameCode, listed)) {
          codeMethod.addAnnotation(Members.suppressDeprecation());
        }
        codeMethod.addCode(byErrorCode(statusEnum, code, sameCode, listed));
        perCode.add(codeMethod.build());
      } else {
        method.addCode(byErrorCode(statusEnum, code, sameCode, listed));
      }
      method.addCode("$<");
    }
    method.addCode("default:\n$>return handler.onUnknown(code);\n$<").endControlFlow();
    if (byCode.values().stream()
        .filter(sameCode -> !split || sameCode.size() == 1)
        .anyMatch(sameCode -> namesDeprecated(sameCode, listed))) {
      method.addAnnotation(Members.suppressDeprecation());
    }
    type.addMethod(method.build());
    type.addMethod(dispatchException(types, self, handlerType));
    perCode.forEach(type::addMethod);
  }

  /**
   * {@code dispatch(PException e, POpHandler<R> handler)}: the raw form with the exception's code
   * and errorCode, so it treats a status the operation does not list exactly as the raw form does,
   * with {@code onUnknown(e.code())}. Statuses that share a code have distinct error codes, so the
   * raw form finds the exception's own status again.
   */
  private static MethodSpec dispatchException(
      SpecTypes types, ClassName self, TypeName handlerType) {
    return MethodSpec.methodBuilder("dispatch")
        .addModifiers(PUBLIC, STATIC)
        .addTypeVariable(JavaTypes.R)
        .returns(JavaTypes.R)
        .addParameter(types.exception(), "e")
        .addParameter(handlerType, "handler")
        .addJavadoc(
            "Calls the method of {@code handler} for a caught exception: the method of its status"
                + " when the operation lists it, else {@code onUnknown(e.code())}, as {@link"
                + " #dispatch(int, String, $T)} does for the exception's code and errorCode."
                + " Takes constant time.\n\n"
                + "@param e the exception, e.g. one a generated client adapter threw\n"
                + "@param handler the handler\n"
                + "@param <R> the result type\n"
                + "@return what the handler returns\n",
            self)
        .addStatement("return dispatch(e.code(), e.status().errorCode().orElse(null), handler)")
        .build();
  }

  /**
   * Whether the dispatch of a code calls the handler method of a deprecated status (ecj warns about
   * that even within the handler's own type) or names its enum constant: the statuses whose methods
   * it calls are the code's only status, else its first one if listed and the listed ones with an
   * error code; the constant it names is the first one's, which is then listed.
   */
  private static boolean namesDeprecated(List<Status> sameCode, Set<Status> listed) {
    Status first = sameCode.get(0);
    return sameCode.size() == 1
        ? first.isDeprecated()
        : (listed.contains(first) && first.isDeprecated())
            || switchCases(sameCode, listed).stream().anyMatch(Status::isDeprecated);
  }

  /** The statuses of a code's string switch: the listed ones with an error code but the first. */
  private static List<Status> switchCases(List<Status> sameCode, Set<Status> listed) {
    Status first = sameCode.get(0);
    return sameCode.stream()
        .filter(s -> s != first && listed.contains(s) && s.errorCode().isPresent())
        .toList();
  }

  /**
   * Whether an error code that the switch of {@link #byErrorCode} does not have may still be that
   * of a status the operation does not list, when the code's first status is listed: then only the
   * enum's lookup tells it from an unknown error code, which means the first status.
   */
  private static boolean lookUp(List<Status> sameCode, Set<Status> listed) {
    Status first = sameCode.get(0);
    return listed.contains(first)
        && sameCode.stream().anyMatch(s -> s != first && !listed.contains(s));
  }

  /**
   * The dispatch of a code the spec has several statuses of: a switch on the error codes of those
   * the operation lists, then the code's first status, or {@code onUnknown} where the operation
   * does not list it or the spec gives the error code to another status.
   */
  private static CodeBlock byErrorCode(
      ClassName statusEnum, int code, List<Status> sameCode, Set<Status> listed) {
    Status first = sameCode.get(0);
    CodeBlock unknown = CodeBlock.of("return handler.onUnknown($L);\n", code);
    CodeBlock onFirst =
        listed.contains(first)
            ? CodeBlock.of("return handler.$N();\n", first.handlerMethodName())
            : unknown;
    List<Status> cases = switchCases(sameCode, listed);
    boolean lookUp = lookUp(sameCode, listed);
    CodeBlock.Builder body = CodeBlock.builder();
    if (lookUp) {
      body.beginControlFlow("if (errorCode == null)").add(onFirst).endControlFlow();
    } else if (!cases.isEmpty()) {
      body.beginControlFlow("if (errorCode != null)");
    }
    if (!cases.isEmpty()) {
      body.beginControlFlow("switch (errorCode)");
      for (Status status : cases) {
        body.add(
            "case $S:\n$>return handler.$N();\n$<",
            status.errorCode().orElseThrow(),
            status.handlerMethodName());
      }
      body.add("default:\n$>break;\n$<").endControlFlow();
      if (!lookUp) {
        body.endControlFlow();
      }
    }
    if (lookUp) {
      body.add(
          "return $T.resolve($L, errorCode).get() == $T.$L\n"
              + "$>$>? handler.$N()\n"
              + ": handler.onUnknown($L);\n$<$<",
          statusEnum,
          code,
          statusEnum,
          first.id(),
          first.handlerMethodName(),
          code);
    } else {
      body.add(onFirst);
    }
    return body.build();
  }

  /** The error type of {@code operation}, which lists {@code statuses}. */
  private static TypeSpec error(SpecTypes types, Operation operation, List<Status> statuses) {
    ClassName self = types.operationError(operation);
    List<Status> errors = statuses.stream().filter(Status::isError).toList();
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
