package dev.statusspec.processor;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.gen.ClassPath;
import dev.statusspec.processor.gen.Target;
import dev.statusspec.processor.gen.adapters.Adapter;
import dev.statusspec.processor.gen.adapters.Adapters;
import dev.statusspec.processor.options.Options;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What this compilation is, detected in this one place: its options, its source level, which
 * {@code @Generated} it has, and which adapters apply to it.
 *
 * @param options the parsed options
 * @param target what generated code may use
 * @param problems errors about the options and frameworks, to report once
 */
record Compilation(Options options, Target target, List<Diagnostic> problems) {

  /**
   * Detects everything from {@code env}, with types looked up as {@code annotated} (the first
   * annotated interface) sees them: from its module where there are modules.
   */
  static Compilation detect(ProcessingEnvironment env, TypeElement annotated) {
    List<Diagnostic> problems = new ArrayList<>();
    Options options = Options.parse(env.getOptions(), Adapters.names(), problems);
    ElementsClassPath classPath =
        new ElementsClassPath(
            env.getElementUtils(), env.getTypeUtils(), moduleOf(env.getElementUtils(), annotated));
    int release = env.getSourceVersion().ordinal();
    Set<String> adapters = new TreeSet<>();
    for (Adapter adapter : Adapters.all()) {
      Optional<String> missing = adapter.requirement().missing(classPath, release);
      if (options.adapters().wants(adapter.name(), missing.isEmpty())) {
        if (missing.isEmpty()) {
          adapters.add(adapter.name());
        } else {
          problems.add(
              Diagnostic.of(
                  Message.ADAPTER_FRAMEWORK_MISSING,
                  "",
                  adapter.name(),
                  missing.get(),
                  adapter.name()));
        }
      }
    }
    Optional<ClassName> generated = Optional.empty();
    if (release >= 9 && classPath.hasType("javax.annotation.processing.Generated")) {
      generated = Optional.of(ClassName.get("javax.annotation.processing", "Generated"));
    } else if (classPath.hasType("javax.annotation.Generated")) {
      generated = Optional.of(ClassName.get("javax.annotation", "Generated"));
    }
    return new Compilation(
        options, new Target(release, generated, adapters, classPath), List.copyOf(problems));
  }

  /**
   * The module of {@code type}, or null where there are none (below release 9, or a compiler
   * without the modules' API).
   */
  private static ModuleElement moduleOf(Elements elements, TypeElement type) {
    try {
      return elements.getModuleOf(type);
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /**
   * The class path as the compilation's own elements see it from {@code module}, or from anywhere
   * when it is null. Asking a module is also the cheap way: {@code Elements.getTypeElement(String)}
   * looks a missing name up in every module of the JDK (about 70 lookups), and most of the
   * frameworks' marker types are missing from most compilations (docs/PERFORMANCE.md).
   */
  private record ElementsClassPath(Elements elements, Types types, ModuleElement module)
      implements ClassPath {

    private TypeElement typeElement(String qualifiedName) {
      return module == null
          ? elements.getTypeElement(qualifiedName)
          : elements.getTypeElement(module, qualifiedName);
    }

    @Override
    public boolean hasType(String qualifiedName) {
      return typeElement(qualifiedName) != null;
    }

    @Override
    public boolean reads(String name) {
      if (module == null) {
        return false;
      }
      ModuleElement target = elements.getModuleElement(name);
      if (target == null || module.isUnnamed()) {
        return target != null;
      }
      // What the module reads: what it requires, and what those require transitively.
      Set<ModuleElement> seen = new HashSet<>();
      Deque<ModuleElement> todo = new ArrayDeque<>();
      todo.add(module);
      while (!todo.isEmpty()) {
        ModuleElement current = todo.remove();
        for (RequiresDirective requires : ElementFilter.requiresIn(current.getDirectives())) {
          if (current != module && !requires.isTransitive()) {
            continue;
          }
          ModuleElement read = requires.getDependency();
          if (read.equals(target)) {
            return true;
          }
          if (seen.add(read)) {
            todo.add(read);
          }
        }
      }
      return false;
    }

    @Override
    public boolean hasMethod(String type, String name, List<String> parameterTypes) {
      TypeElement element = typeElement(type);
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
