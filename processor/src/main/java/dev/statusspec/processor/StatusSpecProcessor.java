package dev.statusspec.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.check.InterfaceChecks;
import dev.statusspec.processor.check.SpecLoader;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.gen.FilerWriter;
import dev.statusspec.processor.gen.GeneratedFile;
import dev.statusspec.processor.gen.Generator;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.gen.Target;
import dev.statusspec.processor.model.GeneratedNames;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.spec.SpecLocator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * Generates the enum, exceptions, handlers and reference page of every interface annotated with
 * {@code @StatusSpec}. This class only runs the rounds: per interface it locates the spec, loads it
 * ({@link SpecLoader}), checks the interface ({@link InterfaceChecks}), and hands a validated model
 * to the {@link Generator}s. A broken spec is reported as compile errors on its interface and
 * generates nothing; it never stops the other interfaces, and no exception escapes to javac.
 */
@AutoService(Processor.class)
public final class StatusSpecProcessor extends AbstractProcessor {

  static final String ANNOTATION = "dev.statusspec.StatusSpec";

  /** The {@code @Generated} annotations the generated code may carry, depending on the release. */
  private static final List<String> GENERATED =
      List.of("javax.annotation.processing.Generated", "javax.annotation.Generated");

  /** Generated type (qualified) -> the interface it was generated for, across rounds. */
  private final Map<String, String> generatedFor = new HashMap<>();

  /** Types declared in this compilation's sources, across rounds. */
  private final Set<String> sourceTypes = new HashSet<>();

