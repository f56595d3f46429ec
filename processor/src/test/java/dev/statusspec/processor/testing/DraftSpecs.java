package dev.statusspec.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.check.SpecValidator;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.spec.YamlSpecFormat;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Reads a drafted spec's text back as the processor reads a spec, and asserts it is a valid one. */
public final class DraftSpecs {

  private DraftSpecs() {}

  /** The spec {@code text} is, after asserting the reader and the validator find nothing. */
  public static Spec valid(String text) {
    Diagnostics diagnostics = new Diagnostics("draft.yaml");
    Spec spec =
        YamlSpecFormat.INSTANCE
            .read(text.getBytes(StandardCharsets.UTF_8), diagnostics)
            .orElse(null);
    if (spec != null) {
      SpecValidator.validate(spec, diagnostics);
    }
    assertThat(diagnostics.list())
        .as(
            "diagnostics of the draft:\n%s\n%s",
            diagnostics.list().stream().map(Diagnostic::format).collect(Collectors.joining("\n")),
            text)
        .isEmpty();
    assertThat(spec).as("the draft read as a spec:\n%s", text).isNotNull();
    return spec;
  }
}
