package dev.statusspec.processor.spec;

import static dev.statusspec.processor.testing.SpecDiagnostics.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.model.Ids;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.testing.SpecDiagnostics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The binder's rules on the shape of a spec, one test each, asserting the id, line and column. A
 * status's keys start at column 5 ({@code " - code: 200\n name: OK"}); values after {@code "code:
 * "} at column 11.
 */
class SpecBinderTest {

  /** A spec with one status whose lines are {@code lines}, below {@code statuses:} on line 1. */
  private static String status(String... lines) {
    StringBuilder yaml = new StringBuilder("statuses:\n");
    for (int i = 0; i < lines.length; i++) {
      yaml.append(i == 0 ? "  - " : "    ").append(lines[i]).append('\n');
    }
    return yaml.toString();
  }

  @Test
  void bindsEveryKeyWithDefaults() {
    Spec spec =
        SpecDiagnostics.valid(
            "name: Field\ndescription: The API.\n"
                + status(
                    "code: 409",
                    "name: Tenant Suspended",
                    "errorCode: tenant_suspended",
                    "description: Suspended.",
                    "retryable: true",
                    "deprecated: use 403",
                    "exception: SuspendedException")
                + "  - code: 200\n    name: OK\n");
    assertThat(spec.name()).contains("Field");
    assertThat(spec.description()).isEqualTo("The API.");
    Status first = spec.statuses().get(0);
    assertThat(first.id()).isEqualTo("TENANT_SUSPENDED");
    assertThat(first.idDerived()).isTrue();
    assertThat(first.errorCode()).contains("tenant_suspended");
    assertThat(first.retryable()).isTrue();
    assertThat(first.deprecation()).contains("use 403");
    assertThat(first.exceptionName()).isEqualTo("SuspendedException");
    Status ok = spec.statuses().get(1);
    assertThat(ok.description()).isEmpty();
    assertThat(ok.errorCode()).isEmpty();
    assertThat(ok.retryable()).isFalse();
    assertThat(ok.deprecation()).isEmpty();
  }

  @Test
  void topLevelNotMapping() {
    Diagnostic d = single("- code: 200\n  name: OK\n", "top-level-not-mapping", 1, 1);
    assertThat(d.text()).endsWith("not a list");
  }

  @Test
  void topLevelScalar() {
    single("just some text\n", "top-level-not-mapping", 1, 1);
  }

  @Test
  void statusesMissing() {
    Diagnostic d = single("name: Api\n", "missing-statuses", 1, 1);
    assertThat(d.text()).contains("statuses:\n  - code: 200");
  }

  @Test
  void statusesEmptyList() {
    single("name: Api\nstatuses: []\n", "empty-statuses", 2, 1);
  }

  @Test
  void statusesWithoutValue() {
    single("statuses:\n", "empty-statuses", 1, 1);
  }

  @Test
  void statusesNotList() {
    Diagnostic d = single("statuses:\n  code: 200\n  name: OK\n", "statuses-not-list", 2, 3);
    assertThat(d.text()).endsWith("not a mapping");
  }

  @Test
  void statusNotMapping() {
    single("statuses:\n  - 200\n", "status-not-mapping", 2, 5);
  }

  @Test
  void unknownKeySuggestsTheKnownOne() {
    Diagnostic d = single(status("code: 200", "reason: OK"), "unknown-key", 3, 5);
    assertThat(d.text())
        .startsWith(
            "unknown key 'reason' (did you mean 'name'?); the keys allowed here are: code,");
  }

  @Test
  void unknownKeyTypo() {
    Diagnostic d = single(status("code: 200", "name: OK", "retyable: true"), "unknown-key", 4, 5);
    assertThat(d.text()).contains("(did you mean 'retryable'?)");
  }

  @Test
  void unknownKeySnakeCase() {
    Diagnostic d =
        single(status("code: 409", "name: Conflict", "error_code: x"), "unknown-key", 4, 5);
    assertThat(d.text()).contains("(did you mean 'errorCode'?)");
  }

