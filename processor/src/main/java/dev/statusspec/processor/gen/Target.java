package dev.statusspec.processor.gen;

import com.palantir.javapoet.ClassName;
import java.util.Optional;

/**
 * What the compilation the code is generated for allows: newer language features are used only
 * where its source level has them, so the same spec compiles at every {@code --release} from 8.
 *
 * @param sourceRelease the feature version of the compilation's source level (8, 11, 17...)
 * @param generatedAnnotation the {@code @Generated} annotation the compilation has, if any
 */
public record Target(int sourceRelease, Optional<ClassName> generatedAnnotation) {

  /** Whether switch expressions ({@code case X -> ...}) are available: Java 14 and later. */
  public boolean switchExpressions() {
    return sourceRelease >= 14;
  }

  /** Whether sealed classes are available: Java 17 and later. */
  public boolean sealedTypes() {
    return sourceRelease >= 17;
  }
}
