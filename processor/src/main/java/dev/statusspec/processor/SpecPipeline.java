package dev.statusspec.processor;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.check.Evolution;
import dev.statusspec.processor.check.GeneratedTypeChecks;
import dev.statusspec.processor.check.InterfaceChecks;
import dev.statusspec.processor.check.Lint;
import dev.statusspec.processor.check.SpecValidator;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.diag.Reporter;
import dev.statusspec.processor.gen.FilerWriter;
import dev.statusspec.processor.gen.GeneratedFile;
import dev.statusspec.processor.gen.InputRecord;
import dev.statusspec.processor.gen.Plan;
import dev.statusspec.processor.model.Input;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.options.Options;
import dev.statusspec.processor.spec.SpecAnnotation;
import dev.statusspec.processor.spec.SpecFormat;
import dev.statusspec.processor.spec.SpecLocator;
import dev.statusspec.processor.spec.SpecReader;
import dev.statusspec.processor.spec.YamlSpecFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The path of one annotated interface from its annotation to generated files, as steps: read the
 * spec (locate it, read its format), validate it, plan what it generates ({@link Plan}, once),
 * check the plan (the interface, the generated names, lint, evolution against the baseline), write.
 * Any error stops the path before anything is written, and is reported on the interface.
 */
final class SpecPipeline {

  private final ProcessingEnvironment env;
  private final Compilation compilation;
  private final Reporter reporter;
  private final GeneratedTypeChecks typeChecks;
  private final FilerWriter writer;

  SpecPipeline(
      ProcessingEnvironment env,
      Compilation compilation,
      Reporter reporter,
      GeneratedTypeChecks typeChecks) {
    this.env = env;
    this.compilation = compilation;
    this.reporter = reporter;
    this.typeChecks = typeChecks;
    this.writer = new FilerWriter(env.getFiler());
  }

  /**
   * What became of one annotated interface.
   *
   * @param written the qualified names of the types written, for the processor's claim of
   *     {@code @Generated}
   * @param unresolved when nothing was done yet: the types its declaration refers to that do not
   *     exist yet, for which it waits for a later round; else empty
   */
  record Outcome(List<String> written, List<String> unresolved) {

    static final Outcome NONE = new Outcome(List.of(), List.of());

    /** Whether it waits for a later round. */
    boolean deferred() {
      return !unresolved.isEmpty();
    }
  }

  /**
   * Runs the path for {@code type}. When its declaration refers to types that do not exist yet
   * (another processor may generate them in a later round), nothing is reported or written and the
   * outcome says it is {@linkplain Outcome#deferred() deferred}, unless {@code lastRound}: then
   * that is reported as one error and nothing is generated. A spec with errors is reported at once.
   */
  Outcome process(TypeElement type, boolean lastRound) {
    SpecAnnotation annotation = SpecAnnotation.of(type);
    InterfaceChecks checks = new InterfaceChecks(env.getElementUtils(), env.getTypeUtils());
    if (!checkAnnotation(annotation, checks)) {
      return Outcome.NONE;
    }
    Diagnostics diagnostics =
        new Diagnostics(annotation.value(), compilation.options().compatibility().severity());
    Diagnostics baselineDiagnostics = diagnostics.forFile(annotation.baseline());
    List<Input> inputs = new ArrayList<>();
    Optional<Plan> plan =
        read(
                annotation,
                annotation.value(),
                Message.SPEC_NOT_FOUND,
                diagnostics,
                Input.Role.SPEC,
                inputs)
            .map(spec -> plan(annotation, spec));
    if (plan.isPresent()) {
      List<String> unresolved = unresolved(checks, type, plan.get());
      if (!unresolved.isEmpty()) {
        if (!lastRound) {
          return new Outcome(List.of(), unresolved);
        }
        reporter.report(
            annotation.site(),
            Diagnostic.of(
                Message.UNRESOLVED_TYPES,
                "",
                type.getQualifiedName().toString(),
                String.join(", ", unresolved)));
        return Outcome.NONE;
      }
    }
    Optional<Spec> baseline = baseline(annotation, baselineDiagnostics, inputs);
    boolean ready =
        plan.isPresent() && checkPlan(annotation, checks, plan.get(), baseline, diagnostics);
    diagnostics.list().forEach(d -> reporter.report(annotation.site(), d));
    baselineDiagnostics.list().forEach(d -> reporter.report(annotation.baselineSite(), d));
    if (!ready || diagnostics.hasErrors() || baselineDiagnostics.hasErrors()) {
      return Outcome.NONE;
    }
    typeChecks.register(
        type.getQualifiedName().toString(), plan.get().types().packageName(), plan.get().outputs());
    return new Outcome(write(annotation, plan.get(), inputs, diagnostics), List.of());
  }

