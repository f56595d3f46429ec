package dev.statusspec.processor.schema;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Position;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the spec format that only the processor checks: a JSON Schema sees one JSON value
 * and each key alone, so it cannot compare statuses with each other, derive ids from names, or see
 * how the YAML was written. A spec that breaks only these passes the schema; {@link SpecSchemaTest}
 * skips it and names the rule. Every other rule is in the schema.
 */
enum ProcessorOnlyRule {
  /** The file as YAML text, before it is a value: all the schema ever sees is the value. */
  YAML_TEXT(
      "YAML text: syntax, encoding, size, aliases, duplicate keys, several documents, depth",
      Message.SPEC_UNREADABLE,
      Message.SPEC_TOO_LARGE,
      Message.SPEC_NOT_UTF8,
      Message.YAML_SYNTAX,
      Message.YAML_ALIAS,
      Message.YAML_TOO_DEEP,
      Message.YAML_MULTIPLE_DOCUMENTS,
      Message.YAML_COMPLEX_KEY,
      Message.DUPLICATE_KEY),
  /** JSON Schema cannot compare a property of one array item with those of the others. */
  UNIQUE_IDS("unique ids and handler methods", Message.DUPLICATE_ID, Message.HANDLER_METHOD_CLASH),
  /** Derivation (Unicode decomposition, then UPPER_SNAKE) is a computation, not a pattern. */
  DERIVED_IDS("ids derived from names", Message.CANNOT_DERIVE_ID, Message.ID_TOO_LONG) {
    @Override
    boolean matches(Diagnostic diagnostic, String yaml) {
      // An explicit id that is too long is the schema's maxLength; a derived one is not.
      return super.matches(diagnostic, yaml)
          && (diagnostic.message() != Message.ID_TOO_LONG
              || !keyBefore(yaml, diagnostic.position()).equals("id"));
    }
  },
  /** Statuses compared with the retired ones: JSON Schema cannot compare two arrays' items. */
  RETIRED_REUSED("no status reuses a retired id, or code and errorCode", Message.RETIRED_REUSED),
  /** Groups of statuses by code, and errorCodes unique within a group. */
  SHARED_CODES(
      "shared codes need distinct errorCodes",
      Message.SHARED_CODE_NEEDS_ERROR_CODE,
      Message.DUPLICATE_ERROR_CODE),
  /** A text's size as a Java string constant: bytes of modified UTF-8, not characters. */
  CONSTANT_SIZE("texts that fit a Java string constant (65,535 bytes)", Message.TEXT_TOO_LONG),
  /**
   * The ids an operation lists must be ids of the spec's statuses (a reference into another part of
   * the document), no two operation names may differ only in letter case, and no two operations may
   * have one operationId on the wire (a name of one, an {@code operationId:} of another).
   */
  OPERATION_STATUSES(
      "operations list ids of the spec's statuses, under names distinct but for letter case and"
          + " distinct operationIds",
      Message.UNKNOWN_OPERATION_STATUS,
      Message.OPERATION_NAME_CLASH,
      Message.DUPLICATE_OPERATION_ID),
  /** Names computed from ids, the prefix and the interface, compared with each other. */
  TYPE_NAMES("generated type names must not clash", Message.TYPE_NAME_CLASH),
  /**
   * {@code 0x1F4}, {@code 0764}, {@code 404.0} are integers to JSON; the processor wants digits.
   */
  PLAIN_DECIMAL_CODE("codes in plain decimal digits", Message.CODE_NOT_INTEGER) {
    @Override
    boolean matches(Diagnostic diagnostic, String yaml) {
      return super.matches(diagnostic, yaml)
          && (diagnostic.text().contains("plain decimal")
              || diagnostic.text().matches(".*not the number [0-9]+\\.0*$"));
    }
  },
  /**
   * {@code deprecated: yes} is the text "yes" to a YAML 1.2 reader, which {@code deprecated}
   * allows; the processor refuses the unquoted YAML 1.1 spelling as ambiguous.
   */
  YAML_1_1_BOOLEAN_SPELLING("unquoted yes/no/on/off in 'deprecated'", Message.YAML_1_1_BOOLEAN) {
    @Override
    boolean matches(Diagnostic diagnostic, String yaml) {
      return super.matches(diagnostic, yaml) && diagnostic.text().startsWith("'deprecated'");
    }
  },
  /**
   * The type URIs the statuses end up with: computed from typeBase, ids and types together, then
   * compared; a relative type is fine with a typeBase elsewhere in the file.
   */
  PROBLEM_TYPES(
      "problem type URIs: unique, and resolvable",
      Message.DUPLICATE_PROBLEM_TYPE,
      Message.PROBLEM_TYPE_NEEDS_BASE),
  /** RFC 3986 as java.net.URI parses it: a pattern can only check the scheme and whitespace. */
  URI_SYNTAX("URI syntax (RFC 3986)", Message.INVALID_TYPE_BASE, Message.INVALID_PROBLEM_TYPE),
  /** A warning: the spec is valid, so the schema accepts it. */
  RECOMMENDATIONS("RFC 9457's recommendations (warnings)", Message.SHORT_ERROR_CODE_MEMBER);

  private final String ruleName;
  private final Set<Message> messages;

  ProcessorOnlyRule(String ruleName, Message first, Message... rest) {
    this.ruleName = ruleName;
    this.messages = EnumSet.of(first, rest);
  }

  /** The rule as the skip message names it. */
  String ruleName() {
    return ruleName;
  }

  /** Whether {@code diagnostic}, reported for the spec {@code yaml}, is this rule's. */
  boolean matches(Diagnostic diagnostic, String yaml) {
    return messages.contains(diagnostic.message());
  }

  /** The processor-only rule behind {@code diagnostic}, if it is one. */
  static Optional<ProcessorOnlyRule> of(Diagnostic diagnostic, String yaml) {
    return Arrays.stream(values()).filter(r -> r.matches(diagnostic, yaml)).findFirst();
  }

  /** The key whose value starts at {@code position}: {@code id} in {@code " id: FOO"}. */
  private static String keyBefore(String yaml, Position position) {
    String[] lines = yaml.split("\\R", -1);
    if (!position.isKnown() || position.line() > lines.length) {
      return "";
    }
    String line = lines[position.line() - 1];
    String before = line.substring(0, Math.min(line.length(), position.column() - 1)).strip();
    if (!before.endsWith(":")) {
      return "";
    }
    String key = before.substring(0, before.length() - 1);
    int start =
        Math.max(key.lastIndexOf(' '), Math.max(key.lastIndexOf('{'), key.lastIndexOf(',')));
    return key.substring(start + 1);
  }
}
