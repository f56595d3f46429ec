package dev.statusspec.processor.gen.adapters;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.JavaSourceGenerator;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.options.Framework;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The base of a framework adapter's generator: it plans one type, named after the spec's prefix,
 * and only when the compilation {@linkplain dev.statusspec.processor.gen.Target#adapts adapts} its
 * framework (on the class path and allowed by {@code statusspec.adapters}); otherwise it declares
 * nothing. Framework types are named, never loaded: the processor has no framework dependency.
 */
public abstract class AdapterGenerator extends JavaSourceGenerator {

  private final Framework framework;
  private final Function<SpecTypes, String> name;

  /**
   * @param framework the framework the adapter is for
   * @param name the adapter's simple name for a spec, e.g. {@code t -> t.names().errorDecoder()}
   */
  protected AdapterGenerator(Framework framework, Function<SpecTypes, String> name) {
    this.framework = framework;
    this.name = name;
  }

  @Override
  protected final List<Planned> plan(SpecTypes types) {
    if (!types.target().adapts(framework)) {
      return List.of();
    }
    ClassName self = types.type(name.apply(types));
    return List.of(
        new Planned(
            Output.prefixed(self.simpleName(), types.spec()),
            () -> build(types, type(TypeSpec.classBuilder(self), types), self)));
  }

  /**
   * Builds the adapter.
   *
   * @param types the spec's context
   * @param type the adapter's builder, already carrying {@code @Generated}
   * @param self the adapter's name
   * @return the adapter
   */
  protected abstract TypeSpec build(SpecTypes types, TypeSpec.Builder type, ClassName self);

  /** The private constructor of a class of static members, documented for doclint. */
  protected static MethodSpec notInstantiable() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("Not instantiable.\n")
        .build();
  }

  /** A public no-argument constructor, documented for doclint. */
  protected static MethodSpec publicConstructor(String doc) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n", doc)
        .build();
  }
}
