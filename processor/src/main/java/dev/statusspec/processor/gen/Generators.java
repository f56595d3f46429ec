package dev.statusspec.processor.gen;

import dev.statusspec.processor.model.Output;
import java.util.ArrayList;
import java.util.List;

/** Every generator, in the order their files are written: the one list to add a generator to. */
public final class Generators {

  private static final List<Generator> ALL =
      List.of(
          new StatusEnumGenerator(),
          new ExceptionGenerator(),
          new StatusHandlerGenerator(),
          new ExceptionHandlerGenerator(),
          new OperationGenerator(),
          new ReferencePageGenerator());

  private Generators() {}

  /** Every generator. */
  public static List<Generator> all() {
    return ALL;
  }

  /** What every generator declares for {@code types}, in the order the files are written. */
  public static List<Output> outputs(SpecTypes types) {
    List<Output> outputs = new ArrayList<>();
    for (Generator generator : ALL) {
      outputs.addAll(generator.outputs(types));
    }
    return outputs;
  }
}
