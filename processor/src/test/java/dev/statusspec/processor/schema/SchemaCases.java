package dev.statusspec.processor.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Specs written to cover every rule of the format, each valid or broken in one way: a valid case
 * and an invalid one for every rule the schema expresses, and one case per {@link
 * ProcessorOnlyRule} showing the schema accepts what only the processor can refuse.
 */
final class SchemaCases {

  /**
   * One spec and what both checkers should say about it.
   *
   * @param name what the case shows
   * @param yaml the spec
   * @param valid whether the processor accepts it
   * @param processorOnly for an invalid spec the schema cannot refuse, the rule it breaks
   */
  record Case(String name, String yaml, boolean valid, Optional<ProcessorOnlyRule> processorOnly) {
    @Override
    public String toString() {
      return (valid ? "valid: " : processorOnly.isPresent() ? "processor only: " : "invalid: ")
          + name;
    }
  }

  private static final String OK = "  - code: 200\n    name: OK\n";

  private SchemaCases() {}

  static List<Case> all() {
    List<Case> all = new ArrayList<>();
    valid(all);
    invalidShape(all);
    invalidStatus(all);
    operations(all);
    retired(all);
    processorOnly(all);
    operationsOnly(all);
    return all;
  }

  private static void valid(List<Case> all) {
    all.add(valid("minimal", "statuses:\n" + OK));
    all.add(
        valid(
            "every key",
            """
            name: FieldApi
            description: >
              Status codes of the Field API.
            statuses:
              - code: 409
                id: CONFLICT
                name: Conflict
                description: A duplicate entry.
                errorCode: conflict
                retryable: false
                deprecated: false
                exception: ConflictingEntryException
              - code: 409
                id: TENANT_SUSPENDED
                name: Tenant Suspended
                errorCode: tenant_suspended
                retryable: true
                deprecated: Use 403 instead.
            """));
    all.add(
        valid(
            "empty optional values that mean 'absent'",
            """
            description:
            statuses:
              - code: 200
                name: OK
                description:
                retryable:
                deprecated:
            """));
    for (String key : List.of("id", "errorCode", "exception")) {
      all.add(
          invalid(
              "empty " + key + " (a value was meant: say it, or remove the key)",
              "statuses:\n  - code: 400\n    name: Bad Request\n    " + key + ":\n"));
    }
    all.add(invalid("empty spec name", "name:\nstatuses:\n  - code: 200\n    name: OK\n"));
    all.add(
        valid(
            "codes 100 and 599",
            "statuses:\n"
                + "  - {code: 100, name: Continue}\n"
                + "  - {code: 599, name: Network Timeout}\n"));
    all.add(
        valid(
            "numbers and booleans as text",
            one("code: 404, name: 404, id: NOT_FOUND, errorCode: 1001, description: 12.5")));
    all.add(valid("an errorCode no is the text no", one("code: 200, name: OK, errorCode: no")));
    all.add(valid("deprecated true", one("code: 200, name: OK, deprecated: true")));
    all.add(valid("quoted yes in deprecated", one("code: 200, name: OK, deprecated: 'yes'")));
    all.add(valid("retryable True", one("code: 503, name: X, retryable: True")));
    all.add(
        valid(
            "exception on 4xx and 5xx",
            "statuses:\n"
                + "  - {code: 400, name: Bad Request, exception: InvalidInput}\n"
                + "  - {code: 500, name: Oops, exception: Oops2}\n"));
    all.add(valid("id with digits", one("code: 505, name: X, id: HTTP2_ERROR_3")));
    all.add(
        valid(
            "derived id with accents and apostrophes",
            one("code: 418, name: \"Café I'm a teapot\"")));
    all.add(valid("id of 200 characters", one("code: 200, name: OK, id: " + "A".repeat(200))));
    all.add(valid("the most statuses", many(2500)));
    all.add(
        valid(
            "problem section and types",
            """
            problem:
              typeBase: https://api.example.com/problems/
              errorCodeMember: errorCode
            statuses:
              - {code: 409, name: Conflict, errorCode: conflict}
              - {code: 409, name: Suspended, errorCode: suspended, type: tenant-suspended}
              - {code: 410, name: Gone, type: 'urn:example:gone'}
            """));
    all.add(valid("empty problem section", "problem:\nstatuses:\n" + OK));
    all.add(
        valid(
            "type about:blank twice",
            "statuses:\n"
                + "  - {code: 410, name: Gone, type: 'about:blank'}\n"
                + "  - {code: 411, name: X, type: 'about:blank'}\n"));
  }

