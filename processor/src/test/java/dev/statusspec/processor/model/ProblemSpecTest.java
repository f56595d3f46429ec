package dev.statusspec.processor.model;

import static dev.statusspec.processor.testing.SpecDiagnostics.single;
import static dev.statusspec.processor.testing.SpecDiagnostics.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Severity;
import dev.statusspec.processor.testing.SpecDiagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code problem:} section and each status's {@code type}: binding, defaults, diagnostics. */
class ProblemSpecTest {

  private static final String STATUSES =
      """
      statuses:
        - code: 200
          name: OK
        - code: 409
          name: Conflict
          errorCode: conflict
        - code: 409
          id: TENANT_SUSPENDED
          name: Tenant Suspended
          errorCode: tenant_suspended
      """;

  private static List<String> types(Spec spec) {
    return spec.statuses().stream().map(spec::problemType).toList();
  }

  @Test
  void withoutTypeBaseEveryTypeIsAboutBlankAndTheMemberIsErrorCode() {
    Spec spec = valid(STATUSES);
    assertThat(types(spec)).containsOnly("about:blank");
    assertThat(spec.problem().errorCodeMember()).isEqualTo("errorCode");
    assertThat(spec.problem().typeBase()).isEmpty();
  }

  @Test
  void emptyProblemSectionMeansTheDefaults() {
    Spec spec = valid("problem:\n" + STATUSES);
    assertThat(types(spec)).containsOnly("about:blank");
  }

  @Test
  void typeIsTypeBaseAndTheSlug() {
    Spec spec = valid("problem:\n  typeBase: https://api.example.com/problems/\n" + STATUSES);
    assertThat(types(spec))
        .containsExactly(
            "https://api.example.com/problems/ok",
            "https://api.example.com/problems/conflict",
            "https://api.example.com/problems/tenant-suspended");
  }

  @Test
  void typeIsResolvedAgainstTypeBaseOrTakenWhenAbsolute() {
    Spec spec =
        valid(
            """
            problem:
              typeBase: https://api.example.com/problems/
              errorCodeMember: code
            statuses:
              - {code: 409, name: Conflict, errorCode: c, type: ../other/conflict}
              - {code: 409, name: Suspended, errorCode: s, type: suspended}
              - {code: 410, name: Gone, type: 'urn:example:gone'}
              - {code: 411, name: X, type: 'about:blank'}
              - {code: 412, name: Y, type: 'about:blank'}
            """);
    assertThat(types(spec))
        .containsExactly(
            "https://api.example.com/other/conflict",
            "https://api.example.com/problems/suspended",
            "urn:example:gone",
            "about:blank",
            "about:blank");
    assertThat(spec.problem().errorCodeMember()).isEqualTo("code");
  }

  @Test
  void absoluteTypeWithoutTypeBase() {
    Spec spec = valid("statuses:\n  - {code: 410, name: Gone, type: 'https://x.example/gone'}\n");
    assertThat(types(spec)).containsExactly("https://x.example/gone");
  }

  @Test
  void slugIsTheIdInLowerCaseWithHyphens() {
    Spec spec = valid("statuses:\n  - {code: 505, name: X, id: HTTP_VERSION_2_NOT_OK}\n");
    assertThat(Problem.slug(spec.statuses().get(0))).isEqualTo("http-version-2-not-ok");
  }

  @Test
  void typeBaseNotAbsolute() {
    Diagnostic d =
        single("problem:\n  typeBase: /problems/\n" + STATUSES, "invalid-type-base", 2, 13);
    assertThat(d.text())
        .isEqualTo(
            "typeBase '/problems/' is not an absolute URI (it has no scheme); write a URI with a"
                + " scheme, e.g. 'https://api.example.com/problems/'");
  }

  @Test
  void typeBaseNotAUri() {
    Diagnostic d =
        single(
            "problem:\n  typeBase: 'https://x.example/a b/'\n" + STATUSES,
            "invalid-type-base",
            2,
            13);
    assertThat(d.text()).contains("'https://x.example/a b/'").contains("Illegal character");
  }

  @Test
  void typeBaseANumber() {
    Diagnostic d = single("problem:\n  typeBase: 42\n" + STATUSES, "wrong-type", 2, 13);
    assertThat(d.text()).startsWith("'typeBase' must be a text");
  }

