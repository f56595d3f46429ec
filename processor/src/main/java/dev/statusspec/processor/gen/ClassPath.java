package dev.statusspec.processor.gen;

import java.util.List;

/**
 * What the compilation's class path holds, for generators whose output depends on it: an adapter
 * asks whether its framework is there and which version of an API it has (which overload of a
 * method exists), instead of suppressing the warnings of one version's deprecated API.
 */
public interface ClassPath {

  /** A class path with nothing beyond the JDK's own types, for generating without javac. */
  ClassPath EMPTY =
      new ClassPath() {
        @Override
        public boolean hasType(String qualifiedName) {
          return false;
        }

        @Override
        public boolean hasMethod(String type, String name, List<String> parameterTypes) {
          return false;
        }

        @Override
        public boolean reads(String module) {
          return false;
        }
      };

  /** Whether the type named {@code qualifiedName} can be referenced. */
  boolean hasType(String qualifiedName);

  /**
   * Whether {@code type} declares or inherits a method {@code name} whose parameters have exactly
   * these erased types (qualified names, e.g. {@code java.net.URI}, {@code int}; a nested type as
   * {@code feign.Request.HttpMethod}); {@code name} {@code <init>} asks for a constructor {@code
   * type} declares.
   */
  boolean hasMethod(String type, String name, List<String> parameterTypes);

  /**
   * Whether the annotated interface's module reads the module named {@code module}, directly or
   * through {@code requires transitive}; the unnamed module reads every module the compilation has.
   * False where there are no modules (below release 9).
   */
  boolean reads(String module);
}
