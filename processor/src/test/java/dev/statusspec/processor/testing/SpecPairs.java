package dev.statusspec.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.check.Evolution;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Severity;
import dev.statusspec.processor.model.Spec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A baseline and its successor, both loaded without javac, compared by {@link Evolution}: {@code
 * SpecPairs.compare(baselineYaml, currentYaml)} gives the diagnostics, the spec's own rules'
 * included.
 */
public final class SpecPairs {

  /** The file name the baseline's diagnostics and locations carry. */
  public static final String BASELINE = "statuses-1.4.yaml";

  /** The file name the spec's diagnostics carry. */
  public static final String CURRENT = "statuses.yaml";

  /** The simple name of the annotated interface, the prefix of a spec without {@code name:}. */
  public static final String INTERFACE = "Api";

  private SpecPairs() {}

  /** The diagnostics of comparing {@code current} with {@code baseline}, reported as errors. */
  public static List<Diagnostic> compare(String baseline, String current) {
    return compare(baseline, current, Optional.of(Severity.ERROR));
  }

  /**
   * The diagnostics of comparing {@code current} with {@code baseline}, breaking changes reported
   * with {@code compatibility} (empty: not at all).
   */
  public static List<Diagnostic> compare(
      String baseline, String current, Optional<Severity> compatibility) {
    Diagnostics diagnostics = new Diagnostics(CURRENT, compatibility);
    Diagnostics baselineDiagnostics = diagnostics.forFile(BASELINE);
    Optional<Spec> old =
        Specs.model(baseline.getBytes(StandardCharsets.UTF_8), baselineDiagnostics);
    assertThat(baselineDiagnostics.list()).as("diagnostics of the baseline").isEmpty();
    Specs.model(current.getBytes(StandardCharsets.UTF_8), diagnostics)
        .ifPresent(
            spec -> Evolution.compare(old.orElseThrow(), spec, BASELINE, INTERFACE, diagnostics));
    return diagnostics.list();
  }

  /** The diagnostics that are not notes. */
  public static List<Diagnostic> problems(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(d -> d.severity() != Severity.NOTE).toList();
  }

  /** {@code id@line:column}, for compact assertions on several diagnostics. */
  public static List<String> summary(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.message().id() + "@" + d.position().line() + ":" + d.position().column())
        .toList();
  }

  /** The text of {@code resource}, a file under {@code src/test/resources}. */
  public static String resource(String resource) {
    try (InputStream in = SpecPairs.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as("resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
