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

  SPEC_NEAR_MISS(" (did you mean '%s'? it is in %s)"),
  SPEC_ELSEWHERE(
      " (a file of that name is at %s: to use it, write the path \"%s\" in @StatusSpec)"),

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

  // yaml-syntax: what a newcomer usually has to do, then (when it helps) SnakeYAML's own words.
  YAML_TAB(": indent with spaces, not tabs"),
  YAML_QUOTE_SPECIAL_START(": a text that starts with this character must be in quotes"),
  YAML_COLON_IN_TEXT(
      ": check the indentation here and on the line above, and put a text that holds ': ' in"
          + " quotes"),
  YAML_BLOCK_END(
      ": check the indentation: the keys of one status line up under each other, and every status"
          + " starts with '- ' at the same column; a text that goes on after a closing quote must"
          + " be quoted as a whole"),
  YAML_MISSING_DASH(
      ": the list that starts at line %d expects its next entry here, and each entry starts"
          + " with '- ' (a dash and a space): write '- %s'"),
  YAML_MISSING_COLON(": a key needs ':' after it, or the line is indented too little"),
  YAML_UNCLOSED_QUOTE(": a quote is not closed"),
  YAML_UNCLOSED_BRACKET(": a '[' or '{' is not closed"),
  YAML_PARSER_SAYS(" (the YAML parser says: %s%s)"),
  YAML_CONTEXT_AT("%s (line %d, column %d): "),
  YAML_CONTEXT("%s: "),

  // duplicate-key: in an entry of a list, the second key is likely another entry without its '- '.
  DUPLICATE_KEY_IN_ENTRY(
      "; if a new entry of the list starts here, begin it with '- ' (a dash and a space): '- %s:'");

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
