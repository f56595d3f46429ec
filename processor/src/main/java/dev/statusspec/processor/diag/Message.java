package dev.statusspec.processor.diag;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue of every diagnostic the processor reports. Each has a stable id, printed as {@code
 * [statusspec:<id>]}: tests, documentation and users' build scripts may rely on it, so ids are
 * never renamed. Each has a {@link Severity} and its whole text: callers pass values only (names,
 * numbers, positions, {@link Suggestion}s), never pieces of sentences, so every sentence the
 * processor can print is readable here.
 */
public enum Message {
  // Finding and reading the file.
  SPEC_NOT_FOUND("spec-not-found", "cannot find the status spec %s%s; looked in:%s%n%s"),
  SPEC_UNREADABLE("spec-unreadable", "cannot read the status spec: %s"),
  SPEC_TOO_LARGE(
      "spec-too-large",
      "the spec has %,d bytes, more than the limit of %,d bytes; split the catalogue into several"
          + " specs"),
  SPEC_NOT_UTF8(
      "spec-not-utf8",
      "the spec is not valid UTF-8: byte %,d of the file (0x%02X) is not part of a UTF-8"
          + " character; save the file as UTF-8"),
  SPEC_EMPTY(
      "empty-spec",
      "the spec is empty; it needs at least a 'statuses:' list, e.g.%n"
          + "statuses:%n  - code: 200%n    name: OK"),

  // YAML structure.
  YAML_SYNTAX("yaml-syntax", "this is not valid YAML%s%s"),
  YAML_ALIAS(
      "yaml-alias",
      "YAML aliases (*%s) are not allowed in a status spec; write the value out in full"),
  YAML_TOO_DEEP("yaml-too-deep", "the YAML is nested more than %d levels deep; %s"),
  YAML_TOO_MANY_VALUES(
      "too-many-values",
      "the spec holds more than %,d values (texts, numbers, lists and mappings), far more than"
          + " the statuses one enum can hold need; split the catalogue into several specs"),
  YAML_MULTIPLE_DOCUMENTS(
      "multiple-documents",
      "a second YAML document starts here, after a '---' line; a status spec is one document,"
          + " remove the '---' or split the file"),
  YAML_COMPLEX_KEY("complex-key", "a key must be plain text such as 'code' or 'name', not a %s"),
  DUPLICATE_KEY("duplicate-key", "the key '%s' appears twice in this mapping (first at line %d)%s"),

  // The shape of the spec.
  TOP_LEVEL_NOT_MAPPING(
      "top-level-not-mapping",
      "the top level of a status spec must be a mapping with a 'statuses:' key, not %s"),
  STATUSES_MISSING(
      "missing-statuses",
      "the spec has no 'statuses:' list; add one with at least one status, e.g.%n"
          + "statuses:%n  - code: 200%n    name: OK"),
  STATUSES_NOT_LIST(
      "statuses-not-list",
      "'statuses' must be a list of statuses, each starting with '- code:', not %s"),
  STATUSES_EMPTY("empty-statuses", "'statuses' is empty; list at least one status"),
  STATUS_NOT_MAPPING(
      "status-not-mapping",
      "each entry of 'statuses' must be a mapping such as '- code: 404' with 'name: Not Found'"
          + " below it, not %s"),
  UNKNOWN_KEY("unknown-key", "unknown key '%s'%s; the keys allowed here are: %s"),
  WRONG_TYPE("wrong-type", "'%s' must be %s, not %s"),
  YAML_1_1_BOOLEAN(
      "ambiguous-boolean",
      "'%s' must be true or false; '%s' is a YAML 1.1 spelling that parsers read differently,"
          + " write %s"),
  TEXT_TOO_LONG(
      "text-too-long",
      "'%s' takes %,d bytes as a Java string constant, more than the %,d the class file format"
          + " allows; shorten it"),
  MISSING_KEY("missing-key", "this %s has no '%s'; every %s needs %s"),
  EMPTY_VALUE("empty-value", "'%s' is empty%s; give it a value or remove the key"),

  // Codes.
  CODE_NOT_INTEGER("code-not-integer", "'code' must be a whole number from 100 to 599, not %s%s"),
  CODE_OUT_OF_RANGE(
      "code-out-of-range",
      "code %s is outside 100..599, the range of HTTP status codes (RFC 9110)"),

