package dev.statusspec.processor.gen;

import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.model.Status;
import java.util.List;

/**
 * Generates {@code PStatusHandler<R>}: one method per status and {@code onUnknown(int)}. A class
 * implementing it handles every status; when the spec gains one, it stops compiling until it
 * handles that one too.
 */
final class StatusHandlerGenerator extends JavaSourceGenerator {

  @Override
  protected List<PlannedType> types(SpecTypes types) {
    return List.of(
        new PlannedType(
            Output.prefixed(types.names().statusHandler(), types.spec()), t -> build(t)));
  }

  private static TypeSpec build(SpecTypes types) {
    TypeSpec.Builder type =
        type(TypeSpec.interfaceBuilder(types.statusHandler()), types)
            .addModifiers(PUBLIC)
            .addTypeVariable(JavaTypes.R)
            .addJavadoc(
                "Handles every status of {@link $T}, one method each. Call it with {@link"
                    + " $T#accept($T)}, or with {@link $T#dispatch(int, String, $T)} for raw input"
                    + " from the wire. A status added to the spec adds a method here, so every"
                    + " implementation stops compiling until it handles the new status.\n\n"
                    + "@param <R> the result of handling a status\n",
                types.annotatedInterface(),
                types.statusEnum(),
                types.statusHandler(),
                types.statusEnum(),
                types.statusHandler());
    for (Status status : types.spec().statuses()) {
      type.addMethod(Members.handlerMethod(status, types, "").build());
    }
    type.addMethod(
        Members.onUnknown(
            "Handles a code the spec does not have, such as one a newer version of the API"
                + " added."));
    return type.build();
  }
}