  /** Types this processor wrote, across rounds. */
  private final Set<String> written = new HashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new TreeSet<>(GENERATED);
    types.add(ANNOTATION);
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      sourceTypes.add(type.getQualifiedName().toString());
    }
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation == null) {
      return onlyOurs(annotations, round);
    }
    List<TypeElement> annotated =
        new ArrayList<>(ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation)));
    annotated.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    for (TypeElement type : annotated) {
      AnnotationMirror mirror = mirror(type).orElse(null);
      try {
        processInterface(type, mirror);
      } catch (RuntimeException | Error e) {
        report(type, mirror, Diagnostic.of(Message.INTERNAL_ERROR, "", bug(e)));
      }
    }
    return onlyOurs(annotations, round);
  }

  /** The exception and where it was thrown, short enough for a compiler message. */
  private static String bug(Throwable e) {
    StringBuilder out = new StringBuilder(e.toString());
    StackTraceElement[] frames = e.getStackTrace();
    int shown = Math.min(frames.length, 8);
    for (int i = 0; i < shown; i++) {
      out.append("\n\tat ").append(frames[i]);
    }
    if (frames.length > shown) {
      out.append("\n\t... ").append(frames.length - shown).append(" more");
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      out.append("\nCaused by: ").append(cause);
      if (cause.getCause() == cause) {
        break;
      }
    }
    return out.toString();
  }

  /**
   * Whether to claim this round's annotations: {@code @StatusSpec}, and {@code @Generated} when
   * only code this processor wrote carries it. Without a claim, javac's {@code -Xlint:processing}
   * (part of {@code -Xlint:all}) warns "No processor claimed any of these annotations", which fails
   * {@code -Werror} builds; other processors' {@code @Generated} code is left unclaimed.
   */
  private boolean onlyOurs(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (GENERATED.contains(annotation.getQualifiedName().toString())) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          if (!(element instanceof TypeElement type)
              || !written.contains(type.getQualifiedName().toString())) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private void processInterface(TypeElement type, AnnotationMirror mirror) {
    InterfaceChecks checks =
        new InterfaceChecks(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    Optional<InterfaceChecks.Problem> shape = checks.checkShape(type);
    if (shape.isPresent()) {
      reportProblem(shape.get(), mirror);
      return;
    }
    String path = specPath(mirror);
    if (path.isBlank()) {
      report(type, mirror, Diagnostic.of(Message.EMPTY_PATH, ""));
      return;
    }
    Diagnostics diagnostics = new Diagnostics(path);
    Optional<Spec> spec = load(type, path, diagnostics);
    if (spec.isEmpty()) {
      diagnostics.list().forEach(d -> report(type, mirror, d));
      return;
    }
    GeneratedNames names = GeneratedNames.of(spec.get(), type.getSimpleName().toString());
    List<InterfaceChecks.Problem> problems =
        checks.checkMethods(type, names.statusEnum(), names.exception());
    checkTypeNames(type, spec.get(), names, diagnostics);
    if (!problems.isEmpty() || diagnostics.hasErrors()) {
      problems.forEach(p -> reportProblem(p, mirror));
      diagnostics.list().forEach(d -> report(type, mirror, d));
      return;
    }
    generate(
        type,
        mirror,
        new SpecTypes(spec.get(), ClassName.get(type), path, target(), shadowed(type)));
  }

  private Optional<Spec> load(TypeElement type, String path, Diagnostics diagnostics) {
    SpecLocator.Result located = new SpecLocator(processingEnv).locate(type, path);
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
    byte[] bytes = ((SpecLocator.Found) located).bytes();
    return SpecLoader.load(bytes, type.getSimpleName().toString(), diagnostics);
  }

  /** Generated types must not replace a type of the sources, nor another interface's. */
  private void checkTypeNames(
      TypeElement type, Spec spec, GeneratedNames names, Diagnostics diagnostics) {
    String pkg = packageOf(type).getQualifiedName().toString();
    String prefix = pkg.isEmpty() ? "" : pkg + ".";
    String self = type.getQualifiedName().toString();
    Map<String, Position> positions = new HashMap<>();
    for (Status status : spec.errors()) {
      positions.put(status.exceptionName(), status.exceptionNamePosition());
    }
    for (String simpleName : names.allTypes(spec)) {
      String qualified = prefix + simpleName;
      Position position = positions.getOrDefault(simpleName, spec.namePosition());
      String owner = generatedFor.get(qualified);
      if (owner != null && !owner.equals(self)) {
        // Once is enough: every other generated type clashes the same way.
        diagnostics.report(Message.DUPLICATE_GENERATED_TYPES, position, owner, self, qualified);
        break;
      } else if (owner == null && sourceTypes.contains(qualified)) {
        diagnostics.report(Message.TYPE_EXISTS, position, simpleName, qualified);
      } else if (processingEnv.getElementUtils().getTypeElement("java.lang." + simpleName)
          != null) {
        diagnostics.report(
            Message.SHADOWS_JAVA_LANG,
            position,
            simpleName,
            simpleName,
            pkg.isEmpty() ? "(unnamed)" : pkg);
      }
    }
    // The reference page's path has no package: same-named specs in two packages would clash.
    String pageOwner = generatedFor.get(names.referencePage());
    if (!diagnostics.hasErrors() && pageOwner != null && !pageOwner.equals(self)) {
      diagnostics.report(
          Message.DUPLICATE_GENERATED_TYPES,
          spec.namePosition(),
          pageOwner,
          self,
          names.referencePage());
    }
    if (!diagnostics.hasErrors()) {
      names.allTypes(spec).forEach(n -> generatedFor.put(prefix + n, self));
      generatedFor.put(names.referencePage(), self);
    }
  }

  private void generate(TypeElement type, AnnotationMirror mirror, SpecTypes types) {
    FilerWriter writer = new FilerWriter(processingEnv.getFiler());
    for (Generator generator : Generator.all()) {
      for (GeneratedFile file : generator.generate(types)) {
        try {
          written.add(writer.write(file, type));
        } catch (IOException e) {
          String name =
              file instanceof GeneratedFile.JavaSource s
                  ? s.file().typeSpec().name()
                  : ((GeneratedFile.Resource) file).path();
          report(
              type,
              mirror,
              Diagnostic.of(Message.WRITE_FAILED, types.specPath(), name, e.getMessage()));
        }
      }
    }
  }

  private Target target() {
    int release = processingEnv.getSourceVersion().ordinal();
    var elements = processingEnv.getElementUtils();
    Optional<ClassName> generated = Optional.empty();
    if (release >= 9 && elements.getTypeElement("javax.annotation.processing.Generated") != null) {
      generated = Optional.of(ClassName.get("javax.annotation.processing", "Generated"));
    } else if (elements.getTypeElement("javax.annotation.Generated") != null) {
      generated = Optional.of(ClassName.get("javax.annotation", "Generated"));
    }
    return new Target(release, generated);
  }

  /**
   * Simple names the generated code must not import: the package's types and the interface's member
   * types (the enum inherits them) would shadow or clash with them.
   */
  private Set<String> shadowed(TypeElement type) {
    Set<String> names = new TreeSet<>();
    for (Element e : packageOf(type).getEnclosedElements()) {
      names.add(e.getSimpleName().toString());
    }
    for (TypeElement member :
        ElementFilter.typesIn(processingEnv.getElementUtils().getAllMembers(type))) {
      names.add(member.getSimpleName().toString());
    }
    return names;
  }

  private PackageElement packageOf(Element element) {
    return processingEnv.getElementUtils().getPackageOf(element);
  }

  private static Optional<AnnotationMirror> mirror(TypeElement type) {
    return type.getAnnotationMirrors().stream()
        .filter(
            m ->
                ((TypeElement) m.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(ANNOTATION))
        .map(m -> (AnnotationMirror) m)
        .findFirst();
  }

  private static String specPath(AnnotationMirror mirror) {
    return value(mirror).map(v -> String.valueOf(v.getValue())).orElse("");
  }

  private static Optional<AnnotationValue> value(AnnotationMirror mirror) {
    if (mirror == null) {
      return Optional.empty();
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  private void reportProblem(InterfaceChecks.Problem problem, AnnotationMirror mirror) {
    Message message =
        switch (problem.kind()) {
          case NOT_AN_INTERFACE -> Message.NOT_AN_INTERFACE;
          case GENERIC_INTERFACE -> Message.GENERIC_INTERFACE;
          case PRIVATE_INTERFACE -> Message.PRIVATE_INTERFACE;
          case UNIMPLEMENTED_METHOD -> Message.UNIMPLEMENTED_METHOD;
          case CONFLICTING_METHOD -> Message.CONFLICTING_METHOD;
        };
    Diagnostic diagnostic = Diagnostic.of(message, "", problem.args().toArray());
    if (problem.element() instanceof TypeElement) {
      report(problem.element(), mirror, diagnostic);
    } else {
      processingEnv.getMessager().printMessage(Kind.ERROR, diagnostic.format(), problem.element());
    }
  }

  /**
   * Prints {@code diagnostic} as an error on the element, its annotation and the annotation's
   * value.
   */
  private void report(Element element, AnnotationMirror mirror, Diagnostic diagnostic) {
    Optional<AnnotationValue> value = value(mirror);
    if (mirror != null && value.isPresent()) {
      processingEnv
          .getMessager()
          .printMessage(Kind.ERROR, diagnostic.format(), element, mirror, value.get());
    } else if (mirror != null) {
      processingEnv.getMessager().printMessage(Kind.ERROR, diagnostic.format(), element, mirror);
    } else {
      processingEnv.getMessager().printMessage(Kind.ERROR, diagnostic.format(), element);
    }
  }
}
