package dev.statusspec.processor;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.check.Evolution;
import dev.statusspec.processor.check.GeneratedTypeChecks;
import dev.statusspec.processor.check.InterfaceChecks;
import dev.statusspec.processor.check.Lint;
import dev.statusspec.processor.check.OpenApiAgreement;
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
import dev.statusspec.processor.gen.adapters.BeansXml;
import dev.statusspec.processor.gen.adapters.GrpcAdapter;
import dev.statusspec.processor.model.Input;
import dev.statusspec.processor.model.OpenApiDocument;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.options.Options;
import dev.statusspec.processor.spec.OpenApiFormat;
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
 * check the plan (the interface, the generated names, lint, evolution against the baseline),
 * compare it with the OpenAPI document, write. Every problem is reported on the interface. An error
 * stops the path before anything is written, unless it {@linkplain Message#keepsModel() keeps the
 * model} whole (an unknown key, a description of the wrong kind, a breaking change against the
 * baseline...): then the types are written anyway, so that the build fails with the spec's errors
 * alone, not also with "cannot find symbol" in every file that uses the generated types. Neither a
 * problem of the baseline nor the OpenAPI document's findings ever stop the spec's path.
 */
final class SpecPipeline {

  private final ProcessingEnvironment env;
  private final Compilation compilation;
  private final Reporter reporter;
  private final GeneratedTypeChecks typeChecks;
  private final FilerWriter writer;

  /** Whether {@code META-INF/beans.xml} was considered already: once per compilation. */
  private boolean beansXmlConsidered;

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
        new Diagnostics(
            annotation.value(),
            compilation.options().compatibility().severity(),
            compilation.options().openapi().severity());
    Diagnostics baselineDiagnostics = diagnostics.forFile(annotation.baseline());
    Diagnostics openapiDiagnostics = diagnostics.forFile(annotation.openapi());
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
        plan.isPresent()
            && checkPlan(
                annotation, checks, plan.get(), baseline, baselineDiagnostics.file(), diagnostics);
    if (ready && !diagnostics.hasBlockingErrors()) {
      compareWithOpenApi(
          annotation, plan.get().spec(), diagnostics.file(), openapiDiagnostics, inputs);
    }
    diagnostics.list().forEach(d -> reporter.report(annotation.site(), d));
    baselineDiagnostics.list().forEach(d -> reporter.report(annotation.baselineSite(), d));
    openapiDiagnostics.list().forEach(d -> reporter.report(annotation.openapiSite(), d));
    if (!ready || diagnostics.hasBlockingErrors()) {
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
      String baselineFile,
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
    Lint.checkGrpc(
        plan.spec(),
        compilation.target().adapts(GrpcAdapter.NAME),
        compilation.options().lint(),
        diagnostics);
    baseline.ifPresent(
        b ->
            Evolution.compare(
                b, plan.spec(), baselineFile, type.getSimpleName().toString(), diagnostics));
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
    // A baseline is compared only when it is free of errors (but breaking changes of its own).
    Optional<Spec> spec =
        read(
                annotation,
                annotation.baseline(),
                Message.BASELINE_NOT_FOUND,
                diagnostics,
                Input.Role.BASELINE,
                inputs)
            .filter(s -> !diagnostics.hasErrorsOtherThanBreakingChanges());
    boolean notFound =
        diagnostics.list().stream().anyMatch(d -> d.message() == Message.BASELINE_NOT_FOUND);
    if (spec.isEmpty() && !notFound) {
      diagnostics.report(Message.BASELINE_NOT_COMPARED, Position.UNKNOWN);
    }
    return spec;
  }

  /**
   * Compares {@code spec} with the OpenAPI document the annotation names, if any and unless {@code
   * -Astatusspec.openapi=off}, reporting into {@code diagnostics} (the document's, naming the spec
   * as {@code specFile}): why it cannot be read, else how the two disagree.
   */
  private void compareWithOpenApi(
      SpecAnnotation annotation,
      Spec spec,
      String specFile,
      Diagnostics diagnostics,
      List<Input> inputs) {
    if (annotation.openapi().isBlank()
        || compilation.options().openapi() == Options.Compatibility.OFF) {
      return;
    }
    OpenApiFormat format = OpenApiFormat.INSTANCE;
    Optional<OpenApiDocument> document =
        load(
                annotation,
                annotation.openapi(),
                Message.OPENAPI_NOT_FOUND,
                format,
                diagnostics,
                Input.Role.OPENAPI,
                inputs)
            .flatMap(bytes -> format.read(bytes, diagnostics));
    document.ifPresent(d -> OpenApiAgreement.check(spec, specFile, d, diagnostics));
  }

