package dev.statusspec.processor.gen;

import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.model.Status;
import java.util.List;

/**
 * Generates {@code PExceptionHandler<R>}: one method per error status, taking its exception. Call
 * it with {@code PException.accept}; a new error status in the spec breaks every implementation
 * until it handles it.
 */
final class ExceptionHandlerGenerator extends JavaSourceGenerator {

  @Override
  protected List<PlannedType> types(SpecTypes types) {
    return List.of(
        new PlannedType(
            Output.prefixed(types.names().exceptionHandler(), types.spec()), t -> build(t)));
  }

  private static TypeSpec build(SpecTypes types) {
    TypeSpec.Builder type =
        type(TypeSpec.interfaceBuilder(types.exceptionHandler()), types)
            .addModifiers(PUBLIC)
            .addTypeVariable(JavaTypes.R)
            .addJavadoc(
                "Handles every exception of {@link $T}, one method per error status. Call it with"
                    + " {@link $T#accept($T)}. An error status added to the spec adds a method"
                    + " here, so every implementation stops compiling until it handles it.\n\n"
                    + "@param <R> the result of handling an exception\n",
                types.annotatedInterface(),
                types.exception(),
                types.exceptionHandler());
    for (Status status : types.spec().errors()) {
      type.addMethod(
          Members.handlerMethod(status, types, "@param e the exception\n")
              .addParameter(types.exceptionOf(status), "e")
              .build());
    }
    return type.build();
  }
}
