package dev.statusspec.processor.check;

import static dev.statusspec.processor.testing.SpecDiagnostics.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.testing.SpecDiagnostics;
import dev.statusspec.processor.testing.Specs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that compare statuses with each other, each with its id, line and column. */
class SpecValidatorTest {

  @Test
  void duplicateIdAsDesignMdShowsIt() {
    String yaml =
        """
        name: FieldApi
        statuses:
          - code: 200
            name: OK
          - code: 404
            name: Not Found
          - code: 409
            errorCode: conflict
            name: Conflict
          - code: 409
            errorCode: tenant_conflict
            id: CONFLICT
            name: Tenant Conflict
        """;
    Diagnostics diagnostics = new Diagnostics("field-api-statuses.yaml");
    Specs.load(yaml.getBytes(StandardCharsets.UTF_8), "FieldApi", diagnostics);
    assertThat(diagnostics.list()).hasSize(1);
    assertThat(diagnostics.list().get(0).format())
        .startsWith(
            "[statusspec:duplicate-id] field-api-statuses.yaml:12:5: duplicate id CONFLICT (first"
                + " at line 9)");
  }

  @Test
  void duplicateDerivedIdNamesBothLines() {
    Diagnostic d =
        single(
            "statuses:\n  - code: 404\n    name: Not Found\n  - code: 410\n    name: Not found\n",
            "duplicate-id",
            5,
            5);
    assertThat(d.text())
        .startsWith("duplicate id NOT_FOUND (first at line 3)")
        .contains("add a distinct 'id:'");
  }

  @Test
  void duplicateExplicitId() {
    Diagnostic d =
        single(
            "statuses:\n  - code: 404\n    id: GONE\n    name: Not Found\n"
                + "  - code: 410\n    id: GONE\n    name: Gone\n",
            "duplicate-id",
            6,
            5);
    assertThat(d.text()).doesNotContain("derived");
  }

  @Test
  void handlerMethodClash() {
    Diagnostic d =
        single(
            "statuses:\n  - code: 505\n    id: HTTP2\n    name: A\n"
                + "  - code: 506\n    id: HTTP_2\n    name: B\n",
            "handler-method-clash",
            6,
            5);
    assertThat(d.text()).contains("onHttp2()");
  }

  @Test
  void sharedCodeWithoutErrorCode() {
    List<Diagnostic> all =
        SpecDiagnostics.of(
            "statuses:\n  - code: 409\n    name: Conflict\n"
                + "  - code: 409\n    name: Tenant Suspended\n    errorCode: suspended\n");
    Diagnostic d = single(all, "missing-error-code", 2, 5);
    assertThat(d.text()).startsWith("code 409 is used by 2 statuses (lines 2, 4)");
  }

  @Test
  void duplicateErrorCodeOnOneCode() {
    Diagnostic d =
        single(
            "statuses:\n  - code: 409\n    name: Conflict\n    errorCode: x\n"
                + "  - code: 409\n    name: Tenant Suspended\n    errorCode: x\n",
            "duplicate-error-code",
            7,
            5);
    assertThat(d.text()).startsWith("errorCode 'x' is used twice for code 409 (first at line 4)");
  }

  @Test
  void sameErrorCodeOnDifferentCodesIsFine() {
    SpecDiagnostics.valid(
        "statuses:\n  - code: 409\n    name: Conflict\n    errorCode: x\n"
            + "  - code: 410\n    name: Gone\n    errorCode: x\n");
  }

  @Test
  void duplicateExceptionNames() {
    Diagnostic d =
        single(
            "statuses:\n  - code: 404\n    name: Not Found\n    exception: MissingException\n"
                + "  - code: 410\n    name: Gone\n    exception: MissingException\n",
            "type-name-clash",
            7,
            5);
    assertThat(d.text())
        .startsWith(
            "the generated type MissingException (the exception of 410 Gone) would have the same"
                + " name as the exception MissingException of 404 Not Found (line 4)")
        .endsWith("give the exception another name with 'exception:'");
  }

  @Test
  void explicitExceptionEqualToADerivedOne() {
    single(
        "statuses:\n  - code: 404\n    name: Not Found\n"
            + "  - code: 410\n    name: Gone\n    exception: NotFoundException\n",
        "type-name-clash",
        6,
        5);
  }

  @Test
  void exceptionNamedLikeTheEnum() {
    Diagnostic d =
        single(
            "statuses:\n  - code: 404\n    name: Not Found\n    exception: ApiStatus\n",
            "type-name-clash",
            4,
            5);
    assertThat(d.text()).contains("the generated ApiStatus");
  }

  @Test
  void exceptionNamedLikeTheInterface() {
    Diagnostic d =
        single(
            "statuses:\n  - code: 404\n    name: Not Found\n    exception: Api\n",
            "type-name-clash",
            4,
            5);
    assertThat(d.text()).contains("the annotated interface Api");
  }

  @Test
  void derivedExceptionNamedLikeTheRoot() {
    Diagnostic d = single("statuses:\n  - code: 400\n    name: API\n", "type-name-clash", 3, 5);
    assertThat(d.text()).contains("ApiException").contains("the generated ApiException");
  }

  @Test
  void exceptionNamesDifferingOnlyInCase() {
    Diagnostic d =
        single(
            "statuses:\n  - code: 404\n    name: Not Found\n"
                + "  - code: 410\n    name: Gone\n    exception: NOTFoundException\n",
            "type-name-clash",
            6,
            5);
    assertThat(d.text()).contains("but for letter case");
  }

  @Test
  void prefixClashingWithTheInterface() {
    Diagnostics diagnostics = new Diagnostics("s.yaml");
    Specs.load(
        "name: Api\nstatuses:\n  - code: 200\n    name: OK\n".getBytes(StandardCharsets.UTF_8),
        "ApiStatus",
        diagnostics);
    assertThat(diagnostics.list()).hasSize(1);
    Diagnostic d = diagnostics.list().get(0);
    assertThat(d.message().id()).isEqualTo("type-name-clash");
    assertThat(d.position()).hasToString("1:7");
    assertThat(d.text()).contains("set the spec's 'name:' to another prefix");
  }

  @Test
  void tooManyStatuses() {
    int count = SpecValidator.MAX_STATUSES + 1;
    StringBuilder yaml = new StringBuilder("statuses:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  - code: ")
          .append(200 + i % 300)
          .append("\n    name: S")
          .append(i)
          .append("\n    errorCode: e")
          .append(i)
          .append('\n');
    }
    Diagnostic d =
        single(yaml.toString(), "too-many-statuses", 2 + 3 * SpecValidator.MAX_STATUSES, 5);
    assertThat(d.text()).contains(String.format("%,d", count));
  }

  @Test
  void mostStatusesAllowedIsFine() {
    StringBuilder yaml = new StringBuilder("statuses:\n");
    for (int i = 0; i < SpecValidator.MAX_STATUSES; i++) {
      yaml.append("  - {code: ")
          .append(200 + i % 300)
          .append(", name: S")
          .append(i)
          .append(", errorCode: e")
          .append(i)
          .append("}\n");
    }
    assertThat(SpecDiagnostics.valid(yaml.toString()).statuses())
        .hasSize(SpecValidator.MAX_STATUSES);
  }
}
