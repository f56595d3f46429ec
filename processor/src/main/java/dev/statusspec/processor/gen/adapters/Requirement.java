package dev.statusspec.processor.gen.adapters;

import dev.statusspec.processor.gen.ClassPath;
import java.util.List;
import java.util.Optional;

/**
 * When an adapter applies to a compilation: every one of its marker types can be referenced, the
 * compilation's source level is at least its minimum release, and, for an API of a JDK module (such
 * as {@code java.net.http}), the annotated interface's module reads that module.
 *
 * @param types qualified names of types the framework always has, all of which must be there
 * @param minRelease the lowest {@code --release} the adapter's code needs
 * @param module the JDK module whose API the adapter uses, which the interface's module must read
 */
public record Requirement(List<String> types, int minRelease, Optional<String> module) {

  public Requirement {
    types = List.copyOf(types);
  }

  /** Applies wherever the class path has all of {@code markerTypes}. */
  public static Requirement types(String... markerTypes) {
    return new Requirement(List.of(markerTypes), 8, Optional.empty());
  }

  /**
   * Applies from {@code release}, where the annotated interface's module reads {@code module} (the
   * unnamed module reads every module of the JDK).
   */
  public static Requirement jdkModule(String module, int release, String markerType) {
    return new Requirement(List.of(markerType), release, Optional.of(module));
  }

  /**
   * What the compilation lacks for the adapter, as a message says it after "no", or empty when the
   * adapter applies.
   */
  public Optional<String> missing(ClassPath classPath, int release) {
    if (release < minRelease) {
      return Optional.of("--release " + minRelease + " or later (this is " + release + ")");
    }
    if (module.isPresent() && !classPath.reads(module.get())) {
      return Optional.of("'requires " + module.get() + "' in the interface's module");
    }
    return types.stream().filter(t -> !classPath.hasType(t)).findFirst();
  }
}
