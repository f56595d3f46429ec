package dev.statusspec.processor.check;

import static dev.statusspec.processor.testing.SpecDiagnostics.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.model.Retired;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.testing.SpecDiagnostics;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code retired:} section: binding, and the rules of the validator. */
class RetiredTest {

  private static final String OK = "statuses:\n  - code: 200\n    name: OK\n";

  @Test
  void bindsEveryKeyWithPositions() {
    Spec spec =
        SpecDiagnostics.valid(
            OK
                + "retired:\n  - id: LEGACY_CONFLICT\n    code: 409\n    errorCode: legacy\n"
                + "    reason: Merged into CONFLICT.\n  - id: USE_PROXY\n");
    assertThat(spec.retired()).hasSize(2);
    Retired first = spec.retired().get(0);
    assertThat(first.id()).isEqualTo("LEGACY_CONFLICT");
    assertThat(first.code()).contains(409);
    assertThat(first.errorCode()).contains("legacy");
    assertThat(first.reason()).isEqualTo("Merged into CONFLICT.");
    assertThat(first.idPosition().line()).isEqualTo(5);
    assertThat(first.codePosition().line()).isEqualTo(6);
    Retired second = spec.retired().get(1);
    assertThat(second.code()).isEmpty();
    assertThat(second.reason()).isEmpty();
    assertThat(second.codePosition()).isEqualTo(second.position());
  }

  @Test
  void anEmptyRetiredSectionIsNone() {
    assertThat(SpecDiagnostics.valid(OK + "retired:\n").retired()).isEmpty();
  }

  @Test
  void aRetiredStatusNeedsAnId() {
    Diagnostic d = single(OK + "retired:\n  - code: 410\n", "missing-key", 5, 5);
    assertThat(d.text())
        .isEqualTo(
            "this retired status has no 'id'; every retired status needs an 'id', the id the"
                + " status had");
  }

  @Test
  void anErrorCodeNeedsItsCode() {
    Diagnostic d =
        single(OK + "retired:\n  - id: GONE\n    errorCode: gone\n", "missing-key", 5, 5);
    assertThat(d.text()).startsWith("this retired status has no 'code'; every retired status");
  }

  @Test
  void theIdIsChecked() {
    Diagnostic d = single(OK + "retired:\n  - id: gone\n", "invalid-id", 5, 9);
    assertThat(d.text()).contains("(did you mean 'GONE'?)");
  }

  @Test
  void theCodeIsChecked() {
    single(OK + "retired:\n  - id: GONE\n    code: '410'\n", "code-not-integer", 6, 11);
    single(OK + "retired:\n  - id: GONE\n    code: 610\n", "code-out-of-range", 6, 11);
  }

  @Test
  void unknownKeysAreSuggested() {
    Diagnostic d = single(OK + "retired:\n  - id: GONE\n    reson: x\n", "unknown-key", 6, 5);
    assertThat(d.text())
        .contains("(did you mean 'reason'?)")
        .endsWith("id, code, errorCode, reason");
  }

  @Test
  void retiredMustBeAListOfMappings() {
    single(OK + "retired: GONE\n", "wrong-type", 4, 10);
    Diagnostic d = single(OK + "retired:\n  - GONE\n", "wrong-type", 5, 5);
    assertThat(d.text()).startsWith("'retired' must be a list of mappings such as '- id:");
  }

  @Test
  void duplicateRetiredIds() {
    Diagnostic d = single(OK + "retired:\n  - id: GONE\n  - id: GONE\n", "duplicate-id", 6, 5);
    assertThat(d.text()).startsWith("duplicate id GONE (first at line 5) (among the retired");
  }

  @Test
  void aStatusWithARetiredIdIsRetiredReused() {
    Diagnostic d =
        single(OK + "retired:\n  - id: OK\n    reason: was 200\n", "retired-reused", 3, 5);
    assertThat(d.related().map(Object::toString)).isEqualTo(Optional.of("statuses.yaml:5:5"));
    assertThat(d.text()).startsWith("status OK uses the id OK of the retired status OK: ");
  }

  @Test
  void aStatusWithARetiredCodeAndErrorCodeIsRetiredReused() {
    String yaml =
        "statuses:\n  - code: 409\n    name: Duplicate\n    errorCode: legacy\n"
            + "retired:\n  - id: LEGACY_CONFLICT\n    code: 409\n    errorCode: legacy\n";
    Diagnostic d = single(yaml, "retired-reused", 4, 5);
    assertThat(d.related().map(Object::toString)).isEqualTo(Optional.of("statuses.yaml:7:5"));
  }

  @Test
  void aRetiredCodeWithoutErrorCodeTakesOnlyTheCodeWithoutErrorCode() {
    String retired = "retired:\n  - id: SWITCH_PROXY\n    code: 306\n";
    single("statuses:\n  - code: 306\n    name: Unused\n" + retired, "retired-reused", 2, 11);
    SpecDiagnostics.valid(
        "statuses:\n  - code: 306\n    name: Reused\n    errorCode: reused\n" + retired);
    SpecDiagnostics.valid("statuses:\n  - code: 307\n    name: Other\n" + retired);
  }
}
