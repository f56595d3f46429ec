package dev.statusspec.benchmarks.noop;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The no-op floor of {@code benchmarks/compile-time.sh}: a processor that supports the same
 * annotation as statusspec's, claims nothing and does nothing, so that javac pays for running
 * annotation processing (discovery, rounds, the processor's class loader) and nothing else.
 */
public final class NoopProcessor extends AbstractProcessor {
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.statusspec.StatusSpec");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