  // Ids and names.
  INVALID_ID(
      "invalid-id",
      "id '%s' is not an UPPER_SNAKE Java identifier; use upper-case letters, digits and single"
          + " underscores, starting with a letter%s"),
  CANNOT_DERIVE_ID(
      "cannot-derive-id",
      "cannot derive a Java constant name from the name '%s' (%s); add an explicit 'id:', e.g."
          + " 'id: %s'"),
  ID_TOO_LONG(
      "id-too-long",
      "id %s has %d characters, more than %d; generated class and file names would be too long,"
          + " give a shorter 'id:'"),
  DUPLICATE_ID(
      "duplicate-id",
      "duplicate id %s (first at line %d)%s; ids name the enum constants and must be unique"),
  SHARED_CODE_NEEDS_ERROR_CODE(
      "missing-error-code",
      "code %d is used by %d statuses (lines %s); each of them needs a distinct 'errorCode' so that"
          + " responses can tell them apart"),
  DUPLICATE_ERROR_CODE(
      "duplicate-error-code",
      "errorCode '%s' is used twice for code %d (first at line %d); errorCodes must differ within"
          + " a code"),
  INVALID_EXCEPTION_NAME(
      "invalid-exception-name",
      "exception '%s' is not a valid Java class name; use an upper-case letter, then letters and"
          + " digits%s"),
  EXCEPTION_NOT_ERROR(
      "exception-not-error",
      "'exception' is only for error statuses (4xx and 5xx); %d %s is not an error, remove the"
          + " key"),
  INVALID_NAME_PREFIX(
      "invalid-name",
      "the spec's 'name' '%s' must be a Java identifier starting with an upper-case letter (it"
          + " prefixes the generated types, e.g. %sStatus)%s"),
  HANDLER_METHOD_CLASH(
      "handler-method-clash",
      "ids %s and %s (line %d) both give the handler method %s(); change one of the ids"),
  TYPE_NAME_CLASH("type-name-clash", "the generated type %s would have the same name as %s%s; %s"),
  TYPE_EXISTS("type-exists", "the generated type %s would replace the existing type %s; %s"),
  SHADOWS_JAVA_LANG(
      "shadows-java-lang",
      "the generated type %s would hide java.lang.%s from every class of package %s; %s"),
  DUPLICATE_GENERATED_TYPES(
      "duplicate-generated-types",
      "%s and %s would both generate %s; give one of the specs a different 'name:'"),
  TOO_MANY_STATUSES(
      "too-many-statuses",
      "the spec has %,d statuses, more than the %,d one Java enum can hold (the JVM limits a class"
          + " initializer to 64 KB); split the catalogue into several specs"),

  // The annotated element.
  NOT_AN_INTERFACE(
      "not-an-interface",
      "@StatusSpec goes on an interface (the generated enum implements it), not on %s %s; declare"
          + " an interface for it, e.g. 'public interface MyApi {}'"),
  GENERIC_INTERFACE(
      "generic-interface",
      "@StatusSpec interface %s must not have type parameters: the generated enum implements it"),
  PRIVATE_INTERFACE(
      "private-interface",
      "@StatusSpec interface %s must not be private: the generated enum in package %s implements"
          + " it"),
  UNIMPLEMENTED_METHOD(
      "unimplemented-method",
      "the generated enum %s implements %s but does not provide %s; give it a default body, or"
          + " remove it (the enum provides: %s)"),
  CONFLICTING_METHOD("conflicting-method", "%s clashes with the generated %s.%s; rename it"),
  UNRESOLVED_TYPES(
      "unresolved-types",
      "%s refers to %s, which no source, library or annotation processor of this compilation"
          + " provides; nothing was generated for it, so its generated types are missing too: fix"
          + " that reference first"),
  EMPTY_PATH(
      "empty-path",
      "@StatusSpec needs the path of a YAML spec, e.g." + " @StatusSpec(\"statuses.yaml\")"),

