package dev.statusspec.processor.gen;

import dev.statusspec.processor.model.Output;
import java.util.List;
import java.util.function.Function;

/**
 * Produces one kind of output from a validated spec. Every output kind is one implementation of
 * this shape: it plans, from the model alone and before anything is built, the files it will
 * produce, each with the code that builds it. A generator may plan nothing for a spec (an adapter
 * whose framework is absent). Generators read only the model and never touch the Filer; the {@link
 * Plan} runs them.
 */
public interface Generator {

  /**
   * One file to generate: what it is declared as, and how to build it once the whole plan is known
   * (the context handed to {@code build} also knows every name the plan generates, which the
   * context given to {@link #plan} cannot).
   *
   * @param output what it is declared as
   * @param build builds it, from the plan's final context
   */
  record Planned(Output output, Function<SpecTypes, GeneratedFile> build) {}

  /**
   * The files it will produce for {@code types}, in the order they are written. Only names are
   * computed here; {@code types} does not yet know which simple names the plan shadows, so the
   * builders must use the context they are given, not this one.
   */
  List<Planned> plan(SpecTypes types);
}
