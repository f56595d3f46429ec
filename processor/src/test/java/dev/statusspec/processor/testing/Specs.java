package dev.statusspec.processor.testing;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.check.GeneratedTypeChecks;
import dev.statusspec.processor.check.SpecValidator;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.gen.Plan;
import dev.statusspec.processor.gen.Target;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.spec.YamlSpecFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The processor's steps from a spec's bytes to a plan, without javac, as the pipeline runs them:
 * read (the YAML format), validate, plan, and the check of the plan's names against each other.
 */
public final class Specs {

  /** The compilation assumed without javac: release 17, no {@code @Generated}, no framework. */
  public static final Target STANDALONE = new Target(17, Optional.empty());

  private Specs() {}

  /**
   * The validated spec of {@code bytes}, or empty when {@code diagnostics} holds the reasons: read
   * and validated, as the spec and its baseline are. A spec whose only errors are breaking changes
   * ({@code retired-reused}) is returned, as the pipeline compares it with its baseline.
   */
  public static Optional<Spec> model(byte[] bytes, Diagnostics diagnostics) {
    Optional<Spec> spec = YamlSpecFormat.INSTANCE.read(bytes, diagnostics);
    spec.ifPresent(s -> SpecValidator.validate(s, diagnostics));
    return diagnostics.hasErrorsOtherThanBreakingChanges() ? Optional.empty() : spec;
  }

  /**
   * The validated spec of {@code bytes} whose generated names do not clash, for an interface named
   * {@code interfaceName} in the unnamed package of a compilation with no framework; or empty when
   * {@code diagnostics} holds the reasons (breaking changes included: the pipeline generates
   * nothing then).
   */
  public static Optional<Spec> load(byte[] bytes, String interfaceName, Diagnostics diagnostics) {
    Optional<Spec> spec = model(bytes, diagnostics);
    if (spec.isEmpty() || diagnostics.hasErrors()) {
      return Optional.empty();
    }
    Plan plan = plan(spec.get(), ClassName.get("", interfaceName), diagnostics.file(), STANDALONE);
    return GeneratedTypeChecks.caseClashes(interfaceName, plan.outputs(), diagnostics)
        ? Optional.empty()
        : spec;
  }

  /** The plan of {@code spec} for {@code annotatedInterface}, in a package with no other type. */
  public static Plan plan(Spec spec, ClassName annotatedInterface, String specPath, Target target) {
    return Plan.of(spec, annotatedInterface, specPath, target, Set.of());
  }
}
