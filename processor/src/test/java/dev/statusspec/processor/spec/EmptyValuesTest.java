package dev.statusspec.processor.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.testing.Specs;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A key with nothing after it is YAML's null: absent for {@code description}, {@code retryable} and
 * {@code deprecated} (nothing to say), but an error for the names ({@code name}, {@code id}, {@code
 * errorCode}, {@code exception}), where an empty value is a value the user meant to write.
 */
class EmptyValuesTest {

  @Test
  void anEmptyFlagOrDescriptionIsAbsent() {
    Diagnostics diagnostics = new Diagnostics("x.yaml");
    Optional<Spec> spec =
        Specs.load(
            ("description:\n"
                    + "statuses:\n"
                    + "  - code: 404\n"
                    + "    name: Not Found\n"
                    + "    description:\n"
                    + "    retryable:\n"
                    + "    deprecated:\n")
                .getBytes(StandardCharsets.UTF_8),
            "Api",
            diagnostics);
    assertThat(diagnostics.list()).isEmpty();
    Status status = spec.orElseThrow().statuses().get(0);
    assertThat(spec.get().description()).isEmpty();
    assertThat(status.description()).isEmpty();
    assertThat(status.retryable()).isFalse();
    assertThat(status.isDeprecated()).isFalse();
  }

  @Test
  void anEmptyNameIsAnError() {
    for (String key : new String[] {"id", "errorCode", "exception"}) {
      Diagnostics diagnostics = new Diagnostics("x.yaml");
      Specs.load(
          ("statuses:\n  - code: 404\n    name: Not Found\n    " + key + ":\n")
              .getBytes(StandardCharsets.UTF_8),
          "Api",
          diagnostics);
      assertThat(diagnostics.list())
          .as(key)
          .extracting(Diagnostic::message)
          .containsExactly(Message.EMPTY_VALUE);
    }
  }

  @Test
  void aQuotedEmptyNameIsAnEmptyValue() {
    Diagnostics diagnostics = new Diagnostics("x.yaml");
    Specs.load(
        "statuses:\n  - code: 404\n    name: ''\n".getBytes(StandardCharsets.UTF_8),
        "Api",
        diagnostics);
    assertThat(diagnostics.list()).extracting(Diagnostic::message).contains(Message.EMPTY_VALUE);
  }
}
