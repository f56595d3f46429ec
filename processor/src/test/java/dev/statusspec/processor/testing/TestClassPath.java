package dev.statusspec.processor.testing;

import dev.statusspec.processor.gen.ClassPath;
import java.util.List;
import java.util.function.Predicate;

/**
 * A class path made up for a generator test: which types, methods and JDK modules it has.
 *
 * @param types whether it has the type of a qualified name
 * @param methods whether it has a method, given as {@code type#name(parameter,types)}
 * @param modules whether the interface's module reads the module of a name
 */
public record TestClassPath(
    Predicate<String> types, Predicate<String> methods, Predicate<String> modules)
    implements ClassPath {

  @Override
  public boolean hasType(String qualifiedName) {
    return types.test(qualifiedName);
  }

  @Override
  public boolean hasMethod(String type, String name, List<String> parameterTypes) {
    return methods.test(type + "#" + name + "(" + String.join(",", parameterTypes) + ")");
  }

  @Override
  public boolean reads(String module) {
    return modules.test(module);
  }
}
