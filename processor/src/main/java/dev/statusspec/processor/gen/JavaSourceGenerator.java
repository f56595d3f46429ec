package dev.statusspec.processor.gen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.model.Output;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The base of every generator of Java sources (Dagger's {@code SourceFileGenerator} is the model):
 * a subclass plans its types, each an {@link Output} and the code that builds it; this class
 * declares the outputs without building anything, and on {@link #generate} builds each type, checks
 * that it is the one declared and carries {@code @Generated} where the compilation has it, and
 * wraps it in the one file format every generated source has.
 */
public abstract class JavaSourceGenerator implements Generator {

  /**
   * One type to generate: what it is declared as, and how to build it (run only by {@link
   * #generate}).
   *
   * @param output what it is declared as
   * @param build builds it
   */
  public record Planned(Output output, Supplier<TypeSpec> build) {}

  /** The types to generate for {@code types}, in order; empty when there are none. */
  protected abstract List<Planned> plan(SpecTypes types);

  @Override
  public final List<Output> outputs(SpecTypes types) {
    return plan(types).stream().map(Planned::output).toList();
  }

  @Override
  public final void generate(SpecTypes types, Consumer<GeneratedFile> out) {
    for (Planned planned : plan(types)) {
      TypeSpec type = planned.build().get();
      if (!type.name().equals(planned.output().name())) {
        throw new IllegalStateException(
            getClass().getSimpleName()
                + " declared "
                + planned.output().name()
                + " but built "
                + type.name());
      }
      if (types.target().generatedAnnotation().isPresent()
          && type.annotations().stream()
              .map(AnnotationSpec::type)
              .noneMatch(types.target().generatedAnnotation().get()::equals)) {
        throw new IllegalStateException(type.name() + " lacks @Generated; start it with type()");
      }
      out.accept(new GeneratedFile.JavaSource(types.file(type)));
    }
  }

  /**
   * {@code empty} with {@code @Generated} (where the compilation has it) and the qualification of
   * names a type of the package would shadow: the start of every generated type.
   */
  protected static TypeSpec.Builder type(TypeSpec.Builder empty, SpecTypes types) {
    return Members.generated(empty, types);
  }
}
