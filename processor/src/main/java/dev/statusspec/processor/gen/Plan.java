package dev.statusspec.processor.gen;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.model.GeneratedNames;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Everything one annotated interface generates, planned once from the validated spec, the
 * interface, the compilation and the names the package already has: the files in the order they are
 * written, each declared as an {@link Output} (checked before anything is built) with the code that
 * builds it. Building is {@link #write}'s alone.
 */
public final class Plan {

  private final SpecTypes types;
  private final List<Generator.Planned> files;
  private final List<Output> outputs;

  private Plan(SpecTypes types, List<Generator.Planned> files) {
    this.types = types;
    this.files = List.copyOf(files);
    this.outputs = files.stream().map(Generator.Planned::output).toList();
  }

  /**
   * Plans every generator's files for {@code spec}.
   *
   * @param annotatedInterface the interface annotated with {@code @StatusSpec}
   * @param specPath the spec's path as the annotation gives it, for documentation
   * @param target what the compilation allows
   * @param packageNames the simple names of the package's types and of the interface's member
   *     types, which generated code must not import names over
   */
  public static Plan of(
      Spec spec,
      ClassName annotatedInterface,
      String specPath,
      Target target,
      Set<String> packageNames) {
    SpecTypes unplanned = SpecTypes.unplanned(spec, annotatedInterface, specPath, target);
    List<Generator.Planned> files = new ArrayList<>();
    for (Generator generator : Generators.all()) {
      files.addAll(generator.plan(unplanned));
    }
    TreeSet<String> shadowed = new TreeSet<>(packageNames);
    shadowed.add(annotatedInterface.simpleName());
    shadowed.addAll(typeNames(files.stream().map(Generator.Planned::output).toList()));
    return new Plan(new SpecTypes(spec, annotatedInterface, specPath, target, shadowed), files);
  }

  /** The context every file is built from. */
  public SpecTypes types() {
    return types;
  }

  /** The names of the generated types. */
  public GeneratedNames names() {
    return types.names();
  }

  /** The spec planned for. */
  public Spec spec() {
    return types.spec();
  }

  /** The simple names of the types it generates. */
  public Set<String> typeNames() {
    return typeNames(outputs);
  }

  private static Set<String> typeNames(List<Output> outputs) {
    Set<String> names = new TreeSet<>();
    for (Output output : outputs) {
      if (output.kind() == Output.Kind.TYPE) {
        names.add(output.name());
      }
    }
    return names;
  }

  /** Every file it will write, in order. */
  public List<Output> outputs() {
    return outputs;
  }

  /**
   * Builds every file in order and hands each to {@code out} as soon as it is built, so that none
   * need be held once it is written.
   */
  public void write(Consumer<GeneratedFile> out) {
    for (Generator.Planned file : files) {
      out.accept(file.build().apply(types));
    }
  }

  /** Every file, built, as a list (for tests and tools that keep them). */
  public List<GeneratedFile> files() {
    List<GeneratedFile> built = new ArrayList<>();
    write(built::add);
    return built;
  }
}
