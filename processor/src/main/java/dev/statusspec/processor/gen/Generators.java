package dev.statusspec.processor.gen;

import dev.statusspec.processor.gen.adapters.Adapters;
import dev.statusspec.processor.gen.adapters.ProblemsGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * Every generator, in the order their files are written: the spec's own types and page, then the
 * problem-details core and the framework adapters ({@link Adapters}, the list to add an adapter
 * to).
 */
public final class Generators {

  private static final List<Generator> ALL =
      withAdapters(
          new StatusEnumGenerator(),
          new ExceptionGenerator(),
          new StatusHandlerGenerator(),
          new ExceptionHandlerGenerator(),
          new OperationGenerator(),
          new ReferencePageGenerator(),
          new OpenApiGenerator(),
          new ProblemsGenerator());

  private Generators() {}

  private static List<Generator> withAdapters(Generator... core) {
    List<Generator> all = new ArrayList<>(List.of(core));
    all.addAll(Adapters.all());
    return List.copyOf(all);
  }

  /** Every generator. */
  public static List<Generator> all() {
    return ALL;
  }
}
