package dev.statusspec.processor.gen;

import static javax.lang.model.element.Modifier.ABSTRACT;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.SEALED;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.model.Status;
import java.util.ArrayList;
import java.util.List;

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
    type.addMethod(dispatch(types, self, statuses));
    return type.build();
  }

  /**
   * {@code dispatch(code, errorCode, handler)}: the status as {@code PStatus.resolve(code,
   * errorCode)} finds it (constant time, no allocation: the enum's cached optionals), then a switch
   * on it.
   */
  private static MethodSpec dispatch(SpecTypes types, ClassName self, List<Status> statuses) {
    ClassName statusEnum = types.statusEnum();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("dispatch")
            .addModifiers(PUBLIC, STATIC)
            .addTypeVariable(JavaTypes.R)
            .returns(JavaTypes.R)
            .addParameter(int.class, "code")
            .addParameter(String.class, "errorCode")
            .addParameter(ParameterizedTypeName.get(self, JavaTypes.R), "handler")
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
    if (statuses.stream().anyMatch(Status::isDeprecated)) {
      method.addAnnotation(Members.suppressDeprecation());
    }
    method
        .addStatement(
            "$T status = $T.resolve(code, errorCode).orElse(null)", statusEnum, statusEnum)
        .beginControlFlow("if (status == null)")
        .addStatement("return handler.onUnknown(code)")
        .endControlFlow();
    if (types.target().switchExpressions()) {
      method.addCode("return switch (status) {\n$>");
      for (Status status : statuses) {
        method.addCode("case $L -> handler.$N();\n", status.id(), status.handlerMethodName());
      }
      method.addCode("default -> handler.onUnknown(code);\n").addCode("$<};\n");
    } else {
      method.beginControlFlow("switch (status)");
      for (Status status : statuses) {
        method.addCode(
            "case $L:\n$>return handler.$N();\n$<", status.id(), status.handlerMethodName());
      }
      method.addCode("default:\n$>return handler.onUnknown(code);\n$<").endControlFlow();
    }
    return method.build();
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
