package dev.statusspec.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every key of every section of a spec, described once: the binder walks this table (it reads every
 * scalar key as its {@link Type} says, reports a missing required one, and checks the length of
 * those that become class-file constants), and the JSON Schema's test checks the schema against it,
 * so a key cannot be added to one and forgotten in the other. A new optional scalar key of a status
 * is one entry in {@link #STATUS} and its component in {@link Status}.
 */
public final class Keys {

  /**
   * What a key's value may be: how the binder reads a scalar of it, what a message says was
   * expected when the value is of another kind, and its JSON Schema types.
   */
  public enum Type {
    /** Any scalar, taken as written: {@code errorCode: 404} is the text "404". */
    TEXT("a text", "string", "number", "boolean"),
    /**
     * A scalar taken as written that must also be a Java name (an id, a type name), which the
     * binder checks after reading it: {@code id: 404} is the text "404", an invalid id.
     */
    NAME("a text", "string"),
    /** A URI or URI reference, which must be written as a YAML string. */
    URI(Type.QUOTED, "string"),
    /** A JSON member name, which must be written as a YAML string. */
    MEMBER(Type.QUOTED, "string"),
    /** A whole number in plain decimal digits: the only ones a spec has are HTTP status codes. */
    INTEGER("a whole number", "integer"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true or false", "boolean"),
    /** {@code true}, {@code false}, or a text. */
    BOOLEAN_OR_TEXT(
        "true, false, or a text saying why (in quotes if it looks like a number)",
        "boolean",
        "string"),
    /** A list: read by the binder's code for its section. */
    LIST("a list", "array"),
    /** A mapping: read by the binder's code for its section. */
    MAPPING("a mapping", "object");

    private static final String QUOTED =
        "a text (in quotes if it looks like a number or a boolean)";

    private final String expected;
    private final List<String> jsonTypes;

    Type(String expected, String... jsonTypes) {
      this.expected = expected;
      this.jsonTypes = List.of(jsonTypes);
    }

    /** What a {@code wrong-type} message says the value should be. */
    public String expected() {
      return expected;
    }

    /** Whether a value of this type is one scalar, which the binder reads from this table alone. */
    public boolean isScalar() {
      return this != LIST && this != MAPPING;
    }

    /** The JSON Schema types of such a value. */
    public List<String> jsonTypes() {
      return jsonTypes;
    }
  }

  /**
   * One key of a section.
   *
   * @param name the key as written in the spec
   * @param type what its value may be
   * @param required whether the section must have it
   * @param mayBeEmpty whether an empty value ({@code key:} alone, {@code ~}) means absent; when
   *     not, an empty or blank value is an error
   * @param constant whether the value becomes a string constant of a class file, and so is limited
   *     to 65,535 bytes of modified UTF-8
   * @param hint what a section without this required key needs, for the error, e.g. {@code a 'code'
   *     from 100 to 599}
   */
  public record Key(
      String name, Type type, boolean required, boolean mayBeEmpty, boolean constant, String hint) {

    /** The JSON Schema types of its value: its type's, and {@code null} when it may be empty. */
    public List<String> jsonTypes() {
      if (!mayBeEmpty) {
        return type.jsonTypes();
      }
      List<String> types = new ArrayList<>(type.jsonTypes());
      types.add("null");
      return List.copyOf(types);
    }
  }

  /**
   * A mapping of the spec and its keys, in the order the documentation lists them.
   *
   * @param name the section as messages and the documentation name it
   * @param schemaDef its definition in the JSON Schema's {@code $defs}, or "" for the schema's root
   * @param keys its keys
   */
  public record Section(String name, String schemaDef, List<Key> keys) {

    public Section {
      keys = List.copyOf(keys);
    }

    /** The names of its keys, in order. */
    public List<String> names() {
      return keys.stream().map(Key::name).toList();
    }

    /** The key named {@code name}, if the section has it. */
    public Optional<Key> key(String name) {
      return keys.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The key named {@code name}, which the section must have. */
    public Key get(String name) {
      return key(name)
          .orElseThrow(() -> new IllegalArgumentException(this.name + " has no " + name));
    }
  }

  /** The top level of a spec. */
  public static final Section TOP_LEVEL =
      new Section(
          "the top level",
          "",
          List.of(
              optional("name", Type.NAME, false),
              optional("description", Type.TEXT, true),
              optional("problem", Type.MAPPING, true),
              new Key("statuses", Type.LIST, true, false, false, "a 'statuses:' list"),
              optional("operations", Type.MAPPING, true),
              optional("retired", Type.LIST, true),
              optional("grpc", Type.MAPPING, true)));

  /** One entry of {@code statuses}. */
  public static final Section STATUS =
      new Section(
          "a status",
          "status",
          List.of(
              new Key("code", Type.INTEGER, true, false, false, "a 'code' from 100 to 599"),
              new Key(
                  "name",
                  Type.TEXT,
                  true,
                  false,
                  true,
                  "a 'name', its reason phrase, e.g. 'Not Found'"),
              optional("id", Type.NAME, false),
              new Key("description", Type.TEXT, false, true, true, ""),
              new Key("errorCode", Type.TEXT, false, false, true, ""),
              optional("retryable", Type.BOOLEAN, true),
              optional("deprecated", Type.BOOLEAN_OR_TEXT, true),
              optional("exception", Type.NAME, false),
              new Key("type", Type.URI, false, false, true, ""),
              new Key("grpc", Type.NAME, false, false, false, "")));

  /** The {@code problem:} section: how errors travel as RFC 9457 problem details. */
  public static final Section PROBLEM =
      new Section(
          "the problem section",
          "problem",
          List.of(
              new Key("typeBase", Type.URI, false, false, true, ""),
              new Key("errorCodeMember", Type.MEMBER, false, false, false, "")));

  /** The {@code grpc:} section: how errors travel over gRPC (AIP-193). */
  public static final Section GRPC =
      new Section(
          "the grpc section",
          "grpc",
          List.of(new Key("domain", Type.TEXT, false, false, true, "")));

  /** One entry of {@code operations}: the value of an operation's name. */
  public static final Section OPERATION =
      new Section(
          "an operation",
          "operation",
          List.of(
              optional("description", Type.TEXT, true),
              new Key(
                  "statuses",
                  Type.LIST,
                  true,
                  false,
                  false,
                  "a 'statuses:' list of the ids of the statuses it returns, e.g. [OK,"
                      + " NOT_FOUND]"),
              new Key("operationId", Type.TEXT, false, false, false, "")));

  /** One entry of {@code retired}: a status the API no longer has, whose names stay taken. */
  public static final Section RETIRED =
      new Section(
          "a retired status",
          "retired",
          List.of(
              new Key("id", Type.NAME, true, false, false, "an 'id', the id the status had"),
              new Key(
                  "code",
                  Type.INTEGER,
                  false,
                  false,
                  false,
                  "its 'code' when it has an 'errorCode' (an errorCode is unique within a code)"),
              new Key("errorCode", Type.TEXT, false, false, false, ""),
              optional("reason", Type.TEXT, true)));

  /** Every section, for the schema's test. */
  public static final List<Section> ALL =
      List.of(TOP_LEVEL, STATUS, PROBLEM, OPERATION, RETIRED, GRPC);

  private Keys() {}

  private static Key optional(String name, Type type, boolean mayBeEmpty) {
    return new Key(name, type, false, mayBeEmpty, false, "");
  }
}
