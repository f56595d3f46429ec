package dev.statusspec.processor.spec;

import dev.statusspec.processor.diag.Diagnostics;
import java.util.Optional;

/**
 * A format of file the processor reads: bytes in (with their file's path on the diagnostics), a
 * model or positioned diagnostics out. The status spec is {@link YamlSpecFormat}; a second format
 * (an OpenAPI document) is a sibling with its own limits and wording.
 *
 * @param <M> the model it reads into
 */
public interface SpecFormat<M> {

  /** Its limits: the size is checked before a file is loaded, the rest while it is parsed. */
  SpecReader.Limits limits();

  /**
   * The model of {@code bytes}, or empty when {@code diagnostics} (which name the file) hold the
   * reasons, each at its line and column.
   */
  Optional<M> read(byte[] bytes, Diagnostics diagnostics);
}
