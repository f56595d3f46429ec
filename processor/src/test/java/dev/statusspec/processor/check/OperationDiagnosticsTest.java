package dev.statusspec.processor.check;

import static dev.statusspec.processor.testing.SpecDiagnostics.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.testing.SpecDiagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code operations:} section, loaded without javac: what binds, and each diagnostic with its
 * id, line, column and text.
 */
class OperationDiagnosticsTest {

  /** Lines 1 to 10; {@code operations:} is line 11, its first key line 12. */
  private static final String STATUSES =
      "statuses:\n"
          + "  - code: 201\n"
          + "    name: Created\n"
          + "  - code: 409\n"
          + "    name: Conflict\n"
          + "    errorCode: conflict\n"
          + "  - code: 409\n"
          + "    id: TENANT_SUSPENDED\n"
          + "    name: Tenant Suspended\n"
          + "    errorCode: tenant_suspended\n";

  private static String spec(String operations) {
    return STATUSES + "operations:\n" + operations;
  }

  @Test
  void operationsBindInOrderWithTheirIdsAndPositions() {
    Spec spec =
        SpecDiagnostics.valid(
            spec(
                "  createField:\n"
                    + "    description: Creates a field.\n"
                    + "    statuses: [CREATED, CONFLICT, TENANT_SUSPENDED]\n"
                    + "  getV2:\n"
                    + "    statuses:\n"
                    + "      - CREATED\n"));
    assertThat(spec.operations())
        .extracting(Operation::name)
        .containsExactly("createField", "getV2");
    Operation create = spec.operations().get(0);
    assertThat(create.description()).isEqualTo("Creates a field.");
    assertThat(create.pascalName()).isEqualTo("CreateField");
    assertThat(create.ids()).containsExactly("CREATED", "CONFLICT", "TENANT_SUSPENDED");
    assertThat(create.namePosition().line()).isEqualTo(12);
    assertThat(create.namePosition().column()).isEqualTo(3);
    assertThat(create.statuses().get(1).position().line()).isEqualTo(14);
    assertThat(create.statuses().get(1).position().column()).isEqualTo(25);
    assertThat(spec.statusesOf(create))
        .extracting(s -> s.id())
        .containsExactly("CREATED", "CONFLICT", "TENANT_SUSPENDED");
    assertThat(spec.operationsByStatusId().get(spec.statuses().get(0).id()))
        .extracting(Operation::name)
        .containsExactly("createField", "getV2");
    assertThat(spec.operations().get(1).description()).isEmpty();
  }

  @Test
  void noOperationsEmptyOperationsAndAnEmptyMappingAllMeanNone() {
    assertThat(SpecDiagnostics.valid(STATUSES).operations()).isEmpty();
    assertThat(SpecDiagnostics.valid(STATUSES + "operations:\n").operations()).isEmpty();
    assertThat(SpecDiagnostics.valid(STATUSES + "operations: ~\n").operations()).isEmpty();
    assertThat(SpecDiagnostics.valid(STATUSES + "operations: {}\n").operations()).isEmpty();
  }

  @Test
  void operationsNotAMapping() {
    Diagnostic d = single(spec("  - createField\n"), "operations-not-mapping", 12, 3);
    assertThat(d.text())
        .isEqualTo(
            "'operations' must be a mapping from operation names to operations, such as"
                + " 'createField:' with 'statuses: [CREATED, CONFLICT]' below it, not a list");
    single(STATUSES + "operations: createField\n", "operations-not-mapping", 11, 13);
  }

  @Test
  void operationNameNotLowerCamelCaseSuggestsTheFixedForm() {
    Diagnostic d =
        single(spec("  create_field:\n    statuses: [CREATED]\n"), "invalid-operation-name", 12, 3);
    assertThat(d.text())
        .isEqualTo(
            "operation name 'create_field' is not lowerCamelCase: it must be a lower-case ASCII"
                + " letter, then ASCII letters and digits, at most 200 characters, like an OpenAPI"
                + " operationId (did you mean 'createField'?)");
    assertThat(
            single(spec("  CreateField: {statuses: [CREATED]}\n"), "invalid-operation-name", 12, 3)
                .text())
        .endsWith("(did you mean 'createField'?)");
    assertThat(
            single(spec("  GET_FIELD: {statuses: [CREATED]}\n"), "invalid-operation-name", 12, 3)
                .text())
        .endsWith("(did you mean 'getField'?)");
    assertThat(
            single(spec("  get-café: {statuses: [CREATED]}\n"), "invalid-operation-name", 12, 3)
                .text())
        .endsWith("(did you mean 'getCafe'?)");
    assertThat(
            single(spec("  2fa: {statuses: [CREATED]}\n"), "invalid-operation-name", 12, 3).text())
        .endsWith("operationId");
    assertThat(
            single(
                    spec("  a" + "b".repeat(200) + ": {statuses: [CREATED]}\n"),
                    "invalid-operation-name",
                    12,
                    3)
                .text())
        .endsWith("operationId");
  }