  // Operations.
  OPERATIONS_NOT_MAPPING(
      "operations-not-mapping",
      "'operations' must be a mapping from operation names to operations, such as 'createField:'"
          + " with 'statuses: [CREATED, CONFLICT]' below it, not %s"),
  INVALID_OPERATION_NAME(
      "invalid-operation-name",
      "operation name '%s' is not lowerCamelCase: it must be a lower-case ASCII letter, then ASCII"
          + " letters and digits, at most %d characters, like an OpenAPI operationId%s"),
  OPERATION_NAME_CLASH(
      "operation-name-clash",
      "operations '%s' and '%s' (line %d) give the same type names but for letter case (%s), which"
          + " Windows and macOS file systems do not tell apart; rename one of them"),
  OPERATION_NOT_MAPPING(
      "operation-not-mapping",
      "operation '%s' must be a mapping with a 'statuses:' list, such as 'statuses: [CREATED,"
          + " CONFLICT]', not %s"),
  OPERATION_STATUSES_MISSING(
      "operation-missing-statuses",
      "operation '%s' has no 'statuses:' list; list the ids of the statuses it returns, e.g."
          + " 'statuses: [OK, NOT_FOUND]'"),
  OPERATION_STATUSES_EMPTY(
      "operation-empty-statuses",
      "operation '%s' lists no statuses; list the ids of those it returns, at least one"),
  OPERATION_STATUSES_NOT_LIST(
      "operation-statuses-not-list",
      "the 'statuses' of operation '%s' must be a list of status ids, such as [OK, NOT_FOUND],"
          + " not %s"),
  OPERATION_STATUS_NOT_ID(
      "operation-status-not-id",
      "each entry of the 'statuses' of operation '%s' must be the id of a status, such as"
          + " NOT_FOUND, not %s"),
  UNKNOWN_OPERATION_STATUS(
      "unknown-operation-status",
      "operation '%s' lists '%s', which is not the id of a status of the spec%s; list statuses by"
          + " their ids"),
  DUPLICATE_OPERATION_STATUS(
      "duplicate-operation-status",
      "operation '%s' lists %s twice (first at line %d, column %d); remove one"),
  DUPLICATE_OPERATION_ID(
      "duplicate-operation-id",
      "operations '%s' and '%s' (line %d) have the same operationId '%s' on the wire (an"
          + " operation's 'operationId:', else its name); operationIds are unique in an API"),

  // Evolution: the spec compared with its baseline, the spec of the last release.
  BASELINE_NOT_FOUND(
      "baseline-not-found",
      "cannot find the baseline spec %s%s, the spec of the last release that @StatusSpec(baseline"
          + " = ...) compares this one with; looked in:%s%n%s"),
  BASELINE_NOT_COMPARED(
      "baseline-not-compared",
      Severity.NOTE,
      "the spec was not compared with this baseline because of the errors above; a baseline is the"
          + " spec as last released: restore it from that release rather than editing it"),
  STATUS_REMOVED(
      "status-removed",
      Group.COMPATIBILITY,
      "status %s (%s) of the baseline is gone%s: handlers and clients written against it break, and"
          + " servers of the last release still send it; restore it, or list it under 'retired:'"
          + " with its code and errorCode so that they are never reused (was at %s)"),
  CODE_CHANGED(
      "code-changed",
      Group.COMPATIBILITY,
      "the code of %s changed from %d to %d: clients that match the old code no longer find it;"
          + " keep the old code, or retire the id and add a status with a new id (was at %s)"),
  ERROR_CODE_CHANGED(
      "error-code-changed",
      Group.COMPATIBILITY,
      "the errorCode of %s changed from %s to %s: clients that send or match the old one get"
          + " another status; keep the old errorCode, or retire the id and add a status with a new"
          + " id (was at %s)"),
  EXCEPTION_RENAMED(
      "exception-renamed",
      Group.COMPATIBILITY,
      "the exception of %s was renamed from %s to %s: code that throws or catches %s no longer"
          + " compiles; keep the old name with 'exception: %s' (was at %s)"),
  DEFAULT_CHANGED(
      "default-changed",
      Group.COMPATIBILITY,
      "the default status of code %d changed from %s to %s: fromCode(%d), resolve(%d) and"
          + " responses with an errorCode the spec does not know now give %s; list %s first again"
          + " among the statuses of code %d (was at %s)"),
  RETIRED_REUSED(
      "retired-reused",
      Group.COMPATIBILITY,
      "status %s uses %s of the retired status %s: clients and servers of older releases still"
          + " give it the retired meaning; choose another one (retired at %s)"),
  RETIRED_REMOVED(
      "retired-removed",
      Group.COMPATIBILITY,
      "the retired status %s of the baseline is no longer listed under 'retired:': a retired"
          + " entry stays forever, so that no later status takes its id, code or errorCode, which"
          + " clients and servers of older releases would read with the retired meaning; list it"
          + " under 'retired:' again (was at %s)"),
  NAME_CHANGED(
      "name-changed",
      Group.COMPATIBILITY,
      "the prefix of the generated types changed from %s to %s (the spec's 'name:', else the"
          + " interface's name): %sStatus, %sException and every other generated type would be"
          + " renamed, so code that uses them no longer compiles; keep 'name: %s' (was at %s)"),
  GRPC_CODE_CHANGED(
      "grpc-code-changed",
      Group.COMPATIBILITY,
      "the gRPC code of %s changed from %s to %s: gRPC clients that match the old code, in any"
          + " language, now see another condition; keep 'grpc: %s', or retire the id and add a"
          + " status with a new id (was at %s)"),
  GRPC_DOMAIN_CHANGED(
      "grpc-domain-changed",
      Group.COMPATIBILITY,
      "the ErrorInfo domain of the gRPC errors changed from %s to %s: clients of the last release"
          + " read the reasons of their own domain only, so every error would reach them as a bare"
          + " gRPC code; keep 'domain: %s' (was at %s)"),
  STATUSES_ADDED(
      "statuses-added",
      Severity.NOTE,
      "statuses added since the baseline %s: %s; every implementation of these handlers must now"
          + " have:%s"),