  @Test
  void unknownTopLevelKey() {
    Diagnostic d = single("title: Api\n" + status("code: 200", "name: OK"), "unknown-key", 1, 1);
    assertThat(d.text())
        .contains("the keys allowed here are: name, description, problem, statuses");
  }

  @Test
  void codeAsText() {
    Diagnostic d = single(status("code: abc", "name: OK"), "code-not-integer", 2, 11);
    assertThat(d.text())
        .isEqualTo("'code' must be a whole number from 100 to 599, not the text 'abc'");
  }

  @Test
  void codeQuoted() {
    Diagnostic d = single(status("code: \"404\"", "name: Not Found"), "code-not-integer", 2, 11);
    assertThat(d.text()).contains("write it without quotes");
  }

  @Test
  void codeWithTheReasonPhrase() {
    Diagnostic d =
        single(status("code: 404 Not Found", "name: Not Found"), "code-not-integer", 2, 11);
    assertThat(d.text()).endsWith("write the reason phrase on its own line, as 'name: ...'");
  }

  @Test
  void codeFloat() {
    single(status("code: 404.0", "name: Not Found"), "code-not-integer", 2, 11);
  }

  @Test
  void codeList() {
    Diagnostic d = single(status("code: [404]", "name: Not Found"), "code-not-integer", 2, 11);
    assertThat(d.text()).endsWith("not a list");
  }

  @Test
  void codeHexadecimal() {
    Diagnostic d = single(status("code: 0x1F4", "name: Down"), "code-not-integer", 2, 11);
    assertThat(d.text()).contains("'0x1F4'").contains("plain decimal");
  }

  @Test
  void codeOctal() {
    single(status("code: 0404", "name: Not Found"), "code-not-integer", 2, 11);
  }

  @Test
  void codeEmpty() {
    Diagnostic d = single(status("code:", "name: OK"), "code-not-integer", 2, 10);
    assertThat(d.text()).endsWith("not empty");
  }

  @Test
  void codeTooSmall() {
    Diagnostic d = single(status("code: 99", "name: Odd"), "code-out-of-range", 2, 11);
    assertThat(d.text()).startsWith("code 99 is outside 100..599");
  }

  @Test
  void codeTooLarge() {
    single(status("code: 600", "name: Odd"), "code-out-of-range", 2, 11);
  }

  @Test
  void codeNegative() {
    single(status("code: -404", "name: Odd"), "code-out-of-range", 2, 11);
  }

  @Test
  void codeHuge() {
    single(status("code: 99999999999999999999999", "name: Odd"), "code-out-of-range", 2, 11);
  }

  @Test
  void missingCode() {
    Diagnostic d = single(status("name: OK"), "missing-key", 2, 5);
    assertThat(d.text()).startsWith("this status has no 'code'");
  }

  @Test
  void missingName() {
    Diagnostic d = single(status("code: 200", "description: fine"), "missing-key", 2, 5);
    assertThat(d.text()).startsWith("this status has no 'name'");
  }

  @Test
  void emptyName() {
    single(status("code: 200", "name: \"  \""), "empty-value", 3, 11);
  }

  @Test
  void nullName() {
    single(status("code: 200", "name:"), "empty-value", 3, 10);
  }

  @Test
  void errorCodeNullIsExplained() {
    Diagnostic d =
        single(status("code: 409", "name: Conflict", "errorCode: null"), "empty-value", 4, 16);
    assertThat(d.text())
        .isEqualTo(
            "'errorCode' is empty ('null' means no value in YAML; for the text, put it in quotes);"
                + " give it a value or remove the key");
  }

  @Test
  void emptyErrorCode() {
    single(status("code: 409", "name: Conflict", "errorCode: ''"), "empty-value", 4, 16);
  }