  @Test
  void twoOperationsWhoseTypeNamesDifferOnlyInLetterCase() {
    Diagnostic d =
        single(
            spec("  getV2:\n    statuses: [CREATED]\n  getv2:\n    statuses: [CREATED]\n"),
            "operation-name-clash",
            14,
            3);
    assertThat(d.text())
        .isEqualTo(
            "operations 'getv2' and 'getV2' (line 12) give the same type names but for letter case"
                + " (Getv2, GetV2), which Windows and macOS file systems do not tell apart; rename"
                + " one of them");
  }

  @Test
  void anOperationIdNamesTheOperationOnTheWire() {
    Spec spec =
        SpecDiagnostics.valid(
            spec(
                "  createField:\n    statuses: [CREATED]\n    operationId: post-fields\n"
                    + "  getField:\n    statuses: [CREATED]\n"));
    assertThat(spec.operations().get(0).wireId()).isEqualTo("post-fields");
    assertThat(spec.operations().get(0).operationIdPosition().line()).isEqualTo(14);
    assertThat(spec.operations().get(1).operationId()).isEmpty();
    assertThat(spec.operations().get(1).wireId()).isEqualTo("getField");
  }

  @Test
  void twoOperationsWithOneOperationIdOnTheWire() {
    Diagnostic d =
        single(
            spec(
                "  createField:\n    statuses: [CREATED]\n"
                    + "  postField:\n    statuses: [CREATED]\n    operationId: createField\n"),
            "duplicate-operation-id",
            16,
            18);
    assertThat(d.text())
        .isEqualTo(
            "operations 'postField' and 'createField' (line 12) have the same operationId"
                + " 'createField' on the wire (an operation's 'operationId:', else its name);"
                + " operationIds are unique in an API");
    single(
        spec(
            "  a:\n    statuses: [CREATED]\n    operationId: x\n"
                + "  b:\n    statuses: [CREATED]\n    operationId: x\n"),
        "duplicate-operation-id",
        17,
        18);
  }

  @Test
  void anEmptyOperationIdIsAnError() {
    single(
        spec("  createField:\n    statuses: [CREATED]\n    operationId: ''\n"),
        "empty-value",
        14,
        18);
  }

  @Test
  void unknownKeyInAnOperationSuggestsTheKey() {
    Diagnostic d =
        single(
            spec("  createField:\n    statuses: [CREATED]\n    descripton: x\n"),
            "unknown-key",
            14,
            5);
    assertThat(d.text())
        .isEqualTo(
            "unknown key 'descripton' (did you mean 'description'?); the keys allowed here are:"
                + " description, statuses, operationId");
    // A misspelt 'statuses' is reported once, as the unknown key, not also as missing.
    assertThat(single(spec("  createField:\n    status: [CREATED]\n"), "unknown-key", 13, 5).text())
        .contains("(did you mean 'statuses'?)");
  }

  @Test
  void operationNotAMapping() {
    Diagnostic d = single(spec("  createField: [CREATED]\n"), "operation-not-mapping", 12, 16);
    assertThat(d.text())
        .isEqualTo(
            "operation 'createField' must be a mapping with a 'statuses:' list, such as"
                + " 'statuses: [CREATED, CONFLICT]', not a list");
    single(spec("  createField:\n"), "operation-not-mapping", 12, 15);
  }

  @Test
  void statusesMissing() {
    Diagnostic d =
        single(spec("  createField:\n    description: x\n"), "operation-missing-statuses", 12, 3);
    assertThat(d.text())
        .isEqualTo(
            "operation 'createField' has no 'statuses:' list; list the ids of the statuses it"
                + " returns, e.g. 'statuses: [OK, NOT_FOUND]'");
  }

  @Test
  void statusesEmpty() {
    Diagnostic d =
        single(spec("  createField:\n    statuses: []\n"), "operation-empty-statuses", 13, 5);
    assertThat(d.text())
        .isEqualTo(
            "operation 'createField' lists no statuses; list the ids of those it returns, at"
                + " least one");
    single(spec("  createField:\n    statuses:\n"), "operation-empty-statuses", 13, 5);
  }

  @Test
  void statusesNotAList() {
    Diagnostic d =
        single(
            spec("  createField:\n    statuses: CREATED\n"), "operation-statuses-not-list", 13, 15);
    assertThat(d.text())
        .isEqualTo(
            "the 'statuses' of operation 'createField' must be a list of status ids, such as [OK,"
                + " NOT_FOUND], not the text 'CREATED'");
    single(
        spec("  createField:\n    statuses: {CREATED: 201}\n"),
        "operation-statuses-not-list",
        13,
        15);
  }

  @Test
  void anEntryThatIsNotAnId() {
    Diagnostic d =
        single(
            spec("  createField:\n    statuses: [CREATED, [CONFLICT]]\n"),
            "operation-status-not-id",
            13,
            25);
    assertThat(d.text())
        .isEqualTo(
            "each entry of the 'statuses' of operation 'createField' must be the id of a status,"
                + " such as NOT_FOUND, not a list");
    single(spec("  createField:\n    statuses: [CREATED, ~]\n"), "operation-status-not-id", 13, 25);
  }

