package dev.statusspec.processor.gen.adapters;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.ClassPath;
import dev.statusspec.processor.gen.JavaSourceGenerator;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.model.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A framework adapter, which says what it needs and what it makes: its name in {@code
 * statusspec.adapters}, the framework it is for, when it applies ({@link Requirement}), the types
 * it generates (each the spec's prefix and a suffix), the framework annotations those types carry
 * (which the processor claims where only its own code has them) and the simple names of the foreign
 * types its code refers to (qualified where a type of the package would shadow them). Everything
 * the rest of the processor knows of adapters is derived from these declarations ({@link
 * Adapters}); adding one is this class, one line in {@link Adapters#ALL}, and its tests.
 *
 * <p>It plans its types only when the compilation {@linkplain
 * dev.statusspec.processor.gen.Target#adapts adapts} it (it applies and {@code statusspec.adapters}
 * allows it). Framework types are named, never loaded: the processor has no framework dependency.
 */
public abstract class Adapter extends JavaSourceGenerator {

  /**
   * One type an adapter generates.
   *
   * @param suffix its simple name after the spec's prefix, e.g. {@code ControllerAdvice}
   * @param builder builds it
   * @param onlyWith a type the class path must also have for this one type to be generated (a part
   *     of the framework that an app may leave out, such as Micronaut's HTTP client), or empty
   */
  protected record Type(String suffix, Builder builder, Optional<String> onlyWith) {

    /** A type generated wherever the adapter applies. */
    protected Type(String suffix, Builder builder) {
      this(suffix, builder, Optional.empty());
    }
  }

  /** Builds one type of an adapter. */
  @FunctionalInterface
  protected interface Builder {
    /**
     * Builds the type.
     *
     * @param types the spec's context
     * @param type the type's builder, already carrying {@code @Generated}
     * @param self the type's name
     * @return the type
     */
    TypeSpec build(SpecTypes types, TypeSpec.Builder type, ClassName self);
  }

  private final String name;
  private final String framework;
  private final Requirement requirement;

  /**
   * @param name its name in {@code statusspec.adapters}, e.g. {@code spring}
   * @param framework the framework and versions it is for, as messages name them
   * @param requirement when it applies
   */
  protected Adapter(String name, String framework, Requirement requirement) {
    this.name = name;
    this.framework = framework;
    this.requirement = requirement;
  }

  /** Its name in {@code statusspec.adapters}. */
  public final String name() {
    return name;
  }

  /** The framework and versions it is for, e.g. {@code OpenFeign 12+ (feign-core)}. */
  public final String framework() {
    return framework;
  }

  /** When it applies to a compilation. */
  public final Requirement requirement() {
    return requirement;
  }

  /** The types it generates, in the order they are written. */
  protected abstract List<Type> declaredTypes();

  /** The suffixes of the types it generates ({@code ControllerAdvice}...), in order. */
  public final List<String> typeSuffixes() {
    return declaredTypes().stream().map(Type::suffix).toList();
  }

  /**
   * The suffixes of the types it generates with {@code classPath}: all of them but those whose
   * {@link Type#onlyWith} type the class path lacks.
   */
  public final List<String> typeSuffixes(ClassPath classPath) {
    return declaredTypes().stream()
        .filter(t -> t.onlyWith().isEmpty() || classPath.hasType(t.onlyWith().get()))
        .map(Type::suffix)
        .toList();
  }

  /** The qualified names of the framework annotations its generated types carry. */
  public Set<String> claimedAnnotations() {
    return Set.of();
  }

  /** The simple names of the types of other packages its generated code refers to. */
  public abstract Set<String> foreignTypes();

  @Override
  protected final List<PlannedType> types(SpecTypes types) {
    if (!types.target().adapts(name)) {
      return List.of();
    }
    List<PlannedType> planned = new ArrayList<>();
    List<String> suffixes = typeSuffixes(types.target().classPath());
    for (Type declared : declaredTypes()) {
      if (!suffixes.contains(declared.suffix())) {
        continue;
      }
      String simpleName = types.names().prefix() + declared.suffix();
      planned.add(
          new PlannedType(
              Output.prefixed(simpleName, types.spec()),
              t -> {
                ClassName self = t.type(simpleName);
                return declared.builder().build(t, type(TypeSpec.classBuilder(self), t), self);
              }));
    }
    return planned;
  }

  /** A public no-argument constructor, documented for doclint. */
  protected static MethodSpec publicConstructor(String doc) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n", doc)
        .build();
  }
}
