package dev.statusspec.processor.gen;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import java.util.Set;

/**
 * What the compilation the code is generated for allows: newer language features are used only
 * where its source level has them, so the same spec compiles at every {@code --release} from 8;
 * framework adapters only for the frameworks chosen, and only for the API the class path has.
 *
 * @param sourceRelease the feature version of the compilation's source level (8, 11, 17...)
 * @param generatedAnnotation the {@code @Generated} annotation the compilation has, if any
 * @param adapters the names of the adapters to generate: those that apply and that {@code
 *     statusspec.adapters} allows
 * @param classPath what the class path holds, for the API version an adapter targets
 */
public record Target(
    int sourceRelease,
    Optional<ClassName> generatedAnnotation,
    Set<String> adapters,
    ClassPath classPath) {

  public Target {
    adapters = Set.copyOf(adapters);
  }

  /** A compilation with no framework on the class path. */
  public Target(int sourceRelease, Optional<ClassName> generatedAnnotation) {
    this(sourceRelease, generatedAnnotation, Set.of(), ClassPath.EMPTY);
  }

  /** Whether interfaces can have private methods: Java 9 and later. */
  public boolean privateInterfaceMethods() {
    return sourceRelease >= 9;
  }

  /** Whether switch expressions ({@code case X -> ...}) are available: Java 14 and later. */
  public boolean switchExpressions() {
    return sourceRelease >= 14;
  }

  /** Whether sealed classes are available: Java 17 and later. */
  public boolean sealedTypes() {
    return sourceRelease >= 17;
  }

  /** Whether to generate the adapter named {@code adapter}. */
  public boolean adapts(String adapter) {
    return adapters.contains(adapter);
  }
}