  /**
   * The types the declaration of {@code type} refers to that do not exist, but for those the plan
   * generates (an interface may name its own generated enum or exception).
   */
  private static List<String> unresolved(InterfaceChecks checks, TypeElement type, Plan plan) {
    return checks.unresolvedTypes(type, plan.types().packageName(), plan.typeNames());
  }

  /**
   * Whether the annotation can be followed: it is on an interface of the right shape and names a
   * spec; reports why not.
   */
  private boolean checkAnnotation(SpecAnnotation annotation, InterfaceChecks checks) {
    Optional<InterfaceChecks.Problem> shape = checks.checkShape(annotation.type());
    if (shape.isPresent()) {
      report(annotation, shape.get());
      return false;
    }
    if (annotation.value().isBlank()) {
      reporter.report(annotation.site(), Diagnostic.of(Message.EMPTY_PATH, ""));
      return false;
    }
    return true;
  }

  /** The plan of everything {@code spec} generates for the annotated interface. */
  private Plan plan(SpecAnnotation annotation, Spec spec) {
    TypeElement type = annotation.type();
    return Plan.of(
        spec, ClassName.get(type), annotation.value(), compilation.target(), shadowed(type));
  }

  /**
   * Checks the plan: the generated names against each other, then the interface's methods against
   * the enum's (reported on the interface), and, into {@code diagnostics}, the generated names
   * against the sources, {@code java.lang} and other interfaces', lint, and the breaking changes
   * against the baseline.
   *
   * @return whether the interface's methods allow generating
   */
  private boolean checkPlan(
      SpecAnnotation annotation,
      InterfaceChecks checks,
      Plan plan,
      Optional<Spec> baseline,
      Diagnostics diagnostics) {
    TypeElement type = annotation.type();
    if (GeneratedTypeChecks.caseClashes(
        type.getSimpleName().toString(), plan.outputs(), diagnostics)) {
      return false; // the other checks would report the same names again
    }
    List<InterfaceChecks.Problem> problems =
        checks.checkMethods(type, plan.names().statusEnum(), plan.names().exception());
    problems.forEach(p -> report(annotation, p));
    typeChecks.check(
        type.getQualifiedName().toString(),
        plan.types().packageName(),
        plan.outputs(),
        diagnostics);
    Lint.check(plan.spec(), compilation.options().lint(), diagnostics);
    baseline.ifPresent(
        b ->
            Evolution.compare(
                b,
                plan.spec(),
                annotation.baseline(),
                type.getSimpleName().toString(),
                diagnostics));
    return problems.isEmpty();
  }

  /**
   * The baseline's validated model, or empty when the annotation names none, when {@code
   * -Astatusspec.compatibility=off}, or after reporting why it cannot be compared with. It is
   * located and read exactly like the spec: the same mistakes give the same ids, on the baseline's
   * file, followed by a note that the spec was not compared with it; only a baseline in none of the
   * places searched has its own id, {@code baseline-not-found}.
   */
  private Optional<Spec> baseline(
      SpecAnnotation annotation, Diagnostics diagnostics, List<Input> inputs) {
    if (annotation.baseline().isBlank()
        || compilation.options().compatibility() == Options.Compatibility.OFF) {
      return Optional.empty();
    }
    Optional<Spec> spec =
        read(
            annotation,
            annotation.baseline(),
            Message.BASELINE_NOT_FOUND,
            diagnostics,
            Input.Role.BASELINE,
            inputs);
    boolean notFound =
        diagnostics.list().stream().anyMatch(d -> d.message() == Message.BASELINE_NOT_FOUND);
    if (spec.isEmpty() && !notFound) {
      diagnostics.report(Message.BASELINE_NOT_COMPARED, Position.UNKNOWN);
    }
    return spec;
  }

