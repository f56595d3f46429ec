package dev.statusspec.processor;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.check.GeneratedTypeChecks;
import dev.statusspec.processor.check.InterfaceChecks;
import dev.statusspec.processor.check.SpecLoader;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.diag.Reporter;
import dev.statusspec.processor.gen.FilerWriter;
import dev.statusspec.processor.gen.GeneratedFile;
import dev.statusspec.processor.gen.Generator;
import dev.statusspec.processor.gen.Generators;
import dev.statusspec.processor.gen.SpecTypes;
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
   * @return the qualified names of the types written, for the processor's claim of {@code
   *     @Generated}
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
    Diagnostics diagnostics = new Diagnostics(annotation.value());
    Optional<SpecTypes> types = load(annotation, diagnostics);
    List<InterfaceChecks.Problem> problems = List.of();
    if (types.isPresent()) {
      problems =
          checks.checkMethods(
              type, types.get().names().statusEnum(), types.get().names().exception());
      typeChecks.check(
          type.getQualifiedName().toString(),
          types.get().packageName(),
          Generators.outputs(types.get()),
          diagnostics);
    }
    problems.forEach(p -> report(annotation, p));
    diagnostics.list().forEach(d -> reporter.report(annotation.site(), d));
    if (types.isEmpty() || !problems.isEmpty() || diagnostics.hasErrors()) {
      return List.of();
    }
    return write(annotation, types.get());
  }

  private Optional<SpecTypes> load(SpecAnnotation annotation, Diagnostics diagnostics) {
    TypeElement type = annotation.type();
    SpecLocator.Result located = new SpecLocator(env).locate(type, annotation.value());
    if (located instanceof SpecLocator.NotFound notFound) {
      diagnostics.report(
          Message.SPEC_NOT_FOUND,
          Position.UNKNOWN,
          notFound.resourcePath(),
          notFound.tried(),
          notFound.advice());
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
    return SpecLoader.load(
        found.bytes(),
        ClassName.get(type),
        annotation.value(),
        compilation.target(),
        shadowed(type),
        diagnostics);
  }

  private List<String> write(SpecAnnotation annotation, SpecTypes types) {
    List<String> written = new ArrayList<>();
    for (Generator generator : Generators.all()) {
      for (GeneratedFile file : generator.generate(types)) {
        try {
          written.add(writer.write(file, annotation.type()));
        } catch (IOException e) {
          reporter.report(
              annotation.site(),
              Diagnostic.of(Message.WRITE_FAILED, types.specPath(), file.name(), e.getMessage()));
        }
      }
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
