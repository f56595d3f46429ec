package dev.statusspec.processor.check;

import static dev.statusspec.processor.testing.SpecPairs.compare;
import static dev.statusspec.processor.testing.SpecPairs.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Location;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.diag.Severity;
import dev.statusspec.processor.testing.SpecPairs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the table of breaking changes in docs/guide/evolution.md, on a baseline and its successor
 * without javac: the id, the spec's position, the baseline's position and the message.
 */
class EvolutionTest {

  /** The baseline of most tests; line numbers are in the comments. */
  static final String BASELINE =
      """
      statuses:
        - code: 200
          name: OK
        - code: 404
          name: Not Found
        - code: 409
          name: Conflict
          errorCode: conflict
        - code: 409
          id: TENANT_SUSPENDED
          name: Tenant Suspended
          errorCode: tenant_suspended
        - code: 503
          name: Service Unavailable
          exception: BackendDownException
      """;

  /** The only diagnostic of {@code diagnostics}, which must have this id, position and baseline. */
  private static Diagnostic single(
      List<Diagnostic> diagnostics, String id, int line, int column, int wasLine, int wasColumn) {
    assertThat(diagnostics).as("diagnostics").hasSize(1);
    Diagnostic d = diagnostics.get(0);
    assertThat(d.message().id()).as("id of %s", d).isEqualTo(id);
    assertThat(d.position()).as("position of %s", d).isEqualTo(new Position(line, column));
    assertThat(d.related())
        .as("baseline of %s", d)
        .contains(new Location(SpecPairs.BASELINE, new Position(wasLine, wasColumn)));
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.format())
        .startsWith("[statusspec:" + id + "] statuses.yaml:" + line + ":" + column + ": ")
        .endsWith("(was at statuses-1.4.yaml:" + wasLine + ":" + wasColumn + ")");
    return d;
  }

  @Test
  void theSameSpecHasNoDiagnostic() {
    assertThat(compare(BASELINE, BASELINE)).isEmpty();
  }

  @Test
  void statusRemovedIsReportedWhereItWasAndNamesItsBaselineLine() {
    String current = BASELINE.replace("  - code: 404\n    name: Not Found\n", "");
    Diagnostic d = single(compare(BASELINE, current), "status-removed", 4, 5, 4, 5);
    assertThat(d.text())
        .isEqualTo(
            "status NOT_FOUND (404 Not Found) of the baseline is gone: handlers and clients"
                + " written against it break, and servers of the last release still send it;"
                + " restore it, or list it under 'retired:' with its code and errorCode so that"
                + " they are never reused (was at statuses-1.4.yaml:4:5)");
  }

  @Test
  void theLastStatusRemovedIsReportedAfterTheOneBeforeIt() {
    String current =
        BASELINE.replace(
            "  - code: 503\n    name: Service Unavailable\n    exception: BackendDownException\n",
            "");
    single(compare(BASELINE, current), "status-removed", 9, 5, 13, 5);
  }

  @Test
  void aStatusRemovedAndListedUnderRetiredPasses() {
    String current =
        BASELINE.replace("  - code: 404\n    name: Not Found\n", "")
            + "retired:\n  - id: NOT_FOUND\n    code: 404\n    reason: Never sent since 2.0.\n";
    assertThat(compare(BASELINE, current)).isEmpty();
  }

  @Test
  void aRenamedStatusWhoseDerivedIdChangedSuggestsKeepingTheId() {
    String current = BASELINE.replace("name: Not Found", "name: Not Here");
    List<Diagnostic> all = compare(BASELINE, current);
    assertThat(summary(all)).containsExactly("statuses-added@4:5", "status-removed@5:5");
    Diagnostic removed = all.get(1);
    assertThat(removed.related()).contains(new Location(SpecPairs.BASELINE, new Position(4, 5)));
    assertThat(removed.text())
        .startsWith(
            "status NOT_FOUND (404 Not Found) of the baseline is gone (did you mean 'id:"
                + " NOT_FOUND'?): ");
  }

  @Test
  void codeChanged() {
    String current = BASELINE.replace("code: 404", "code: 410");
    Diagnostic d = single(compare(BASELINE, current), "code-changed", 4, 11, 4, 11);
    assertThat(d.text())
        .isEqualTo(
            "the code of NOT_FOUND changed from 404 to 410: clients that match the old code no"
                + " longer find it; keep the old code, or retire the id and add a status with a"
                + " new id (was at statuses-1.4.yaml:4:11)");
  }

  @Test
  void errorCodeChanged() {
    String current = BASELINE.replace("errorCode: conflict", "errorCode: duplicate");
    Diagnostic d = single(compare(BASELINE, current), "error-code-changed", 8, 5, 8, 5);
    assertThat(d.text())
        .isEqualTo(
            "the errorCode of CONFLICT changed from 'conflict' to 'duplicate': clients that send"
                + " or match the old one get another status; keep the old errorCode, or retire"
                + " the id and add a status with a new id (was at statuses-1.4.yaml:8:5)");
  }

  @Test
  void errorCodeAdded() {
    String current = BASELINE.replace("name: Not Found\n", "name: Not Found\n    errorCode: nf\n");
    Diagnostic d = single(compare(BASELINE, current), "error-code-changed", 6, 5, 4, 5);
    assertThat(d.text()).startsWith("the errorCode of NOT_FOUND changed from none to 'nf': ");
  }

  @Test
  void errorCodeRemoved() {
    String baseline = BASELINE.replace("name: Not Found\n", "name: Not Found\n    errorCode: nf\n");
    Diagnostic d = single(compare(baseline, BASELINE), "error-code-changed", 4, 5, 6, 5);
    assertThat(d.text()).startsWith("the errorCode of NOT_FOUND changed from 'nf' to none: ");
  }

  @Test
  void exceptionRenamed() {
    String current = BASELINE.replace("BackendDownException", "BackendFailedException");
    Diagnostic d = single(compare(BASELINE, current), "exception-renamed", 15, 5, 15, 5);
    assertThat(d.text())
        .isEqualTo(
            "the exception of SERVICE_UNAVAILABLE was renamed from BackendDownException to"
                + " BackendFailedException: code that throws or catches BackendDownException no"
                + " longer compiles; keep the old name with 'exception: BackendDownException'"
                + " (was at statuses-1.4.yaml:15:5)");
  }

  @Test
  void exceptionRenamedByDroppingTheExceptionKeyPointsAtTheName() {
    String current = BASELINE.replace("    exception: BackendDownException\n", "");
    Diagnostic d = single(compare(BASELINE, current), "exception-renamed", 14, 5, 15, 5);
    assertThat(d.text()).contains("from BackendDownException to ServiceUnavailableException");
  }

  @Test
  void defaultChanged() {
    String current =
        """
        statuses:
          - code: 200
            name: OK
          - code: 404
            name: Not Found
          - code: 409
            id: TENANT_SUSPENDED
            name: Tenant Suspended
            errorCode: tenant_suspended
          - code: 409
            name: Conflict
            errorCode: conflict
          - code: 503
            name: Service Unavailable
            exception: BackendDownException
        """;
    Diagnostic d = single(compare(BASELINE, current), "default-changed", 6, 5, 6, 5);
    assertThat(d.text())
        .isEqualTo(
            "the default status of code 409 changed from CONFLICT to TENANT_SUSPENDED:"
                + " fromCode(409), resolve(409) and responses with an errorCode the spec does not"
                + " know now give TENANT_SUSPENDED; list CONFLICT first again among the statuses"
                + " of code 409 (was at statuses-1.4.yaml:6:5)");
  }

  @Test
  void aNewStatusListedFirstForACodeChangesItsDefault() {
    String current =
        BASELINE.replace(
            "  - code: 409\n    name: Conflict\n",
            "  - code: 409\n    name: Locked Record\n    errorCode: locked\n"
                + "  - code: 409\n    name: Conflict\n");
    List<Diagnostic> all = compare(BASELINE, current);
    assertThat(summary(all)).containsExactly("default-changed@6:5", "statuses-added@6:5");
    assertThat(all.get(0).text()).contains("from CONFLICT to LOCKED_RECORD");
  }

  @Test
  void theDefaultOfACodeWhoseDefaultWasRetiredIsNotReportedAgain() {
    String current =
        BASELINE.replace("  - code: 409\n    name: Conflict\n    errorCode: conflict\n", "")
            + "retired:\n  - id: CONFLICT\n    code: 409\n    errorCode: conflict\n";
    assertThat(compare(BASELINE, current)).isEmpty();
  }

  @Test
  void retiredReusedAgainstTheBaselinesRetiredList() {
    String baseline = BASELINE + "retired:\n  - id: LEGACY\n    code: 409\n    errorCode: legacy\n";
    String current = BASELINE.replace("errorCode: tenant_suspended", "errorCode: legacy");
    List<Diagnostic> all = compare(baseline, current);
    assertThat(summary(all))
        .as("the retired entry was dropped, and its errorCode taken")
        .containsExactly("retired-removed@1:1", "error-code-changed@12:5", "retired-reused@12:5");
    Diagnostic d = all.get(2);
    assertThat(d.related()).contains(new Location(SpecPairs.BASELINE, new Position(18, 5)));
    assertThat(d.text())
        .isEqualTo(
            "status TENANT_SUSPENDED uses code 409 with errorCode 'legacy' of the retired status"
                + " LEGACY (409, errorCode legacy): clients and servers of older releases still"
                + " give it the retired meaning; choose another one (retired at"
                + " statuses-1.4.yaml:18:5)");
  }

  @Test
  void retiredReusedInTheSpecItselfNamesTheRetiredLineOfTheSpec() {
    String current = BASELINE + "retired:\n  - id: NOT_FOUND\n    code: 404\n";
    List<Diagnostic> all = compare(BASELINE, current);
    assertThat(summary(all)).containsExactly("retired-reused@5:5");
    assertThat(all.get(0).related()).contains(new Location(SpecPairs.CURRENT, new Position(17, 5)));
    assertThat(all.get(0).format())
        .isEqualTo(
            "[statusspec:retired-reused] statuses.yaml:5:5: status NOT_FOUND uses the id"
                + " NOT_FOUND of the retired status NOT_FOUND (404): clients and servers of"
                + " older releases still give it the retired meaning; choose another one"
                + " (retired at statuses.yaml:17:5)");
  }

  @Test
  void nameChangedIsReportedAtTheNameAndNamesTheBaselines() {
    Diagnostic d =
        single(
            compare("name: Shop\n" + BASELINE, "name: Store\n" + BASELINE),
            "name-changed",
            1,
            7,
            1,
            7);
    assertThat(d.text())
        .isEqualTo(
            "the prefix of the generated types changed from Shop to Store (the spec's 'name:',"
                + " else the interface's name): ShopStatus, ShopException and every other"
                + " generated type would be renamed, so code that uses them no longer compiles;"
                + " keep 'name: Shop' (was at statuses-1.4.yaml:1:7)");
  }

  @Test
  void aNameRemovedChangesThePrefixToTheInterfacesNameAtTheTopOfTheSpec() {
    Diagnostic d = single(compare("name: Shop\n" + BASELINE, BASELINE), "name-changed", 1, 1, 1, 7);
    assertThat(d.text()).contains("changed from Shop to Api").contains("keep 'name: Shop'");
  }

  @Test
  void aNameAddedThatIsTheInterfacesNameChangesNothing() {
    assertThat(compare(BASELINE, "name: Api\n" + BASELINE)).isEmpty();
    assertThat(summary(compare(BASELINE, "description: Orders.\nname: Shop\n" + BASELINE)))
        .containsExactly("name-changed@2:7");
  }

  @Test
  void retiredRemovedIsReportedAtTheRetiredKeyAndNamesTheBaselinesEntry() {
    String retired =
        "retired:\n  - id: LEGACY\n    code: 409\n    errorCode: legacy\n"
            + "  - id: OLD_GONE\n    code: 410\n";
    String current = BASELINE + "retired:\n  - id: OLD_GONE\n    code: 410\n";
    Diagnostic d = single(compare(BASELINE + retired, current), "retired-removed", 16, 1, 17, 5);
    assertThat(d.text())
        .isEqualTo(
            "the retired status LEGACY (409, errorCode legacy) of the baseline is no longer"
                + " listed under 'retired:': a retired entry stays forever, so that no later"
                + " status takes its id, code or errorCode, which clients and servers of older"
                + " releases would read with the retired meaning; list it under 'retired:' again"
                + " (was at statuses-1.4.yaml:17:5)");
  }

  @Test
  void retiredRemovedWithoutARetiredKeyIsReportedAtTheStatusesKey() {
    String retired =
        "retired:\n  - id: LEGACY\n    code: 409\n    errorCode: legacy\n"
            + "  - id: OLD_GONE\n    code: 410\n";
    List<Diagnostic> all = compare(BASELINE + retired, BASELINE);
    assertThat(summary(all)).containsExactly("retired-removed@1:1", "retired-removed@1:1");
    assertThat(all)
        .extracting(d -> d.related().orElseThrow().position().line())
        .containsExactlyInAnyOrder(17, 20);
  }

  @Test
  void aRetiredEntryKeptIsNoChange() {
    String retired = "retired:\n  - id: LEGACY\n    code: 409\n    errorCode: legacy\n";
    assertThat(compare(BASELINE + retired, BASELINE + retired)).isEmpty();
  }

  @Test
  void aReleaseThatReusesARetiredIdStillGetsEveryOtherBreakingChangeInOneBuild() {
    String baseline = "name: Shop\n" + BASELINE;
    String current =
        "name: Store\n"
            + BASELINE.replace("code: 404", "code: 410")
            + "  - code: 400\n    id: LEGACY\n    name: Legacy\n"
            + "retired:\n  - id: LEGACY\n    code: 409\n    errorCode: legacy\n";
    List<Diagnostic> all = compare(baseline, current);
    assertThat(summary(all))
        .containsExactly(
            "name-changed@1:7", "code-changed@5:11", "statuses-added@17:5", "retired-reused@18:5");
    assertThat(all.get(3).related()).contains(new Location(SpecPairs.CURRENT, new Position(21, 5)));
  }

  @Test
  void statusesAddedAreANoteListingTheNewHandlerMethods() {
    String current =
        BASELINE
            + "  - code: 429\n    name: Too Many Requests\n    retryable: true\n"
            + "  - code: 202\n    name: Accepted\n";
    List<Diagnostic> all = compare(BASELINE, current);
    assertThat(summary(all)).containsExactly("statuses-added@16:5");
    Diagnostic note = all.get(0);
    assertThat(note.severity()).isEqualTo(Severity.NOTE);
    assertThat(note.related()).isEmpty();
    assertThat(note.text())
        .isEqualTo(
            "statuses added since the baseline statuses-1.4.yaml: TOO_MANY_REQUESTS, ACCEPTED;"
                + " every implementation of these handlers must now have:\n"
                + "  - ApiStatusHandler.onTooManyRequests()\n"
                + "  - ApiStatusHandler.onAccepted()\n"
                + "  - ApiExceptionHandler.onTooManyRequests(TooManyRequestsException)");
  }

  @Test
  void statusesAddedToAnOperationAddMethodsToItsHandlerOnly() {
    String operations =
        "operations:\n  getOrder:\n    statuses: [OK, NOT_FOUND]\n"
            + "  cancelOrder:\n    statuses: [OK]\n";
    String current =
        BASELINE
            + "  - code: 410\n    name: Gone\n"
            + operations.replace("[OK, NOT_FOUND]", "[OK, NOT_FOUND, GONE, CONFLICT]")
            + "  archiveOrder:\n    statuses: [OK, GONE]\n";
    List<Diagnostic> all = compare(BASELINE + operations, current);
    assertThat(summary(all)).containsExactly("statuses-added@16:5");
    assertThat(all.get(0).text())
        .isEqualTo(
            "statuses added since the baseline statuses-1.4.yaml: GONE, GONE in operation"
                + " getOrder, CONFLICT in operation getOrder; every implementation of these"
                + " handlers must now have:\n"
                + "  - ApiStatusHandler.onGone()\n"
                + "  - ApiExceptionHandler.onGone(GoneException)\n"
                + "  - ApiGetOrderHandler.onGone()\n"
                + "  - ApiGetOrderHandler.onConflict()");
  }

  @Test
  void aStatusAddedOnlyToAnOperationIsNotedAtTheOperation() {
    String operations = "operations:\n  getOrder:\n    statuses: [OK]\n";
    List<Diagnostic> all =
        compare(BASELINE + operations, BASELINE + operations.replace("[OK]", "[OK, NOT_FOUND]"));
    assertThat(summary(all)).containsExactly("statuses-added@18:20");
    assertThat(all.get(0).text())
        .startsWith(
            "statuses added since the baseline statuses-1.4.yaml: NOT_FOUND in operation"
                + " getOrder;")
        .endsWith(":\n  - ApiGetOrderHandler.onNotFound()");
  }

  @Test
  void textChangesAreNeverBreaking() {
    String current =
        """
        statuses:
          - code: 200
            name: All Good
            id: OK
            description: Now with a description.
          - code: 404
            name: Not Found
            deprecated: use 410
            retryable: true
          - code: 409
            name: Conflict
            errorCode: conflict
            description: Reworded.
          - code: 409
            id: TENANT_SUSPENDED
            name: Tenant Frozen
            errorCode: tenant_suspended
          - code: 503
            name: Service Unavailable
            exception: BackendDownException
            retryable: true
        """;
    assertThat(compare(BASELINE, current)).isEmpty();
  }

  @Test
  void everyChangeIsReportedNotOnlyTheFirst() {
    String current =
        """
        statuses:
          - code: 201
            name: OK
          - code: 409
            id: TENANT_SUSPENDED
            name: Tenant Suspended
            errorCode: suspended
          - code: 409
            name: Conflict
            errorCode: conflict
          - code: 503
            name: Service Unavailable
        """;
    assertThat(summary(compare(BASELINE, current)))
        .containsExactly(
            "code-changed@2:11",
            "default-changed@4:5",
            "error-code-changed@7:5",
            "status-removed@8:5",
            "exception-renamed@12:5");
  }

  @Test
  void warnReportsTheSameIdsAsWarnings() {
    String current = BASELINE.replace("code: 404", "code: 410");
    List<Diagnostic> all = compare(BASELINE, current, Optional.of(Severity.WARNING));
    assertThat(summary(all)).containsExactly("code-changed@4:11");
    assertThat(all.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void warnReportsTheNewIdsAsWarnings() {
    String retired = "retired:\n  - id: LEGACY\n    code: 409\n    errorCode: legacy\n";
    List<Diagnostic> all =
        compare(
            "name: Shop\n" + BASELINE + retired,
            "name: Store\n" + BASELINE,
            Optional.of(Severity.WARNING));
    assertThat(summary(all)).containsExactly("name-changed@1:7", "retired-removed@2:1");
    assertThat(all).allMatch(d -> d.severity() == Severity.WARNING);
    assertThat(
            compare(
                "name: Shop\n" + BASELINE + retired, "name: Store\n" + BASELINE, Optional.empty()))
        .isEmpty();
  }

  @Test
  void offReportsNoBreakingChangeButStillTheNote() {
    String current =
        BASELINE.replace("code: 404", "code: 410") + "  - code: 202\n    name: Accepted\n";
    assertThat(summary(compare(BASELINE, current, Optional.empty())))
        .containsExactly("statuses-added@16:5");
  }
}