  @Test
  void nameList() {
    Diagnostic d = single(status("code: 200", "name: [OK, Fine]"), "wrong-type", 3, 11);
    assertThat(d.text()).isEqualTo("'name' must be a text, not a list");
  }

  @Test
  void nameMapping() {
    single(status("code: 200", "name: {en: OK}"), "wrong-type", 3, 11);
  }

  @Test
  void errorCodeList() {
    single(status("code: 409", "name: Conflict", "errorCode: [a, b]"), "wrong-type", 4, 16);
  }

  @Test
  void descriptionMapping() {
    single(status("code: 200", "name: OK", "description:", "  en: fine"), "wrong-type", 5, 7);
  }

  @Test
  void topLevelDescriptionList() {
    single("description: [a]\n" + status("code: 200", "name: OK"), "wrong-type", 1, 14);
  }

  @Test
  void retryableText() {
    Diagnostic d =
        single(status("code: 503", "name: Down", "retryable: \"true\""), "wrong-type", 4, 16);
    assertThat(d.text()).contains("'retryable' must be true or false");
  }

  @Test
  void retryableNumber() {
    single(status("code: 503", "name: Down", "retryable: 1"), "wrong-type", 4, 16);
  }

  @Test
  void retryableYes() {
    Diagnostic d =
        single(status("code: 503", "name: Down", "retryable: yes"), "ambiguous-boolean", 4, 16);
    assertThat(d.text()).contains("'yes'").endsWith("write true");
  }

  @Test
  void retryableOff() {
    Diagnostic d =
        single(status("code: 503", "name: Down", "retryable: Off"), "ambiguous-boolean", 4, 16);
    assertThat(d.text()).endsWith("write false");
  }

  @Test
  void deprecatedNumber() {
    Diagnostic d =
        single(status("code: 410", "name: Gone", "deprecated: 2024"), "wrong-type", 4, 17);
    assertThat(d.text()).contains("true, false, or a text saying why");
  }

  @Test
  void deprecatedList() {
    single(status("code: 410", "name: Gone", "deprecated: [a]"), "wrong-type", 4, 17);
  }

  @Test
  void deprecatedNo() {
    single(status("code: 410", "name: Gone", "deprecated: no"), "ambiguous-boolean", 4, 17);
  }

  @Test
  void deprecatedTrueAndText() {
    Spec spec =
        SpecDiagnostics.valid(
            status("code: 410", "name: Gone", "deprecated: true")
                + "  - code: 411\n    name: Length Required\n    deprecated: Use 400.\n"
                + "  - code: 412\n    name: Precondition Failed\n    deprecated: false\n");
    assertThat(spec.statuses())
        .extracting(Status::deprecation)
        .containsExactly(Optional.of(""), Optional.of("Use 400."), Optional.empty());
  }

  @Test
  void yaml11WordsStayText() {
    Spec spec =
        SpecDiagnostics.valid(
            status("code: 409", "name: Off", "errorCode: no", "description: 1.10")
                + "  - code: 409\n    name: 'Yes'\n    errorCode: 007\n");
    Status off = spec.statuses().get(0);
    assertThat(off.reasonPhrase()).isEqualTo("Off");
    assertThat(off.id()).isEqualTo("OFF");
    assertThat(off.errorCode()).contains("no");
    assertThat(off.description()).isEqualTo("1.10");
    assertThat(spec.statuses().get(1).errorCode()).contains("007");
  }

  @Test
  void invalidId() {
    Diagnostic d =
        single(status("code: 404", "name: Not Found", "id: not-found"), "invalid-id", 4, 9);
    assertThat(d.text())
        .startsWith("id 'not-found' is not an UPPER_SNAKE Java identifier")
        .endsWith("(did you mean 'NOT_FOUND'?)");
  }

  @Test
  void idWithDoubleUnderscore() {
    single(status("code: 404", "name: Not Found", "id: NOT__FOUND"), "invalid-id", 4, 9);
  }