  private static void invalidShape(List<Case> all) {
    all.add(invalid("empty file", ""));
    all.add(invalid("only a comment", "# nothing\n"));
    all.add(invalid("top level is a list", "- code: 200\n  name: OK\n"));
    all.add(invalid("top level is text", "statuses\n"));
    all.add(invalid("no statuses", "name: Api\n"));
    all.add(invalid("statuses empty", "statuses:\n"));
    all.add(invalid("statuses an empty list", "statuses: []\n"));
    all.add(invalid("statuses a mapping", "statuses:\n  code: 200\n  name: OK\n"));
    all.add(invalid("a status is text", "statuses:\n  - OK\n"));
    all.add(invalid("a status is a list", "statuses:\n  - [200, OK]\n"));
    all.add(invalid("unknown top-level key", "version: 1\nstatuses:\n" + OK));
    all.add(invalid("misspelt top-level key", "status:\n" + OK));
    all.add(invalid("name of the spec in lower case", "name: fieldApi\nstatuses:\n" + OK));
    all.add(invalid("name of the spec with a space", "name: Field Api\nstatuses:\n" + OK));
    all.add(invalid("name of the spec is a list", "name: [A]\nstatuses:\n" + OK));
    all.add(invalid("description is a mapping", "description: {a: b}\nstatuses:\n" + OK));
    all.add(invalid("too many statuses", many(2501)));
    all.add(invalid("problem is text", "problem: https://x.example/\nstatuses:\n" + OK));
    all.add(invalid("unknown problem key", "problem: {base: 'https://x/'}\nstatuses:\n" + OK));
    all.add(invalid("typeBase relative", "problem: {typeBase: /p/}\nstatuses:\n" + OK));
    all.add(
        invalid("typeBase with a space", "problem: {typeBase: 'https://x/a b'}\nstatuses:\n" + OK));
    all.add(invalid("typeBase a number", "problem: {typeBase: 42}\nstatuses:\n" + OK));
    all.add(
        invalid(
            "errorCodeMember with a hyphen",
            "problem: {errorCodeMember: error-code}\nstatuses:\n" + OK));
    all.add(
        invalid("errorCodeMember a number", "problem: {errorCodeMember: 12}\nstatuses:\n" + OK));
    all.add(
        invalid("errorCodeMember detail", "problem: {errorCodeMember: detail}\nstatuses:\n" + OK));
    all.add(invalid("type with a space", one("code: 410, name: Gone, type: 'urn:x a'")));
    all.add(invalid("type a number", one("code: 410, name: Gone, type: 410")));
  }

  private static void invalidStatus(List<Case> all) {
    all.add(invalid("unknown status key", "statuses:\n" + OK + "    retriable: true\n"));
    all.add(invalid("missing code", "statuses:\n  - name: OK\n"));
    all.add(invalid("missing name", "statuses:\n  - code: 200\n"));
    all.add(invalid("code empty", one("code: , name: OK")));
    all.add(invalid("code quoted", one("code: '200', name: OK")));
    all.add(invalid("code is a word", one("code: OK, name: OK")));
    all.add(invalid("code 99", one("code: 99, name: X")));
    all.add(invalid("code 600", one("code: 600, name: X")));
    all.add(invalid("code negative", one("code: -200, name: X")));
    all.add(invalid("code with a fraction", one("code: 200.5, name: X")));
    all.add(invalid("code huge", one("code: 99999999999999999999, name: X")));
    all.add(invalid("name empty", one("code: 200, name: ")));
    all.add(invalid("name blank", one("code: 200, name: '  '")));
    all.add(invalid("name a list", one("code: 200, name: [OK]")));
    all.add(invalid("id in lower case", one("code: 200, name: OK, id: ok")));
    all.add(invalid("id with a double underscore", one("code: 200, name: OK, id: A__B")));
    all.add(invalid("id ending in an underscore", one("code: 200, name: OK, id: OK_")));
    all.add(invalid("id starting with a digit", one("code: 200, name: OK, id: 2XX")));
    all.add(invalid("id a number", one("code: 200, name: OK, id: 200")));
    all.add(invalid("id of 201 characters", one("code: 200, name: OK, id: " + "A".repeat(201))));
    all.add(invalid("errorCode a mapping", one("code: 200, name: OK, errorCode: {a: 1}")));
    all.add(invalid("description a list", one("code: 200, name: OK, description: [a]")));
    all.add(invalid("retryable yes", one("code: 503, name: X, retryable: yes")));
    all.add(invalid("retryable quoted", one("code: 503, name: X, retryable: 'true'")));
    all.add(invalid("retryable 1", one("code: 503, name: X, retryable: 1")));
    all.add(invalid("deprecated a number", one("code: 200, name: OK, deprecated: 2")));
    all.add(invalid("deprecated a list", one("code: 200, name: OK, deprecated: [x]")));
    all.add(invalid("exception on a 2xx", one("code: 200, name: OK, exception: OkException")));
    all.add(invalid("exception on a 3xx", one("code: 399, name: X, exception: XException")));
    all.add(
        invalid("exception not a class name", one("code: 503, name: X, exception: backend-down")));
    all.add(invalid("exception in lower case", one("code: 503, name: X, exception: backendDown")));
    all.add(invalid("exception a number", one("code: 503, name: X, exception: 503")));
    all.add(
        invalid(
            "exception of 201 characters",
            one("code: 503, name: X, exception: E" + "x".repeat(200))));
  }