  @Test
  void anIdTheSpecDoesNotHaveSuggestsTheClosestId() {
    Diagnostic d =
        single(
            spec("  createField:\n    statuses: [CREATED, CONFLIKT]\n"),
            "unknown-operation-status",
            13,
            25);
    assertThat(d.text())
        .isEqualTo(
            "operation 'createField' lists 'CONFLIKT', which is not the id of a status of the spec"
                + " (did you mean 'CONFLICT'?); list statuses by their ids");
    assertThat(
            single(
                    spec("  createField:\n    statuses: [CREATED, GONE]\n"),
                    "unknown-operation-status",
                    13,
                    25)
                .text())
        .doesNotContain("did you mean");
  }

  @Test
  void aReasonPhraseWhereAnIdBelongsSuggestsItsId() {
    assertThat(
            single(
                    spec("  createField:\n    statuses: [CREATED, Conflict]\n"),
                    "unknown-operation-status",
                    13,
                    25)
                .text())
        .contains(
            "lists 'Conflict', which is not the id of a status of the spec (did you mean"
                + " 'CONFLICT'?)");
    assertThat(
            single(
                    spec("  createField:\n    statuses: [Tenant Suspended]\n"),
                    "unknown-operation-status",
                    13,
                    16)
                .text())
        .contains("(did you mean 'TENANT_SUSPENDED'?)");
  }

  @Test
  void aCodeWhereAnIdBelongsSuggestsTheIdsWithThatCode() {
    assertThat(
            single(
                    spec("  createField:\n    statuses: [CREATED, 409]\n"),
                    "unknown-operation-status",
                    13,
                    25)
                .text())
        .contains(
            "lists '409', which is not the id of a status of the spec (did you mean"
                + " 'CONFLICT' or 'TENANT_SUSPENDED'?)");
    assertThat(
            single(
                    spec("  createField:\n    statuses: [201]\n"),
                    "unknown-operation-status",
                    13,
                    16)
                .text())
        .contains("(did you mean 'CREATED'?)");
    assertThat(
            single(
                    spec("  createField:\n    statuses: [404]\n"),
                    "unknown-operation-status",
                    13,
                    16)
                .text())
        .doesNotContain("did you mean");
  }

  @Test
  void anIdListedTwiceInOneOperation() {
    Diagnostic d =
        single(
            spec("  createField:\n    statuses: [CREATED, CONFLICT, CREATED]\n"),
            "duplicate-operation-status",
            13,
            35);
    assertThat(d.text())
        .isEqualTo(
            "operation 'createField' lists CREATED twice (first at line 13, column 16); remove"
                + " one");
    // The same id in two operations is what operations are for.
    SpecDiagnostics.valid(spec("  a:\n    statuses: [CREATED]\n  b:\n    statuses: [CREATED]\n"));
  }

  @Test
  void anOperationNamedLikeAGeneratedTypeClashesWithIt() {
    Diagnostic d = single(spec("  status:\n    statuses: [CREATED]\n"), "type-name-clash", 12, 3);
    assertThat(d.text())
        .isEqualTo(
            "the generated type ApiStatusHandler (the handler of operation 'status') would have"
                + " the same name as the generated ApiStatusHandler; rename the operation");
    assertThat(
            single(spec("  exception:\n    statuses: [CREATED]\n"), "type-name-clash", 12, 3)
                .text())
        .contains("ApiExceptionHandler (the handler of operation 'exception')");
  }

  @Test
  void anOperationsErrorTypeNamedLikeAnExceptionClashesWithIt() {
    String yaml =
        STATUSES.replace(
                "    errorCode: conflict\n",
                "    errorCode: conflict\n    exception: ApiOopsError\n")
            + "operations:\n  oops:\n    statuses: [CONFLICT]\n";
    Diagnostic d = single(yaml, "type-name-clash", 13, 3);
    assertThat(d.text())
        .isEqualTo(
            "the generated type ApiOopsError (the error type of operation 'oops') would have the"
                + " same name as the exception ApiOopsError of 409 Conflict (errorCode conflict)"
                + " (line 7); rename the operation");
  }

  @Test
  void everyProblemOfEveryOperationIsReportedInOnePass() {
    List<Diagnostic> all =
        SpecDiagnostics.of(
            spec(
                "  Bad_Name:\n    statuses: [CREATED]\n"
                    + "  b:\n    statuses: [NOPE, CREATED, CREATED]\n"
                    + "  c:\n    description: x\n"));
    assertThat(all)
        .extracting(x -> x.message().id())
        .containsExactly("invalid-operation-name", "operation-missing-statuses");
    // The ids are checked once every operation is well formed.
    assertThat(
            SpecDiagnostics.of(
                spec("  b:\n    statuses: [NOPE, CREATED, CREATED]\n  c:\n    statuses: [X]\n")))
        .extracting(x -> x.message().id())
        .containsExactly(
            "unknown-operation-status", "duplicate-operation-status", "unknown-operation-status");
  }
}
