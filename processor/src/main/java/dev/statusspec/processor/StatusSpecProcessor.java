package dev.statusspec.processor;

import com.google.auto.service.AutoService;
import dev.statusspec.processor.check.GeneratedTypeChecks;
import dev.statusspec.processor.diag.Reporter;
import dev.statusspec.processor.gen.adapters.Adapters;
import dev.statusspec.processor.options.Options;
import dev.statusspec.processor.spec.SpecAnnotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Generates the enum, exceptions, handlers, adapters and reference page of every interface
 * annotated with {@code @StatusSpec}. This class only runs the rounds: it hands each annotated
 * interface to the {@link SpecPipeline}, which reports a broken spec as diagnostics on its
 * interface and generates nothing for it; one interface never stops the others, and no exception
 * escapes to javac. An interface whose declaration refers to a type that does not exist yet waits
 * for the round where another processor has generated it, and is reported only if it never comes.
 * Nothing is static but constants: one instance serves one compilation, and a build daemon that
 * keeps this class loaded for hundreds of compilations, some at once, sees each as if it ran alone.
 */
@AutoService(Processor.class)
public final class StatusSpecProcessor extends AbstractProcessor {

  /** The {@code @Generated} annotations the generated code may carry, depending on the release. */
  private static final List<String> GENERATED =
      List.of("javax.annotation.processing.Generated", "javax.annotation.Generated");

  /** Types this processor wrote, across rounds. */
  private final Set<String> written = new HashSet<>();

  /**
   * Annotated interfaces waiting for a later round, by qualified name: their declarations refer to
   * types that do not exist yet, which another processor may generate (as AutoValue and Dagger
   * defer).
   */
  private final Set<String> deferred = new TreeSet<>();

  private Reporter reporter;
  private GeneratedTypeChecks typeChecks;
  private SpecPipeline pipeline;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new TreeSet<>(GENERATED);
    types.addAll(Adapters.claimedAnnotations());
    types.add(SpecAnnotation.NAME);
    return types;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.NAMES;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * Whether {@code java.lang} has a type of a simple name. {@code java.lang} is in {@code
   * java.base}, so where there are modules the name is looked up there only: the unbound {@code
   * Elements.getTypeElement(String)} searches every module of the JDK for a name that does not
   * exist, which, once per generated type, was about a tenth of javac's time with the processor on
   * a 330-status spec (JFR; docs/PERFORMANCE.md). Below release 9 there is no module to ask.
   */
  private static Predicate<String> javaLang(Elements elements) {
    ModuleElement javaBase;
    try {
      javaBase = elements.getModuleElement("java.base");
    } catch (RuntimeException | LinkageError e) {
      javaBase = null; // a compiler without modules' API: ask the unbound way
    }
    if (javaBase == null) {
      return name -> elements.getTypeElement("java.lang." + name) != null;
    }
    ModuleElement base = javaBase;
    return name -> elements.getTypeElement(base, "java.lang." + name) != null;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (reporter == null) {
      reporter = new Reporter(processingEnv.getMessager());
      typeChecks = new GeneratedTypeChecks(javaLang(processingEnv.getElementUtils()));
    }
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      typeChecks.sourceType(type.getQualifiedName().toString());
    }
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(SpecAnnotation.NAME);
    if (annotation == null) {
      return onlyOurs(annotations, round);
    }
    for (TypeElement type : thisRound(annotation, round)) {
      try {
        SpecPipeline.Outcome outcome = pipeline(type).process(type, round.processingOver());
        written.addAll(outcome.written());
        if (outcome.deferred()) {
          deferred.add(type.getQualifiedName().toString());
        }
      } catch (RuntimeException | Error e) {
        reporter.internalError(SpecAnnotation.of(type).site(), e);
      }
    }
    return onlyOurs(annotations, round);
  }

  /**
   * The interfaces to process in this round, sorted by name: those deferred by earlier rounds,
   * fetched again by name (an {@code Element} is not valid past its round), and the round's own.
   */
  private List<TypeElement> thisRound(TypeElement annotation, RoundEnvironment round) {
    Map<String, TypeElement> types = new TreeMap<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.put(name, type);
      }
    }
    deferred.clear();
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
      types.put(type.getQualifiedName().toString(), type);
    }
    return new ArrayList<>(types.values());
  }

  /**
   * The pipeline, made when the first annotated interface needs it; the compilation's options and
   * class path (as that interface's module sees it) are then detected, and their problems reported,
   * once.
   */
  private SpecPipeline pipeline(TypeElement first) {
    if (pipeline == null) {
      Compilation compilation = Compilation.detect(processingEnv, first);
      compilation.problems().forEach(reporter::report);
      pipeline = new SpecPipeline(processingEnv, compilation, reporter, typeChecks);
    }
    return pipeline;
  }

  /**
   * Whether to claim this round's annotations: {@code @StatusSpec}, and {@code @Generated} and the
   * framework annotations of the adapters ({@code @RestControllerAdvice}...) when only code this
   * processor wrote carries them. Without a claim, javac's {@code -Xlint:processing} (part of
   * {@code -Xlint:all}) warns "No processor claimed any of these annotations", which fails {@code
   * -Werror} builds; other code's annotations are left unclaimed.
   */
  private boolean onlyOurs(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      if (GENERATED.contains(name) || Adapters.claimedAnnotations().contains(name)) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          Element top = element;
          while (top.getEnclosingElement() instanceof TypeElement enclosing) {
            top = enclosing;
          }
          if (!(top instanceof TypeElement type)
              || !written.contains(type.getQualifiedName().toString())) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
