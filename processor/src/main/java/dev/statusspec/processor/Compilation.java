package dev.statusspec.processor;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.gen.ClassPath;
import dev.statusspec.processor.gen.Target;
import dev.statusspec.processor.options.Framework;
import dev.statusspec.processor.options.Options;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What this compilation is, detected in this one place: its options, its source level, which
 * {@code @Generated} it has, and which frameworks are on its class path.
 *
 * @param options the parsed options
 * @param target what generated code may use
 * @param problems errors about the options and frameworks, to report once
 */
record Compilation(Options options, Target target, List<Diagnostic> problems) {

  /** Detects everything from {@code env}. */
  static Compilation detect(ProcessingEnvironment env) {
    List<Diagnostic> problems = new ArrayList<>();
    Options options = Options.parse(env.getOptions(), problems);
    ClassPath classPath = new ElementsClassPath(env.getElementUtils(), env.getTypeUtils());
    Set<Framework> adapters = EnumSet.noneOf(Framework.class);
    for (Framework framework : Framework.values()) {
      boolean present = classPath.hasType(framework.markerType());
      if (options.adapters().wants(framework, present)) {
        if (present) {
          adapters.add(framework);
        } else {
          problems.add(
              Diagnostic.of(
                  Message.ADAPTER_FRAMEWORK_MISSING,
                  "",
                  framework.optionName(),
                  framework.markerType(),
                  framework.optionName()));
        }
      }
    }
    int release = env.getSourceVersion().ordinal();
    Elements elements = env.getElementUtils();
    Optional<ClassName> generated = Optional.empty();
    if (release >= 9 && elements.getTypeElement("javax.annotation.processing.Generated") != null) {
      generated = Optional.of(ClassName.get("javax.annotation.processing", "Generated"));
    } else if (elements.getTypeElement("javax.annotation.Generated") != null) {
      generated = Optional.of(ClassName.get("javax.annotation", "Generated"));
    }
    return new Compilation(
        options, new Target(release, generated, adapters, classPath), List.copyOf(problems));
  }

  /** The class path as the compilation's own elements see it. */
  private record ElementsClassPath(Elements elements, Types types) implements ClassPath {

    @Override
    public boolean hasType(String qualifiedName) {
      return elements.getTypeElement(qualifiedName) != null;
    }

    @Override
    public boolean hasMethod(String type, String name, List<String> parameterTypes) {
      TypeElement element = elements.getTypeElement(type);
      if (element == null) {
        return false;
      }
      List<ExecutableElement> candidates =
          name.equals("<init>")
              ? ElementFilter.constructorsIn(element.getEnclosedElements())
              : ElementFilter.methodsIn(elements.getAllMembers(element));
      for (ExecutableElement method : candidates) {
        if (method.getSimpleName().contentEquals(name)
            && method.getParameters().size() == parameterTypes.size()) {
          boolean same = true;
          for (int i = 0; i < parameterTypes.size() && same; i++) {
            same =
                types
                    .erasure(method.getParameters().get(i).asType())
                    .toString()
                    .equals(parameterTypes.get(i));
          }
          if (same) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