  private static final String TWO =
      "statuses:\n  - {code: 201, name: Created}\n  - {code: 409, name: Conflict}\n";

  private static void operations(List<Case> all) {
    all.add(
        valid(
            "operations",
            TWO
                + "operations:\n"
                + "  createField:\n"
                + "    description: Creates a field.\n"
                + "    statuses: [CREATED, CONFLICT]\n"
                + "  getV2:\n"
                + "    statuses:\n      - CREATED\n"));
    all.add(valid("operations empty", TWO + "operations:\n"));
    all.add(valid("operations an empty mapping", TWO + "operations: {}\n"));
    all.add(
        valid(
            "operation with an empty description",
            TWO + "operations:\n  a:\n    description:\n    statuses: [CREATED]\n"));
    all.add(invalid("operations a list", TWO + "operations:\n  - createField\n"));
    all.add(invalid("operations text", TWO + "operations: createField\n"));
    all.add(
        invalid(
            "operation name in PascalCase",
            TWO + "operations:\n  CreateField: {statuses: [CREATED]}\n"));
    all.add(
        invalid(
            "operation name in snake_case",
            TWO + "operations:\n  create_field: {statuses: [CREATED]}\n"));
    all.add(
        invalid(
            "operation name starting with a digit",
            TWO + "operations:\n  2create: {statuses: [CREATED]}\n"));
    all.add(
        invalid(
            "operation name of 201 characters",
            TWO + "operations:\n  a" + "b".repeat(200) + ": {statuses: [CREATED]}\n"));
    all.add(
        valid(
            "operation name of 200 characters",
            TWO + "operations:\n  a" + "b".repeat(199) + ": {statuses: [CREATED]}\n"));
    all.add(invalid("operation a list", TWO + "operations:\n  createField: [CREATED]\n"));
    all.add(invalid("operation empty", TWO + "operations:\n  createField:\n"));
    all.add(
        invalid(
            "unknown operation key",
            TWO + "operations:\n  createField: {statuses: [CREATED], status: [CONFLICT]}\n"));
    all.add(
        invalid(
            "operation without statuses", TWO + "operations:\n  createField: {description: x}\n"));
    all.add(
        invalid("operation statuses empty", TWO + "operations:\n  createField: {statuses: }\n"));
    all.add(
        invalid(
            "operation statuses an empty list",
            TWO + "operations:\n  createField: {statuses: []}\n"));
    all.add(
        invalid(
            "operation statuses text", TWO + "operations:\n  createField: {statuses: CREATED}\n"));
    all.add(
        invalid(
            "operation status a code", TWO + "operations:\n  createField: {statuses: [409]}\n"));
    all.add(
        invalid(
            "operation status a reason phrase",
            TWO + "operations:\n  createField: {statuses: [Conflict]}\n"));
    all.add(
        invalid(
            "operation status a mapping",
            TWO + "operations:\n  createField: {statuses: [{code: 409}]}\n"));
    all.add(
        invalid(
            "operation status twice",
            TWO + "operations:\n  createField: {statuses: [CREATED, CREATED]}\n"));
    all.add(
        invalid(
            "operation description a list",
            TWO + "operations:\n  createField: {description: [x], statuses: [CREATED]}\n"));
  }