  // OpenAPI agreement: the spec compared with the team's OpenAPI document. Each is reported at the
  // document's line, as -Astatusspec.openapi says (error, warn or off).
  OPENAPI_NOT_FOUND(
      "openapi-not-found",
      Group.OPENAPI,
      "cannot find the OpenAPI document %s%s that @StatusSpec(openapi = ...) names; looked in:%s%n"
          + "%s"),
  OPENAPI_UNREADABLE(
      "openapi-unreadable",
      Group.OPENAPI,
      "this is not a readable OpenAPI 3.x document: %s; the spec was not compared with it"),
  OPENAPI_REF_UNRESOLVED(
      "openapi-ref-unresolved",
      Group.OPENAPI,
      "$ref '%s' %s; what it should refer to was not compared with the spec"),
  OPENAPI_OPERATION_MISSING(
      "openapi-operation-missing",
      Group.OPENAPI,
      "the spec's operation %s has the operationId '%s', which no operation of this document"
          + " has%s; give the document's operation that operationId, or write the document's id in"
          + " the spec's operation as 'operationId: ...' (spec at %s)"),
  OPENAPI_RESPONSE_MISSING(
      "openapi-response-missing",
      Group.OPENAPI,
      "operation '%s' (%s) documents no %d response (nor %s nor 'default'), but the spec's"
          + " operation %s returns %s; document a %d response here, or remove %s from the spec's"
          + " operation (spec at %s)"),
  OPENAPI_RESPONSE_EXTRA(
      "openapi-response-extra",
      Group.OPENAPI,
      "operation '%s' documents a %d response, but the spec's operation %s lists no status of code"
          + " %d; list one in the spec's operation (add it to the spec's statuses first if it has"
          + " none), or remove the response from the document (spec at %s)"),
  OPENAPI_ERROR_CODE_MISSING(
      "openapi-error-code-missing",
      Group.OPENAPI,
      "the %s response of operation '%s' allows only %s for the member '%s', without '%s', the"
          + " errorCode of %s that the spec's operation %s returns; add '%s' here, or remove %s"
          + " from the spec's operation (spec at %s)"),
  OPENAPI_ERROR_CODE_EXTRA(
      "openapi-error-code-extra",
      Group.OPENAPI,
      "the %s response of operation '%s' allows '%s' for the member '%s', but no status the spec's"
          + " operation %s returns under it has that errorCode (it returns %s there); list a status"
          + " with 'errorCode: %s' in the spec's operation, or remove the value here (spec at %s)"),

  // Lint.
  OUTDATED_REASON_PHRASE(
      "outdated-reason-phrase",
      Severity.WARNING,
      "'%s' is an outdated reason phrase of %d, from %s; %s names it '%s': write 'name: %s', and"
          + " keep 'id: %s' so that the generated names stay the same"),

