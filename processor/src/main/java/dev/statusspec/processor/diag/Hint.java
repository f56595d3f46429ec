package dev.statusspec.processor.diag;

import java.util.Arrays;
import java.util.Locale;

/**
 * The optional parts of {@link Message} texts: a hint that applies in some cases only ("write it
 * without quotes"), catalogued here so that every sentence the processor can print is readable in
 * {@code diag}. A message passes a hint as one of its values ({@link #with}, or {@link #NONE} for
 * nothing); callers never build text of their own.
 */
public enum Hint {
  /** No hint: prints nothing. */
  NONE(""),

  // spec-not-found: where the spec belongs, for the build at hand.
  SPEC_IN_UNSEEN_RESOURCES(
      "the spec is in %s, which this compilation does not see (Gradle's compileJava runs before"
          + " processResources, with an empty source path): under Gradle, move it next to %s, to"
          + " %s, and declare it an input of compileJava (see docs/guide/build-tools.md)"),
  SPEC_BELONGS(
      "put the spec at %s in src/main/resources (Maven, Eclipse, kapt), or next to the source of %s"
          + " (javac, Gradle, kapt); a path in @StatusSpec without a leading '/' is relative to the"
          + " interface's package"),

  PATH_ABOVE_ROOT("remove the '..' that climbs above the root from the path in @StatusSpec"),

  // code-not-integer
  CODE_QUOTED("; write it without quotes"),
  CODE_WITH_PHRASE("; write the reason phrase on its own line, as 'name: ...'"),
  CODE_NOT_PLAIN_DECIMAL("; write the code in plain decimal digits, e.g. 404"),

  // cannot-derive-id
  NAME_WITHOUT_LETTERS("it has no ASCII letters or digits"),
  NAME_STARTS_WITH_DIGIT("the result, %s, starts with a digit"),

  // empty-value
  YAML_NULL_WORD(" ('%s' means no value in YAML; for the text, put it in quotes)"),

  // duplicate-id
  DERIVED_IDS(" (ids are derived from names unless given; add a distinct 'id:' to one of them)"),
  AMONG_RETIRED(" (among the retired statuses)"),

  // missing-key: what the entry is
  ENTRY_STATUS("status"),
  ENTRY_RETIRED("retired status"),

  // statuses-added: a status added to an operation that the baseline has
  ADDED_TO_OPERATION("%s in operation %s"),

  // error-code-changed: an errorCode, or none
  ERROR_CODE("'%s'"),
  NO_ERROR_CODE("none"),

  // retired-reused: what of the retired status a status takes
  RETIRED_ID("the id %s"),
  RETIRED_CODE_AND_ERROR_CODE("code %d with errorCode '%s'"),
  RETIRED_CODE_WITHOUT_ERROR_CODE("code %d without an errorCode"),

  // type-name-clash
  CASE_ONLY(", but for letter case (Windows and macOS file systems do not tell them apart)"),

  // yaml-syntax: SnakeYAML's problem, then what a newcomer usually has to do.
  YAML_TAB("; indent with spaces, not tabs"),
  YAML_QUOTE_SPECIAL_START("; a text that starts with this character must be in quotes"),
  YAML_COLON_IN_TEXT(
      "; check the indentation here and on the line above, and put a text that holds ': ' in"
          + " quotes"),
  YAML_BLOCK_END(
      "; check the indentation: the keys of one status line up under each other, and every status"
          + " starts with '- ' at the same column; a text that goes on after a closing quote must"
          + " be quoted as a whole"),
  YAML_MISSING_COLON("; a key needs ':' after it, or the line is indented too little"),
  YAML_UNCLOSED_QUOTE("; a quote is not closed"),
  YAML_UNCLOSED_BRACKET("; a '[' or '{' is not closed"),
  YAML_BLOCK_END_DOCUMENT(
      "; check the indentation: the keys of one mapping line up under each other, and a text that"
          + " goes on after a closing quote must be quoted as a whole"),
  YAML_CONTEXT_AT("%s (line %d, column %d): "),
  YAML_CONTEXT("%s: "),

