package dev.statusspec.processor;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.check.Evolution;
import dev.statusspec.processor.check.GeneratedTypeChecks;
import dev.statusspec.processor.check.InterfaceChecks;
import dev.statusspec.processor.check.Lint;
import dev.statusspec.processor.check.SpecLoader;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.diag.Reporter;
import dev.statusspec.processor.gen.FilerWriter;
import dev.statusspec.processor.gen.Generator;
import dev.statusspec.processor.gen.Generators;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.options.Options;
import dev.statusspec.processor.spec.SpecAnnotation;
import dev.statusspec.processor.spec.SpecLocator;
import dev.statusspec.processor.spec.SpecReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The path of one annotated interface from its annotation to generated files: locate the spec,
 * read, bind and validate it ({@link SpecLoader}), check the interface ({@link InterfaceChecks})
 * and the names of what will be generated ({@link GeneratedTypeChecks}), then generate and write.
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
   * Runs the path for {@code type}.
   *
   * @return the qualified names of the types written, for the processor's claim of
   *     {@code @Generated}
   */
  List<String> process(TypeElement type) {
    SpecAnnotation annotation = SpecAnnotation.of(type);
    Elements elements = env.getElementUtils();
    InterfaceChecks checks = new InterfaceChecks(elements, env.getTypeUtils());
    Optional<InterfaceChecks.Problem> shape = checks.checkShape(type);
    if (shape.isPresent()) {
      report(annotation, shape.get());
      return List.of();
    }
    if (annotation.value().isBlank()) {
      reporter.report(annotation.site(), Diagnostic.of(Message.EMPTY_PATH, ""));
      return List.of();
    }
    Options options = compilation.options();
    Diagnostics diagnostics =
        new Diagnostics(annotation.value(), options.compatibility().severity());
    Optional<SpecTypes> types =
        read(annotation, annotation.value(), Message.SPEC_NOT_FOUND, diagnostics)
            .flatMap(bytes -> load(annotation, bytes, diagnostics));
    Diagnostics baselineDiagnostics = diagnostics.forFile(annotation.baseline());
    Optional<Spec> baseline = baseline(annotation, options, baselineDiagnostics);
    List<InterfaceChecks.Problem> problems = List.of();
    List<Output> outputs = types.map(Generators::outputs).orElse(List.of());
    if (types.isPresent()) {
      problems =
          checks.checkMethods(
              type, types.get().names().statusEnum(), types.get().names().exception());
      typeChecks.check(
          type.getQualifiedName().toString(), types.get().packageName(), outputs, diagnostics);
      Lint.check(types.get().spec(), options.lint(), diagnostics);
      baseline.ifPresent(
          b ->
              Evolution.compare(
                  b, types.get().spec(), annotation.baseline(), types.get().names(), diagnostics));
    }
    problems.forEach(p -> report(annotation, p));
    diagnostics.list().forEach(d -> reporter.report(annotation.site(), d));
    baselineDiagnostics.list().forEach(d -> reporter.report(annotation.baselineSite(), d));
    if (types.isEmpty()
        || !problems.isEmpty()
        || diagnostics.hasErrors()
        || baselineDiagnostics.hasErrors()) {
      return List.of();
    }
    typeChecks.register(type.getQualifiedName().toString(), types.get().packageName(), outputs);
    return write(annotation, types.get());
  }

  /**
   * The baseline's validated model, or empty when the annotation names none, when {@code
   * -Astatusspec.compatibility=off}, or after reporting why it cannot be compared with. It is
   * located and read exactly like the spec: the same mistakes give the same ids, on the baseline's
   * file, followed by a note that the spec was not compared with it; only a baseline in none of the
   * places searched has its own id, {@code baseline-not-found}.
   */
  private Optional<Spec> baseline(
      SpecAnnotation annotation, Options options, Diagnostics diagnostics) {
    if (annotation.baseline().isBlank() || options.compatibility() == Options.Compatibility.OFF) {
      return Optional.empty();
    }
    Optional<Spec> spec =
        read(annotation, annotation.baseline(), Message.BASELINE_NOT_FOUND, diagnostics)
            .flatMap(bytes -> SpecLoader.model(bytes, diagnostics));
    boolean notFound =
        diagnostics.list().stream().anyMatch(d -> d.message() == Message.BASELINE_NOT_FOUND);
    if (spec.isEmpty() && !notFound) {
      diagnostics.report(Message.BASELINE_NOT_COMPARED, Position.UNKNOWN);
    }
    return spec;
  }

  /**
   * The bytes of the spec at {@code path}, or empty after reporting why: {@code notFound} when it
   * is in none of the places searched, else that it cannot be read or is too large.
   */
  private Optional<byte[]> read(
      SpecAnnotation annotation, String path, Message notFound, Diagnostics diagnostics) {
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
    if (SpecReader.tooLarge(found.size(), diagnostics)) {
      return Optional.empty();
    }
    return Optional.of(found.bytes());
  }

  private Optional<SpecTypes> load(
      SpecAnnotation annotation, byte[] bytes, Diagnostics diagnostics) {
    TypeElement type = annotation.type();
    return SpecLoader.load(
        bytes,
        ClassName.get(type),
        annotation.value(),
        compilation.target(),
        shadowed(type),
        diagnostics);
  }

  /** Generates every file and writes each as soon as it is built. */
  private List<String> write(SpecAnnotation annotation, SpecTypes types) {
    List<String> written = new ArrayList<>();
    for (Generator generator : Generators.all()) {
      generator.generate(
          types,
          file -> {
            try {
              written.add(writer.write(file, annotation.type()));
            } catch (IOException e) {
              reporter.report(
                  annotation.site(),
                  Diagnostic.of(
                      Message.WRITE_FAILED, types.specPath(), file.name(), e.getMessage()));
            }
          });
    }
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