  TYPE_BASE_NOT_DIRECTORY(
      "type-base-not-directory",
      Severity.WARNING,
      "typeBase '%s' ends neither in '/' nor in '#', so a relative 'type:' replaces its last"
          + " segment and a slug is glued to it: the type of %s would be '%s'; end it with '/'"
          + " ('%s/') or '#'"),

  // Problem details on the wire (RFC 9457).
  PROBLEM_NOT_MAPPING(
      "problem-not-mapping",
      "'problem' must be a mapping with 'typeBase:' and 'errorCodeMember:' below it, not %s"),
  INVALID_TYPE_BASE(
      "invalid-type-base",
      "typeBase '%s' is not an absolute URI (%s); write a URI with a scheme, e.g."
          + " 'https://api.example.com/problems/'"),
  INVALID_PROBLEM_TYPE(
      "invalid-problem-type",
      "type '%s' is not a URI reference (%s); write an absolute URI, or a path relative to"
          + " 'problem.typeBase' such as 'tenant-suspended'"),
  PROBLEM_TYPE_NEEDS_BASE(
      "problem-type-needs-base",
      "type '%s' is relative, but the spec has no 'problem.typeBase' to resolve it against; write"
          + " an absolute URI, or add 'problem: {typeBase: https://...}'"),
  DUPLICATE_PROBLEM_TYPE(
      "duplicate-problem-type",
      "%s has the problem type %s, as %s (line %d) has; a type URI must identify one status, give"
          + " one of them another 'type:'"),
  INVALID_ERROR_CODE_MEMBER(
      "invalid-error-code-member",
      "errorCodeMember '%s' is not a plain JSON member name; RFC 9457 asks for a letter, then"
          + " letters, digits and '_'%s"),
  RESERVED_ERROR_CODE_MEMBER(
      "reserved-error-code-member",
      "errorCodeMember '%s' is a member RFC 9457 defines (type, title, status, detail, instance);"
          + " choose another name, e.g. 'errorCode'"),
  SHORT_ERROR_CODE_MEMBER(
      "short-error-code-member",
      Severity.WARNING,
      "errorCodeMember '%s' has %d characters; RFC 9457 recommends member names of 3 or more,"
          + " e.g. 'errorCode'"),

  // gRPC (AIP-193).
  GRPC_NOT_MAPPING(
      "grpc-not-mapping",
      "'grpc' at the top level must be a mapping with 'domain:' below it, e.g. 'grpc: {domain:"
          + " api.example.com}', not %s"),
  UNKNOWN_GRPC_CODE(
      "unknown-grpc-code",
      "'%s' is not the name of a gRPC error code (google.rpc.Code)%s; use one of: %s"),
  GRPC_CODE_NOT_ERROR(
      "grpc-code-not-error",
      "'grpc' is only for error statuses (4xx and 5xx), which travel as gRPC errors; %d %s is not"
          + " an error, remove the key"),
  GRPC_REASON_FORMAT(
      "grpc-reason-format",
      Severity.WARNING,
      "id %s is the ErrorInfo reason of its gRPC errors, which AIP-193 wants as"
          + " [A-Z][A-Z0-9_]*[A-Z0-9] of at most %d characters, and it %s; clients that check"
          + " reasons may refuse it: give it an 'id:' that fits"),

  // The processor's options.
  INVALID_OPTION(
      "invalid-option",
      "-A%s=%s is not a valid value; use one of: %s (the option keeps its default)"),
  ADAPTER_FRAMEWORK_MISSING(
      "adapter-framework-missing",
      "-Astatusspec.adapters names %s, but its framework is not on the compile class path (no %s);"
          + " add the framework's dependency, or remove %s from the option"),

  WRITE_FAILED("write-failed", "cannot write the generated file %s: %s"),

  INTERNAL_ERROR(
      "internal-error",
      "the statusspec processor failed unexpectedly; this is a bug in statusspec, please report it"
          + " with this message: %s");

  /** Who decides how a diagnostic is reported. */
  enum Group {
    /** The catalogue: its {@link Message#severity()}. */
    CATALOGUE,
    /**
     * {@code -Astatusspec.compatibility}: an error by default, a warning or nothing as the option
     * says ({@link Diagnostics#Diagnostics(String, java.util.Optional)}).
     */
    COMPATIBILITY,
    /**
     * {@code -Astatusspec.openapi}: an error by default, a warning or nothing as the option says
     * ({@link Diagnostics#Diagnostics(String, java.util.Optional, java.util.Optional)}).
     */
    OPENAPI
  }