  @Test
  void idStartingWithDigit() {
    Diagnostic d = single(status("code: 200", "name: OK", "id: 2XX"), "invalid-id", 4, 9);
    assertThat(d.text()).doesNotContain("did you mean");
  }

  @Test
  void idTooLong() {
    single(
        status("code: 200", "name: OK", "id: " + "A".repeat(Ids.MAX_LENGTH + 1)),
        "id-too-long",
        4,
        9);
  }

  @Test
  void cannotDeriveIdFromSymbols() {
    Diagnostic d = single(status("code: 200", "name: '???'"), "cannot-derive-id", 3, 11);
    assertThat(d.text()).contains("it has no ASCII letters or digits").contains("'id: ");
  }

  @Test
  void cannotDeriveIdFromDigitsFirst() {
    Diagnostic d = single(status("code: 200", "name: 2xx Fine"), "cannot-derive-id", 3, 11);
    assertThat(d.text()).contains("starts with a digit");
  }

  @Test
  void cannotDeriveIdFromNonLatin() {
    single(
        status("code: 404", "name: \u041d\u0435 \u043d\u0430\u0439\u0434\u0435\u043d\u043e"),
        "cannot-derive-id",
        3,
        11);
  }

  @Test
  void explicitIdRescuesAName() {
    Spec spec = SpecDiagnostics.valid(status("code: 200", "name: 2xx Fine", "id: FINE"));
    assertThat(spec.statuses().get(0).id()).isEqualTo("FINE");
  }

  @Test
  void invalidExceptionName() {
    Diagnostic d =
        single(
            status("code: 404", "name: Not Found", "exception: not-found-exception"),
            "invalid-exception-name",
            4,
            16);
    assertThat(d.text()).contains("(did you mean 'NotFoundException'?)");
  }

  @Test
  void qualifiedExceptionName() {
    single(
        status("code: 404", "name: Not Found", "exception: com.x.Missing"),
        "invalid-exception-name",
        4,
        16);
  }

  @Test
  void exceptionOnSuccess() {
    Diagnostic d =
        single(
            status("code: 200", "name: OK", "exception: OkException"),
            "exception-not-error",
            4,
            16);
    assertThat(d.text()).contains("200 OK is not an error");
  }

  @Test
  void invalidNamePrefix() {
    Diagnostic d =
        single("name: field-api\n" + status("code: 200", "name: OK"), "invalid-name", 1, 7);
    assertThat(d.text()).contains("(did you mean 'FieldApi'?)");
  }

  @Test
  void lowerCaseNamePrefix() {
    Diagnostic d =
        single("name: fieldApi\n" + status("code: 200", "name: OK"), "invalid-name", 1, 7);
    assertThat(d.text()).contains("(did you mean 'FieldApi'?)");
  }

  @Test
  void reportsEveryProblemNotJustTheFirst() {
    List<Diagnostic> all =
        SpecDiagnostics.of(
            "statuses:\n  - code: 99\n    name: A\n  - code: 200\n    nam: B\n  - code: 300\n");
    assertThat(all)
        .extracting(d -> d.message().id() + "@" + d.position())
        .containsExactly("code-out-of-range@2:11", "unknown-key@5:5", "missing-key@6:5");
  }

  @Test
  void descriptionTooLongForAStringConstant() {
    Diagnostic d =
        single(
            status("code: 200", "name: OK", "description: " + "\u00e9".repeat(32_768)),
            "text-too-long",
            4,
            18);
    assertThat(d.text()).startsWith("'description' takes 65,536 bytes as a Java string constant");
  }

  @Test
  void longestStringConstantIsFine() {
    SpecDiagnostics.valid(status("code: 200", "name: OK", "description: " + "x".repeat(65_535)));
  }

  @Test
  void nulCharactersTakeTwoBytes() {
    assertThat(SpecBinder.constantBytes("a\u0000\u00e9\u20ac\uD83D\uDE00"))
        .isEqualTo(1 + 2 + 2 + 3 + 6);
  }
}
