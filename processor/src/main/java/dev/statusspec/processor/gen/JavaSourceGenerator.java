package dev.statusspec.processor.gen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.model.Output;
import java.util.List;
import java.util.function.Function;

/**
 * The base of every generator of Java sources (Dagger's {@code SourceFileGenerator} is the model):
 * a subclass plans its types, each an {@link Output} and the code that builds it; this class checks
 * that each type built is the one declared and carries {@code @Generated} where the compilation has
 * it, and wraps it in the one file format every generated source has.
 */
public abstract class JavaSourceGenerator implements Generator {

  /**
   * One type to generate: what it is declared as, and how to build it.
   *
   * @param output what it is declared as
   * @param build builds it, from the plan's final context
   */
  public record PlannedType(Output output, Function<SpecTypes, TypeSpec> build) {}

  /** The types to generate for {@code types}, in order; empty when there are none. */
  protected abstract List<PlannedType> types(SpecTypes types);

  @Override
  public final List<Planned> plan(SpecTypes types) {
    return types(types).stream()
        .map(planned -> new Planned(planned.output(), t -> file(planned, t)))
        .toList();
  }

  private GeneratedFile file(PlannedType planned, SpecTypes types) {
    TypeSpec type = planned.build().apply(types);
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
    return new GeneratedFile.JavaSource(types.file(type));
  }

  /**
   * {@code empty} with {@code @Generated} (where the compilation has it) and the qualification of
   * names a type of the package would shadow: the start of every generated type.
   */
  protected static TypeSpec.Builder type(TypeSpec.Builder empty, SpecTypes types) {
    return Members.generated(empty, types);
  }
}
