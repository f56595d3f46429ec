package dev.statusspec.processor.check;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.gen.Generators;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.gen.Target;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.SpecBinder;
import dev.statusspec.processor.spec.SpecReader;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, binds and validates a spec's bytes, then checks the names of what the generators declare
 * for it: the whole path from a file to a model that generators can trust, without javac. Each step
 * runs only when the one before found no error, so one mistake is not reported again in other
 * words.
 */
public final class SpecLoader {

  /** The compilation assumed without javac: release 17, no {@code @Generated}, no framework. */
  static final Target STANDALONE = new Target(17, Optional.empty());

  private SpecLoader() {}

  /**
   * The validated spec, or empty when {@code diagnostics} holds the reasons; for an interface named
   * {@code interfaceName} in the unnamed package of a compilation with no framework.
   *
   * @param bytes the spec file's content
   * @param interfaceName the simple name of the annotated interface, the default type-name prefix
   */
  public static Optional<Spec> load(byte[] bytes, String interfaceName, Diagnostics diagnostics) {
    return load(
            bytes,
            ClassName.get("", interfaceName),
            diagnostics.file(),
            STANDALONE,
            Set.of(),
            diagnostics)
        .map(SpecTypes::spec);
  }

  /**
   * The validated spec of {@code bytes} as a model only, or empty when {@code diagnostics} holds
   * the reasons: how a baseline is read (the same reader, binder and validator as the spec, so the
   * same mistakes give the same diagnostics), with nothing to generate.
   */
  public static Optional<Spec> model(byte[] bytes, Diagnostics diagnostics) {
    Optional<Spec> spec =
        SpecReader.read(bytes, diagnostics).flatMap(root -> SpecBinder.bind(root, diagnostics));
    spec.ifPresent(s -> SpecValidator.validate(s, diagnostics));
    return diagnostics.hasErrors() ? Optional.empty() : spec;
  }

  /**
   * What to generate from the spec {@code bytes} for {@code annotatedInterface}, or empty when
   * {@code diagnostics} holds the reasons.
   *
   * @param specPath the spec's path as the annotation gives it
   * @param target what the compilation allows
   * @param packageNames the simple names of the package's types and the interface's member types
   */
  public static Optional<SpecTypes> load(
      byte[] bytes,
      ClassName annotatedInterface,
      String specPath,
      Target target,
      Set<String> packageNames,
      Diagnostics diagnostics) {
    Optional<Spec> spec = model(bytes, diagnostics);
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    SpecTypes types = SpecTypes.of(spec.get(), annotatedInterface, specPath, target, packageNames);
    GeneratedTypeChecks.caseClashes(
        annotatedInterface.simpleName(), Generators.outputs(types), diagnostics);
    return diagnostics.hasErrors() ? Optional.empty() : Optional.of(types);
  }
}
