package dev.statusspec.processor.gen;

import dev.statusspec.processor.model.Output;
import java.util.List;

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

  /** The files for {@code types}, one per {@link #outputs output}, in a deterministic order. */
  List<GeneratedFile> generate(SpecTypes types);
}