  private static void retired(List<Case> all) {
    String spec = "statuses:\n" + OK + "retired:\n";
    all.add(valid("retired empty", spec));
    all.add(valid("retired an empty list", "statuses:\n" + OK + "retired: []\n"));
    all.add(valid("retired with only an id", spec + "  - id: GONE\n"));
    all.add(
        valid(
            "retired with every key",
            spec
                + "  - id: LEGACY_CONFLICT\n    code: 409\n    errorCode: legacy_conflict\n"
                + "    reason: Merged into CONFLICT in 2.0.\n"));
    all.add(valid("retired with a code only", spec + "  - {id: USE_PROXY, code: 305}\n"));
    all.add(valid("retired reason empty", spec + "  - id: GONE\n    code: 410\n    reason:\n"));
    all.add(invalid("retired a mapping", spec + "  id: GONE\n"));
    all.add(invalid("retired text", "statuses:\n" + OK + "retired: GONE\n"));
    all.add(invalid("a retired status is text", spec + "  - GONE\n"));
    all.add(invalid("retired without an id", spec + "  - code: 410\n"));
    all.add(invalid("retired id in lower case", spec + "  - id: gone\n"));
    all.add(invalid("retired id empty", spec + "  - id:\n"));
    all.add(invalid("retired unknown key", spec + "  - id: GONE\n    name: Gone\n"));
    all.add(invalid("retired code quoted", spec + "  - {id: GONE, code: '410'}\n"));
    all.add(invalid("retired code 600", spec + "  - {id: GONE, code: 600}\n"));
    all.add(invalid("retired errorCode without code", spec + "  - {id: GONE, errorCode: gone}\n"));
    all.add(
        invalid("retired errorCode empty", spec + "  - {id: GONE, code: 410, errorCode: ''}\n"));
    all.add(invalid("retired reason a list", spec + "  - {id: GONE, reason: [a]}\n"));
  }

