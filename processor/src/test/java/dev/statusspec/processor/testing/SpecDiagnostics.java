package dev.statusspec.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.model.Spec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Loads a spec from a YAML string through the reader, binder and validator, without javac, and
 * asserts on the diagnostics: {@code SpecDiagnostics.single(yaml, "duplicate-id", 12, 5)}.
 */
public final class SpecDiagnostics {

  /** The file name diagnostics carry. */
  public static final String FILE = "statuses.yaml";

  private SpecDiagnostics() {}

  /** The diagnostics of loading {@code yaml} for an interface named {@code Api}. */
  public static List<Diagnostic> of(String yaml) {
    return of(yaml.getBytes(StandardCharsets.UTF_8));
  }

  /** The diagnostics of loading {@code bytes} for an interface named {@code Api}. */
  public static List<Diagnostic> of(byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics(FILE);
    Optional<Spec> spec = Specs.load(bytes, "Api", diagnostics);
    assertThat(spec.isPresent())
        .as("a spec is returned exactly when there is no diagnostic: %s", diagnostics.list())
        .isEqualTo(!diagnostics.hasErrors());
    return diagnostics.list();
  }

  /** The spec {@code yaml} binds to, failing if it has any diagnostic. */
  public static Spec valid(String yaml) {
    Diagnostics diagnostics = new Diagnostics(FILE);
    Optional<Spec> spec = Specs.load(yaml.getBytes(StandardCharsets.UTF_8), "Api", diagnostics);
    assertThat(diagnostics.list()).as("diagnostics of a valid spec").isEmpty();
    return spec.orElseThrow();
  }

  /**
   * Asserts that {@code yaml} gives exactly one diagnostic, with this id at this line and column,
   * and returns it for checks of its text.
   */
  public static Diagnostic single(String yaml, String id, int line, int column) {
    return single(of(yaml), id, line, column);
  }

  /** As {@link #single(String, String, int, int)}, for diagnostics already collected. */
  public static Diagnostic single(List<Diagnostic> diagnostics, String id, int line, int column) {
    assertThat(diagnostics).as("diagnostics").hasSize(1);
    Diagnostic only = diagnostics.get(0);
    assertThat(only.message().id()).as("id of %s", only).isEqualTo(id);
    assertThat(only.position().line()).as("line of %s", only).isEqualTo(line);
    assertThat(only.position().column()).as("column of %s", only).isEqualTo(column);
    assertThat(only.format()).startsWith("[statusspec:" + id + "] " + FILE + ":");
    return only;
  }
}