  private final String id;
  private final Severity severity;
  private final Group group;
  private final String template;
  private final int arity;

  Message(String id, String template) {
    this(id, Severity.ERROR, Group.CATALOGUE, template);
  }

  Message(String id, Severity severity, String template) {
    this(id, severity, Group.CATALOGUE, template);
  }

  Message(String id, Group group, String template) {
    this(id, Severity.ERROR, group, template);
  }

  Message(String id, Severity severity, Group group, String template) {
    this.id = id;
    this.severity = severity;
    this.group = group;
    this.template = template;
    this.arity = arity(template);
  }

  /** The stable id, printed as {@code [statusspec:<id>]}. */
  public String id() {
    return id;
  }

  /**
   * Whether it fails the build, warns, or only informs, as the catalogue says; a {@linkplain
   * #isCompatibility() compatibility} message is reported as the option says instead.
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Whether this reports a breaking change against the baseline (the table of breaking changes in
   * docs/guide/evolution.md), whose severity {@code -Astatusspec.compatibility} decides: {@code
   * error} (the default), {@code warn} or {@code off}.
   */
  public boolean isCompatibility() {
    return group == Group.COMPATIBILITY;
  }

  /**
   * Whether this reports how the spec and its OpenAPI document disagree, or why the document could
   * not be compared (docs/guide/openapi-agreement.md), whose severity {@code -Astatusspec.openapi}
   * decides: {@code error} (the default), {@code warn} or {@code off}.
   */
  public boolean isOpenApi() {
    return group == Group.OPENAPI;
  }

  /**
   * Whether the spec's model stays whole after this problem, so that the types are generated
   * anyway: then the build fails with the spec's own errors, and not also with "cannot find symbol"
   * wherever the generated types are used. True for warnings and notes, for breaking changes
   * against the baseline (the spec itself is whole), and for the errors after which the binder
   * leaves the value out and its default applies: an unknown key, a value of the wrong kind or
   * empty, an ambiguous boolean, a text too long for a constant, a bad {@code problem:} section or
   * {@code type:}, an {@code exception:} on a status that is not an error. Never for a problem of
   * what generated code is named or made of (codes, ids, names, errorCodes, exception names,
   * operations, the generated types' names): the binder returns no model, or the validator's or the
   * plan's checks find that generating would not compile.
   */
  public boolean keepsModel() {
    if (severity != Severity.ERROR || isCompatibility()) {
      return true;
    }
    return switch (this) {
      case UNKNOWN_KEY,
          WRONG_TYPE,
          EMPTY_VALUE,
          YAML_1_1_BOOLEAN,
          TEXT_TOO_LONG,
          PROBLEM_NOT_MAPPING,
          INVALID_TYPE_BASE,
          INVALID_PROBLEM_TYPE,
          INVALID_ERROR_CODE_MEMBER,
          RESERVED_ERROR_CODE_MEMBER,
          EXCEPTION_NOT_ERROR ->
          true;
      default -> false;
    };
  }

  /** The whole text, with {@link java.util.Formatter} placeholders for the values. */
  public String template() {
    return template;
  }

  /** How many values the template takes. */
  public int arity() {
    return arity;
  }

  /**
   * The message text with {@code args} filled in.
   *
   * @throws IllegalArgumentException if {@code args} are not exactly {@link #arity()} values
   */
  public String format(Object... args) {
    if (args.length != arity) {
      throw new IllegalArgumentException(
          id + " takes " + arity + " values, not " + args.length + ": " + Arrays.toString(args));
    }
    return String.format(Locale.ROOT, template, args);
  }

  /** The number of values a format string consumes ({@code %n} and {@code %%} take none). */
  static int arity(String template) {
    Matcher m = Placeholder.PATTERN.matcher(template);
    int count = 0;
    while (m.find()) {
      if (!m.group(1).equals("n") && !m.group(1).equals("%")) {
        count++;
      }
    }
    return count;
  }

  /** Holds the pattern apart: the constants, initialized first, need it. */
  private static final class Placeholder {
    static final Pattern PATTERN = Pattern.compile("%(?:[-#+ 0,(]*\\d*(?:\\.\\d+)?)([a-zA-Z%])");
  }
}