  /**
   * The validated spec at {@code path}, or empty after reporting why: {@code notFound} when it is
   * in none of the places searched, else that it cannot be read, is too large, or what its format
   * or the validator found; a spec whose only errors are breaking changes is returned, with them
   * reported. The file found is added to {@code inputs} as {@code role}, whatever its content.
   */
  private Optional<Spec> read(
      SpecAnnotation annotation,
      String path,
      Message notFound,
      Diagnostics diagnostics,
      Input.Role role,
      List<Input> inputs) {
    SpecFormat<Spec> format = YamlSpecFormat.INSTANCE;
    SpecLocator.Result located = new SpecLocator(env).locate(annotation.type(), path);
    if (located instanceof SpecLocator.NotFound missing) {
      diagnostics.report(
          notFound, Position.UNKNOWN, missing.resourcePath(), missing.tried(), missing.advice());
      return Optional.empty();
    }
    if (located instanceof SpecLocator.Unreadable unreadable) {
      diagnostics.report(
          Message.SPEC_UNREADABLE,
          Position.UNKNOWN,
          unreadable.location() + ": " + unreadable.reason());
      return Optional.empty();
    }
    SpecLocator.Found found = (SpecLocator.Found) located;
    inputs.add(Input.of(role, found.place(), found.path(), found.bytes()));
    if (SpecReader.tooLarge(found.size(), format.limits(), diagnostics)) {
      return Optional.empty();
    }
    Optional<Spec> spec = format.read(found.bytes(), diagnostics);
    spec.ifPresent(s -> SpecValidator.validate(s, diagnostics));
    // Breaking changes found by the validator (retired-reused) leave the spec whole: it is still
    // compared with the baseline, so that a release gets all its breaking changes in one build.
    return diagnostics.hasErrorsOtherThanBreakingChanges() ? Optional.empty() : spec;
  }

  /**
   * Builds every file of the plan and writes each as soon as it is built, then the record of the
   * files read ({@link InputRecord}), so that a build tool can tell when they change.
   */
  private List<String> write(
      SpecAnnotation annotation, Plan plan, List<Input> inputs, Diagnostics diagnostics) {
    List<String> written = new ArrayList<>();
    Consumer<GeneratedFile> out =
        file -> {
          try {
            written.add(writer.write(file, annotation.type()));
          } catch (IOException e) {
            reporter.report(
                annotation.site(),
                Diagnostic.of(
                    Message.WRITE_FAILED, diagnostics.file(), file.name(), e.getMessage()));
          }
        };
    plan.write(out);
    out.accept(InputRecord.of(ClassName.get(annotation.type()), inputs));
    return written;
  }

  /**
   * Simple names the generated code must not import: the package's types and the interface's member
   * types (the enum inherits them) would shadow or clash with them.
   */
  private Set<String> shadowed(TypeElement type) {
    Set<String> names = new TreeSet<>();
    PackageElement pkg = env.getElementUtils().getPackageOf(type);
    for (Element e : pkg.getEnclosedElements()) {
      names.add(e.getSimpleName().toString());
    }
    for (TypeElement member : ElementFilter.typesIn(env.getElementUtils().getAllMembers(type))) {
      names.add(member.getSimpleName().toString());
    }
    return names;
  }

  /** A problem of the interface: on the interface with its annotation, or on its method. */
  private void report(SpecAnnotation annotation, InterfaceChecks.Problem problem) {
    reporter.report(
        problem.element() instanceof TypeElement
            ? annotation.site().withElement(problem.element())
            : Reporter.Site.of(problem.element()),
        problem.diagnostic());
  }
}
