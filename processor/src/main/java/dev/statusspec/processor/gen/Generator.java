package dev.statusspec.processor.gen;

import java.util.List;

/**
 * Produces one kind of output from a validated spec. Every output kind is one implementation of
 * this shape; generators read only the model and never touch the Filer.
 */
public interface Generator {

  /** The files for {@code types}, in a deterministic order. */
  List<GeneratedFile> generate(SpecTypes types);

  /** Every generator, in the order their files are written. */
  static List<Generator> all() {
    return List.of(
        new StatusEnumGenerator(),
        new ExceptionGenerator(),
        new StatusHandlerGenerator(),
        new ExceptionHandlerGenerator(),
        new ReferencePageGenerator());
  }
}