  @Test
  void typeNotAUriReference() {
    Diagnostic d =
        single(
            "problem: {typeBase: 'https://x.example/'}\n"
                + "statuses:\n  - {code: 409, name: Conflict, type: 'a b|c'}\n",
            "invalid-problem-type",
            3,
            39);
    assertThat(d.text())
        .startsWith("type 'a b|c' is not a URI reference (Illegal character in path at index 1)");
  }

  @Test
  void relativeTypeWithoutTypeBase() {
    Diagnostic d =
        single(
            "statuses:\n  - {code: 409, name: Conflict, type: suspended}\n",
            "problem-type-needs-base",
            2,
            39);
    assertThat(d.text())
        .isEqualTo(
            "type 'suspended' is relative, but the spec has no 'problem.typeBase' to resolve it"
                + " against; write an absolute URI, or add 'problem: {typeBase: https://...}'");
  }

  @Test
  void twoStatusesWithOneType() {
    Diagnostic d =
        single(
            """
            problem:
              typeBase: https://x.example/p/
            statuses:
              - code: 409
                name: Conflict
                errorCode: conflict
              - code: 409
                id: TENANT_SUSPENDED
                name: Tenant Suspended
                errorCode: tenant_suspended
                type: conflict
            """,
            "duplicate-problem-type",
            11,
            11);
    assertThat(d.text())
        .isEqualTo(
            "409 Tenant Suspended (errorCode tenant_suspended) has the problem type"
                + " https://x.example/p/conflict, as 409 Conflict (errorCode conflict) (line 5)"
                + " has; a type URI must identify one status, give one of them another 'type:'");
  }

  @Test
  void twoExplicitTypesAlike() {
    single(
        "statuses:\n"
            + "  - {code: 410, name: Gone, type: 'urn:x:gone'}\n"
            + "  - {code: 411, name: Gone Too, type: 'urn:x:gone'}\n",
        "duplicate-problem-type",
        3,
        39);
  }

  @Test
  void errorCodeMemberNotAPlainName() {
    Diagnostic d =
        single(
            "problem:\n  errorCodeMember: error-code\n" + STATUSES,
            "invalid-error-code-member",
            2,
            20);
    assertThat(d.text())
        .isEqualTo(
            "errorCodeMember 'error-code' is not a plain JSON member name; RFC 9457 asks for a"
                + " letter, then letters, digits and '_' (did you mean 'error_code'?)");
  }

  @Test
  void errorCodeMemberStartingWithADigit() {
    single("problem:\n  errorCodeMember: '1code'\n" + STATUSES, "invalid-error-code-member", 2, 20);
  }

  @Test
  void errorCodeMemberWithQuotesOrSpaces() {
    single("problem:\n  errorCodeMember: 'a \"b'\n" + STATUSES, "invalid-error-code-member", 2, 20);
  }

  @Test
  void errorCodeMemberThatRfc9457Defines() {
    Diagnostic d =
        single(
            "problem:\n  errorCodeMember: detail\n" + STATUSES,
            "reserved-error-code-member",
            2,
            20);
    assertThat(d.text()).startsWith("errorCodeMember 'detail' is a member RFC 9457 defines");
  }

  @Test
  void shortErrorCodeMemberIsAWarningAndTheSpecStillBinds() {
    List<Diagnostic> diagnostics =
        SpecDiagnostics.of("problem:\n  errorCodeMember: ec\n" + STATUSES);
    Diagnostic d = single(diagnostics, "short-error-code-member", 2, 20);
    assertThat(d.message().severity()).isEqualTo(Severity.WARNING);
    assertThat(d.text())
        .isEqualTo(
            "errorCodeMember 'ec' has 2 characters; RFC 9457 recommends member names of 3 or"
                + " more, e.g. 'errorCode'");
  }

  @Test
  void problemNotAMapping() {
    single("problem: https://x.example/\n" + STATUSES, "problem-not-mapping", 1, 10);
  }

  @Test
  void unknownKeyOfTheProblemSectionSuggests() {
    Diagnostic d =
        single("problem:\n  typebase: https://x.example/\n" + STATUSES, "unknown-key", 2, 3);
    assertThat(d.text()).contains("did you mean 'typeBase'?");
  }
}