  // openapi-unreadable: what the reader refused, worded for a document (same values as the
  // spec's own messages).
  DOCUMENT_TOO_LARGE("it has %,d bytes, more than the limit of %,d bytes"),
  DOCUMENT_NOT_UTF8(
      "it is not valid UTF-8: byte %,d of the file (0x%02X) is not part of a UTF-8 character; save"
          + " it as UTF-8"),
  DOCUMENT_EMPTY("it is empty"),
  DOCUMENT_SYNTAX("it is not valid YAML or JSON: %s%s%s"),
  DOCUMENT_ALIAS(
      "it uses the YAML alias *%s, and aliases are not read (a few lines of them can expand to"
          + " gigabytes); write the value out, or let your tool write the document without"
          + " aliases"),
  DOCUMENT_TOO_DEEP("it is nested more than %d levels deep; %s"),
  DOCUMENT_TOO_MANY_VALUES(
      "it holds more than %,d values (texts, numbers, lists and mappings); check only the part of"
          + " the API the spec covers"),
  DOCUMENT_MULTIPLE("a second YAML document starts here, after a '---' line"),
  DOCUMENT_COMPLEX_KEY("a key must be plain text, not a %s"),
  DOCUMENT_DUPLICATE_KEY("the key '%s' appears twice in this mapping (first at line %d)"),

  // openapi-unreadable: the shape of the document.
  OPENAPI_TOP_NOT_MAPPING("the top level must be a mapping with 'openapi:' and 'paths:', not %s"),
  OPENAPI_VERSION_MISSING("it has no 'openapi:' key with its version, such as 'openapi: 3.1.0'%s"),
  OPENAPI_SWAGGER_2(
      " (this is a Swagger 2.0 document: convert it to OpenAPI 3, e.g. with swagger-converter)"),
  OPENAPI_VERSION_NOT_3(
      "its 'openapi:' version is '%s'; OpenAPI 3.0 and 3.1 documents are read (version 3.x.y)"),
  OPENAPI_PATHS_MISSING("it has no 'paths:' mapping, so it documents no operation"),
  OPENAPI_NOT_MAPPING("'%s' must be a mapping, not %s"),
  OPENAPI_NOT_TEXT("'%s' must be a text, not %s"),
  OPENAPI_SCHEMAS_TOO_DEEP(
      "its response schemas, followed through their '$ref's, nest more than %d levels deep"),
  OPENAPI_DUPLICATE_OPERATION_ID(
      "the operationId '%s' is also at line %d; operationIds are unique in a document"),

  // openapi-ref-unresolved: why a $ref is not followed.
  REF_NOT_FOUND("leads nowhere: this document has nothing at %s"),
  REF_EXTERNAL(
      "points out of this file, and only references inside it (starting with '#/') are followed;"
          + " bundle the document into one file"),
  REF_NOT_TEXT("is not a text"),
  REF_CYCLE("leads only to '$ref's that lead back to it");

  private final String template;

  Hint(String template) {
    this.template = template;
  }

  /** The text, with {@link java.util.Formatter} placeholders for its values. */
  public String template() {
    return template;
  }

  /** The hint's text with {@code args} filled in: a value for a message's template. */
  public Filled with(Object... args) {
    return new Filled(this, args.clone());
  }

  @Override
  public String toString() {
    return with().toString();
  }

  /**
   * A hint with its values, printed as its text.
   *
   * @param hint the hint
   * @param args its values
   */
  public record Filled(Hint hint, Object[] args) {

    @Override
    public String toString() {
      if (args.length != Message.arity(hint.template)) {
        throw new IllegalArgumentException(
            hint.name() + " takes other values: " + Arrays.toString(args));
      }
      Object[] shown = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        shown[i] = args[i] instanceof String text ? Diagnostics.visible(text) : args[i];
      }
      return String.format(Locale.ROOT, hint.template, shown);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Filled f && f.hint == hint && Arrays.equals(f.args, args);
    }

    @Override
    public int hashCode() {
      return hint.hashCode() * 31 + Arrays.hashCode(args);
    }
  }
}
