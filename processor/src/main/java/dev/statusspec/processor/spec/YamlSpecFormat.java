package dev.statusspec.processor.spec;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.model.Spec;
import java.util.Optional;

/**
 * The status spec's format: YAML read by {@link SpecReader} within {@link SpecReader.Limits#SPEC},
 * then bound to the model by {@link SpecBinder}. Rules across statuses are the validator's, after.
 */
public final class YamlSpecFormat implements SpecFormat<Spec> {

  /** The one instance; it holds no state. */
  public static final YamlSpecFormat INSTANCE = new YamlSpecFormat();

  private YamlSpecFormat() {}

  @Override
  public SpecReader.Limits limits() {
    return SpecReader.Limits.SPEC;
  }

  @Override
  public Optional<Spec> read(byte[] bytes, Diagnostics diagnostics) {
    return SpecReader.read(bytes, limits(), diagnostics)
        .flatMap(root -> SpecBinder.bind(root, diagnostics));
  }
}