  private static void processorOnly(List<Case> all) {
    all.add(
        only(
            ProcessorOnlyRule.PROBLEM_TYPES,
            "relative type without typeBase",
            one("code: 410, name: Gone, type: gone")));
    all.add(
        only(
            ProcessorOnlyRule.PROBLEM_TYPES,
            "a type equal to another status's default",
            "problem: {typeBase: 'https://x.example/'}\nstatuses:\n"
                + "  - {code: 410, name: Gone}\n"
                + "  - {code: 411, name: X, type: gone}\n"));
    all.add(
        only(
            ProcessorOnlyRule.URI_SYNTAX,
            "type with a character URIs do not allow",
            one("code: 410, name: Gone, type: 'urn:x|y'")));
    all.add(
        only(
            ProcessorOnlyRule.URI_SYNTAX,
            "typeBase with a bad escape",
            "problem: {typeBase: 'https://x.example/%zz/'}\nstatuses:\n" + OK));
    all.add(
        only(
            ProcessorOnlyRule.RECOMMENDATIONS,
            "errorCodeMember of 2 characters",
            "problem: {errorCodeMember: ec}\nstatuses:\n" + OK));
    all.add(
        only(
            ProcessorOnlyRule.YAML_TEXT,
            "duplicate key",
            "statuses:\n  - code: 200\n    name: OK\n    name: Okay\n"));
    all.add(
        only(
            ProcessorOnlyRule.YAML_TEXT,
            "alias",
            "statuses:\n  - {code: 200, name: &n OK}\n  - {code: 201, name: *n, id: CREATED}\n"));
    all.add(
        only(
            ProcessorOnlyRule.YAML_TEXT,
            "two documents",
            "statuses:\n" + OK + "---\nstatuses:\n" + OK));
    all.add(
        only(
            ProcessorOnlyRule.UNIQUE_IDS,
            "duplicate explicit id",
            "statuses:\n  - {code: 200, name: OK}\n  - {code: 201, name: Created, id: OK}\n"));
    all.add(
        only(
            ProcessorOnlyRule.UNIQUE_IDS,
            "duplicate retired id",
            "statuses:\n" + OK + "retired:\n  - id: GONE\n  - id: GONE\n"));
    all.add(
        only(
            ProcessorOnlyRule.RETIRED_REUSED,
            "a status with a retired id",
            "statuses:\n" + OK + "retired:\n  - id: OK\n"));
    all.add(
        only(
            ProcessorOnlyRule.RETIRED_REUSED,
            "a status with a retired code and errorCode",
            "statuses:\n  - {code: 409, name: Conflict, errorCode: old}\n"
                + "retired:\n  - {id: OLD, code: 409, errorCode: old}\n"));
    all.add(
        only(
            ProcessorOnlyRule.UNIQUE_IDS,
            "duplicate derived id",
            "statuses:\n  - {code: 404, name: Not Found}\n  - {code: 410, name: Not-Found}\n"));
    all.add(
        only(
            ProcessorOnlyRule.UNIQUE_IDS,
            "handler method clash",
            "statuses:\n"
                + "  - {code: 505, name: A, id: HTTP2_ERROR}\n"
                + "  - {code: 506, name: B, id: HTTP_2_ERROR}\n"));
    all.add(
        only(
            ProcessorOnlyRule.DERIVED_IDS,
            "name starting with a digit",
            one("code: 404, name: 404 Not Found")));
    all.add(
        only(
            ProcessorOnlyRule.DERIVED_IDS,
            "name without ASCII letters",
            one("code: 404, name: \"見つかりません\"")));
    all.add(
        only(
            ProcessorOnlyRule.DERIVED_IDS,
            "derived id too long",
            one("code: 404, name: " + "N".repeat(201))));
    all.add(
        only(
            ProcessorOnlyRule.SHARED_CODES,
            "shared code without errorCode",
            "statuses:\n  - {code: 409, name: Conflict}\n  - {code: 409, name: Suspended}\n"));
    all.add(
        only(
            ProcessorOnlyRule.SHARED_CODES,
            "shared code with the same errorCode",
            "statuses:\n"
                + "  - {code: 409, name: Conflict, errorCode: x}\n"
                + "  - {code: 409, name: Suspended, errorCode: x}\n"));
    all.add(
        only(
            ProcessorOnlyRule.TYPE_NAMES,
            "exception named like a generated type",
            one("code: 404, name: Not Found, exception: ApiStatus")));
    all.add(
        only(
            ProcessorOnlyRule.TYPE_NAMES,
            "two statuses with one exception class",
            "statuses:\n"
                + "  - {code: 404, name: Not Found, exception: Missing}\n"
                + "  - {code: 410, name: Gone, exception: Missing}\n"));
    all.add(
        only(
            ProcessorOnlyRule.PLAIN_DECIMAL_CODE, "hexadecimal code", one("code: 0x1F4, name: X")));
    all.add(
        only(
            ProcessorOnlyRule.PLAIN_DECIMAL_CODE,
            "code with a leading zero",
            one("code: 0404, name: X")));
    all.add(
        only(
            ProcessorOnlyRule.PLAIN_DECIMAL_CODE,
            "code written 404.0",
            one("code: 404.0, name: X")));
    all.add(
        only(
            ProcessorOnlyRule.YAML_1_1_BOOLEAN_SPELLING,
            "deprecated yes",
            one("code: 200, name: OK, deprecated: yes")));
  }

  private static void operationsOnly(List<Case> all) {
    all.add(
        only(
            ProcessorOnlyRule.OPERATION_STATUSES,
            "operation lists an id the spec does not have",
            TWO + "operations:\n  createField: {statuses: [CREATED, GONE]}\n"));
    all.add(
        only(
            ProcessorOnlyRule.OPERATION_STATUSES,
            "two operations whose type names differ in letter case",
            TWO + "operations:\n  getV2: {statuses: [CREATED]}\n  getv2: {statuses: [CREATED]}\n"));
    all.add(
        only(
            ProcessorOnlyRule.TYPE_NAMES,
            "operation named like a generated type",
            TWO + "operations:\n  status: {statuses: [CREATED]}\n"));
  }

  /** A spec of one status, written as a flow mapping: {@code one("code: 200, name: OK")}. */
  private static String one(String fields) {
    return "statuses:\n  - {" + fields + "}\n";
  }

  /** A spec with {@code count} statuses, on codes 200..599 told apart by errorCodes. */
  private static String many(int count) {
    StringBuilder yaml = new StringBuilder("statuses:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  - {code: ")
          .append(200 + i % 400)
          .append(", name: S")
          .append(i)
          .append(", errorCode: e")
          .append(i)
          .append("}\n");
    }
    return yaml.toString();
  }

  private static Case valid(String name, String yaml) {
    return new Case(name, yaml, true, Optional.empty());
  }

  private static Case invalid(String name, String yaml) {
    return new Case(name, yaml, false, Optional.empty());
  }

  private static Case only(ProcessorOnlyRule rule, String name, String yaml) {
    return new Case(name, yaml, false, Optional.of(rule));
  }
}
