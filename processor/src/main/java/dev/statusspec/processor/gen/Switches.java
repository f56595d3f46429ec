package dev.statusspec.processor.gen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.statusspec.processor.model.Status;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@code return switch} over enum constants, written as a switch expression where the source
 * level has them (javac then checks it is exhaustive) and as a classic switch before Java 14.
 */
final class Switches {

  private Switches() {}

  /**
   * Adds to {@code method} a switch on {@code selector} that returns {@code result} of each status
   * in {@code cases}.
   *
   * @param otherwise the statement thrown for constants not in {@code cases}, or empty when {@code
   *     cases} holds every constant (a classic switch then throws {@code AssertionError} in its
   *     unreachable default)
   */
  static void returnSwitch(
      MethodSpec.Builder method,
      String selector,
      List<Status> cases,
      Function<Status, CodeBlock> result,
      Optional<CodeBlock> otherwise,
      Target target) {
    if (cases.isEmpty()) {
      method.addStatement("throw $L", otherwise.orElseThrow());
      return;
    }
    if (target.switchExpressions()) {
      method.addCode("return switch ($L) {\n$>", selector);
      for (Status status : cases) {
        method.addCode("case $L -> $L;\n", status.id(), result.apply(status));
      }
      otherwise.ifPresent(thrown -> method.addCode("default -> throw $L;\n", thrown));
      method.addCode("$<};\n");
    } else {
      method.beginControlFlow("switch ($L)", selector);
      for (Status status : cases) {
        method.addCode("case $L:\n$>return $L;\n$<", status.id(), result.apply(status));
      }
      method.addCode(
          "default:\n$>throw $L;\n$<",
          otherwise.orElse(CodeBlock.of("new $T($L)", AssertionError.class, selector)));
      method.endControlFlow();
    }
  }
}