  /**
   * The bytes of the file at {@code path}, located like the spec, or empty after reporting why:
   * {@code notFound} when it is in none of the places searched, else that it cannot be read or is
   * too large for {@code format}. The file found is added to {@code inputs} as {@code role},
   * whatever its content.
   */
  private Optional<byte[]> load(
      SpecAnnotation annotation,
      String path,
      Message notFound,
      SpecFormat<?> format,
      Diagnostics diagnostics,
      Input.Role role,
      List<Input> inputs) {
    SpecLocator.Result located = new SpecLocator(env).locate(annotation.type(), path);
    if (located instanceof SpecLocator.NotFound missing) {
      diagnostics.report(
          notFound,
          Position.UNKNOWN,
          missing.resourcePath(),
          missing.nearby(),
          missing.tried(),
          missing.advice());
      return Optional.empty();
    }
    if (located instanceof SpecLocator.Unreadable unreadable) {
      diagnostics.report(
          format.limits().unreadable().orElse(Message.SPEC_UNREADABLE),
          Position.UNKNOWN,
          unreadable.location() + ": " + unreadable.reason());
      return Optional.empty();
    }
    SpecLocator.Found found = (SpecLocator.Found) located;
    diagnostics.showAs(found.shown());
    inputs.add(Input.of(role, found.place(), found.path(), found.bytes()));
    if (SpecReader.tooLarge(found.size(), format.limits(), diagnostics)) {
      return Optional.empty();
    }
    return Optional.of(found.bytes());
  }

  /**
   * The validated spec at {@code path}, or empty after reporting why: {@code notFound} when it is
   * in none of the places searched, else that it cannot be read, is too large, or what its format
   * or the validator found; a spec whose errors all {@linkplain Message#keepsModel() keep the
   * model} (breaking changes, an unknown key...) is returned, with them reported. From when it is
   * found, {@code diagnostics} name the file by the path a terminal or an IDE can open, and the
   * file is added to {@code inputs} as {@code role}.
   */
  private Optional<Spec> read(
      SpecAnnotation annotation,
      String path,
      Message notFound,
      Diagnostics diagnostics,
      Input.Role role,
      List<Input> inputs) {
    SpecFormat<Spec> format = YamlSpecFormat.INSTANCE;
    Optional<byte[]> bytes = load(annotation, path, notFound, format, diagnostics, role, inputs);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    Optional<Spec> spec = format.read(bytes.get(), diagnostics);
    spec.ifPresent(s -> SpecValidator.validate(s, diagnostics));
    // Breaking changes found by the validator (retired-reused) leave the spec whole: it is still
    // compared with the baseline, so that a release gets all its breaking changes in one build.
    return diagnostics.hasBlockingErrors() ? Optional.empty() : spec;
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
    if (!beansXmlConsidered && BeansXml.wanted(compilation.target())) {
      beansXmlConsidered = true;
      if (!writer.exists(BeansXml.PATH) && !besideTheSources(annotation.type(), BeansXml.PATH)) {
        out.accept(BeansXml.file());
      }
    }
    return written;
  }

  /**
   * Whether the {@code resources} folder beside the source root of {@code type} (a Maven or Gradle
   * layout: {@code src/main/java} and {@code src/main/resources}) has {@code path}: Gradle keeps
   * resources out of the class output until it builds the jar. False when javac gives no source
   * file (compile-testing's sources in memory, ecj).
   */
  private boolean besideTheSources(TypeElement type, String path) {
    try {
      java.nio.file.Path folder =
          java.nio.file.Path.of(
                  com.sun.source.util.Trees.instance(env)
                      .getPath(type)
                      .getCompilationUnit()
                      .getSourceFile()
                      .toUri())
              .toAbsolutePath()
              .getParent();
      String pkg = env.getElementUtils().getPackageOf(type).getQualifiedName().toString();
      if (!pkg.isEmpty()) {
        for (int i = pkg.split("\\.").length; i > 0 && folder != null; i--) {
          folder = folder.getParent();
        }
      }
      return folder != null
          && folder.getParent() != null
          && java.nio.file.Files.exists(folder.getParent().resolve("resources").resolve(path));
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
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
