package dev.statusspec.processor.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.check.SpecLoader;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A key with nothing after it is YAML's null, so absent; a quoted empty text is a text. */
class EmptyValuesTest {

  @Test
  void anEmptyValueIsAbsent() {
    Diagnostics diagnostics = new Diagnostics("x.yaml");
    Optional<Spec> spec =
        SpecLoader.load(
            ("name:\n"
                    + "statuses:\n"
                    + "  - code: 404\n"
                    + "    name: Not Found\n"
                    + "    id:\n"
                    + "    errorCode:\n"
                    + "    retryable:\n"
                    + "    deprecated:\n"
                    + "    exception:\n")
                .getBytes(StandardCharsets.UTF_8),
            "Api",
            diagnostics);
    assertThat(diagnostics.list()).isEmpty();
    Status status = spec.orElseThrow().statuses().get(0);
    assertThat(spec.get().name()).isEmpty();
    assertThat(status.id()).isEqualTo("NOT_FOUND");
    assertThat(status.errorCode()).isEmpty();
    assertThat(status.retryable()).isFalse();
    assertThat(status.isDeprecated()).isFalse();
    assertThat(status.exceptionName()).isEqualTo("NotFoundException");
  }

  @Test
  void aQuotedEmptyNameIsAnEmptyValue() {
    Diagnostics diagnostics = new Diagnostics("x.yaml");
    SpecLoader.load(
        "statuses:\n  - code: 404\n    name: ''\n".getBytes(StandardCharsets.UTF_8),
        "Api",
        diagnostics);
    assertThat(diagnostics.list()).extracting(Diagnostic::message).contains(Message.EMPTY_VALUE);
  }
}
