package dev.statusspec.processor.check;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.SpecBinder;
import dev.statusspec.processor.spec.SpecReader;
import java.util.Optional;

/**
 * Reads, binds and validates a spec's bytes: the whole path from a file to a model that generators
 * can trust, without javac. Each step runs only when the one before found no problem, so one
 * mistake is not reported again in other words.
 */
public final class SpecLoader {

  private SpecLoader() {}

  /**
   * The validated spec, or empty when {@code diagnostics} holds the reasons.
   *
   * @param bytes the spec file's content
   * @param interfaceName the simple name of the annotated interface, the default type-name prefix
   */
  public static Optional<Spec> load(byte[] bytes, String interfaceName, Diagnostics diagnostics) {
    Optional<Spec> spec =
        SpecReader.read(bytes, diagnostics).flatMap(root -> SpecBinder.bind(root, diagnostics));
    spec.ifPresent(s -> SpecValidator.validate(s, interfaceName, diagnostics));
    return diagnostics.hasErrors() ? Optional.empty() : spec;
  }
}
