package dev.statusspec.processor.gen;

import dev.statusspec.processor.model.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Produces one kind of output from a validated spec. Every output kind is one implementation of
 * this shape: it declares, from the model alone and before anything is written, the files it will
 * produce ({@link #outputs}), then produces exactly those ({@link #generate}). A generator may
 * produce nothing for a spec (an adapter whose framework is absent). Generators read only the model
 * and never touch the Filer.
 */
public interface Generator {

  /** The files it will produce for {@code types}, in the order {@link #generate} produces them. */
  List<Output> outputs(SpecTypes types);

  /**
   * The files for {@code types}, one per {@link #outputs output}, in a deterministic order, each
   * handed to {@code out} as soon as it is built, so that none need be held once it is written.
   */
  void generate(SpecTypes types, Consumer<GeneratedFile> out);

  /** The files for {@code types} of {@link #generate(SpecTypes, Consumer)}, as a list. */
  default List<GeneratedFile> generate(SpecTypes types) {
    List<GeneratedFile> files = new ArrayList<>();
    generate(types, files::add);
    return files;
  }
}
