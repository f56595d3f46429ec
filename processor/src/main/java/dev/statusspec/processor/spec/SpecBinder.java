package dev.statusspec.processor.spec;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Hint;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.diag.Suggestion;
import dev.statusspec.processor.model.Grpc;
import dev.statusspec.processor.model.Ids;
import dev.statusspec.processor.model.Keys;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Problem;
import dev.statusspec.processor.model.Retired;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.model.Suggestions;
import dev.statusspec.processor.spec.YamlNode.Entry;
import dev.statusspec.processor.spec.YamlNode.Mapping;
import dev.statusspec.processor.spec.YamlNode.Scalar;
import dev.statusspec.processor.spec.YamlNode.ScalarKind;
import dev.statusspec.processor.spec.YamlNode.Sequence;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds the YAML tree of a spec to the model: checks the shape (keys, types, required values, as
 * {@link Keys} describes each section) and applies the defaults, reporting every problem it finds
 * rather than stopping at the first. Rules that compare statuses with each other are {@code
 * SpecValidator}'s.
 */
public final class SpecBinder {

  /** The most bytes (modified UTF-8) of one string constant in a class file. */
  public static final int MAX_CONSTANT_BYTES = 65_535;

  /** A plain JSON member name as RFC 9457 §3.2 recommends: a letter, letters, digits, '_'. */
  private static final Pattern PLAIN_MEMBER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");

  /** A decimal code with a leading zero, which YAML 1.1 reads as octal. */
  private static final Pattern LEADING_ZERO = Pattern.compile("[+-]?0[0-9]+");

  private static final Set<String> YAML_1_2_BOOLEANS =
      Set.of("true", "True", "TRUE", "false", "False", "FALSE");

  /** What {@code missing-key} calls an entry of {@code statuses}. */
  private static final Hint STATUS = Hint.ENTRY_STATUS;

  /** What {@code missing-key} calls an entry of {@code retired}. */
  private static final Hint RETIRED = Hint.ENTRY_RETIRED;

  private final Diagnostics diagnostics;

  /**
   * Whether every entry of the file (status, operation, retired status) is in the model, with every
   * value that names or identifies something as written: else the model must not be generated from,
   * even when each problem on its own {@linkplain Message#keepsModel() keeps the model}.
   */
  private boolean complete = true;

  private SpecBinder(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Binds {@code root}; returns the spec, or empty when a problem reported to {@code diagnostics}
   * leaves it unfit to generate from. Problems that {@linkplain Message#keepsModel() keep the
   * model} (an unknown key, a description of the wrong kind...) are reported, and the spec is
   * returned without the values concerned: their defaults apply.
   */
  public static Optional<Spec> bind(YamlNode root, Diagnostics diagnostics) {
    return new SpecBinder(diagnostics).spec(root);
  }

  private Optional<Spec> spec(YamlNode root) {
    if (!(root instanceof Mapping top)) {
      diagnostics.report(Message.TOP_LEVEL_NOT_MAPPING, root.position(), root.describe());
      return Optional.empty();
    }
    Set<String> misspelled = checkKeys(top, Keys.TOP_LEVEL);
    Values values = scalars(top, Keys.TOP_LEVEL, misspelled, Hint.NONE);
    Optional<String> name = values.text("name");
    complete &= !values.reported("name");
    Position namePosition = positionOf(top, "name").orElse(top.position());
    if (name.isPresent() && !Ids.isValidTypeName(name.get())) {
      String suggestion = Ids.suggestTypeName(name.get());
      diagnostics.report(
          Message.INVALID_NAME_PREFIX,
          namePosition,
          name.get(),
          name.get(),
          Ids.isValidTypeName(suggestion) ? Suggestion.of(suggestion) : Suggestion.NONE);
    }
    String description = values.text("description").orElse("");
    Problem problem = problem(top);
    List<Status> statuses = statuses(top, misspelled.contains("statuses"));
    List<Operation> operations = operations(top);
    List<Retired> retired = retired(top);
    Grpc grpc = grpc(top);
    return !complete || diagnostics.hasBlockingErrors()
        ? Optional.empty()
        : Optional.of(
            new Spec(
                name,
                namePosition,
                description,
                statuses,
                operations,
                retired,
                keyPosition(top, "statuses").orElse(top.position()),
                keyPosition(top, "retired").orElse(Position.UNKNOWN),
                problem,
                grpc));
  }

  /**
   * The {@code operations:} section: names checked here, the ids they list checked against the
   * statuses by {@code SpecValidator}.
   */
  private List<Operation> operations(Mapping top) {
    Optional<Entry> entry = top.get("operations");
    if (entry.isEmpty() || isNull(entry.get().value())) {
      return List.of();
    }
    YamlNode value = entry.get().value();
    if (!(value instanceof Mapping section)) {
      diagnostics.report(Message.OPERATIONS_NOT_MAPPING, value.position(), value.describe());
      complete = false;
      return List.of();
    }
    List<Operation> operations = new ArrayList<>(section.entries().size());
    for (Entry operation : section.entries()) {
      Optional<Operation> bound = operation(operation);
      bound.ifPresent(operations::add);
      complete &= bound.isPresent();
    }
    return operations;
  }

  private Optional<Operation> operation(Entry entry) {
    boolean ok = true;
    String name = entry.key();
    if (!Ids.isValidOperationName(name)) {
      ok = false;
      String suggestion = Ids.suggestOperationName(name);
      diagnostics.report(
          Message.INVALID_OPERATION_NAME,
          entry.keyPosition(),
          abbreviate(name),
          Ids.MAX_LENGTH,
          Ids.isValidOperationName(suggestion) ? Suggestion.of(suggestion) : Suggestion.NONE);
    }
    String shown = abbreviate(name);
    if (!(entry.value() instanceof Mapping operation)) {
      diagnostics.report(
          Message.OPERATION_NOT_MAPPING, entry.value().position(), shown, entry.value().describe());
      return Optional.empty();
    }
    Set<String> misspelled = checkKeys(operation, Keys.OPERATION);
    Values values = scalars(operation, Keys.OPERATION, misspelled, Hint.NONE);
    String description = values.text("description").orElse("");
    List<Operation.StatusRef> statuses = new ArrayList<>();
    Optional<Entry> list = operation.get("statuses");
    if (list.isEmpty()) {
      ok = false;
      if (!misspelled.contains("statuses")) {
        diagnostics.report(Message.OPERATION_STATUSES_MISSING, entry.keyPosition(), shown);
      }
    } else if (list.get().value() instanceof Sequence ids) {
      if (ids.items().isEmpty()) {
        ok = false;
        diagnostics.report(Message.OPERATION_STATUSES_EMPTY, list.get().keyPosition(), shown);
      }
      for (YamlNode item : ids.items()) {
        if (item instanceof Scalar scalar && scalar.kind() != ScalarKind.NULL) {
          statuses.add(new Operation.StatusRef(scalar.text(), scalar.position()));
        } else {
          ok = false;
          diagnostics.report(
              Message.OPERATION_STATUS_NOT_ID, item.position(), shown, item.describe());
        }
      }
    } else if (isNull(list.get().value())) {
      ok = false;
      diagnostics.report(Message.OPERATION_STATUSES_EMPTY, list.get().keyPosition(), shown);
    } else {
      ok = false;
      diagnostics.report(
          Message.OPERATION_STATUSES_NOT_LIST,
          list.get().value().position(),
          shown,
          list.get().value().describe());
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        new Operation(
            name,
            entry.keyPosition(),
            description,
            statuses,
            values.text("operationId"),
            positionOf(operation, "operationId").orElse(entry.keyPosition())));
  }

  /** The {@code problem:} section, or its defaults. */
  private Problem problem(Mapping top) {
    Optional<Entry> entry = top.get("problem");
    if (entry.isEmpty() || isNull(entry.get().value())) {
      return Problem.defaults(top.position());
    }
    if (!(entry.get().value() instanceof Mapping problem)) {
      YamlNode value = entry.get().value();
      diagnostics.report(Message.PROBLEM_NOT_MAPPING, value.position(), value.describe());
      return Problem.defaults(top.position());
    }
    Values values = scalars(problem, Keys.PROBLEM, checkKeys(problem, Keys.PROBLEM), Hint.NONE);
    Position typeBasePosition = positionOf(problem, "typeBase").orElse(problem.position());
    Optional<String> typeBase =
        values.text("typeBase").filter(base -> checkTypeBase(base, typeBasePosition));
    Position memberPosition = positionOf(problem, "errorCodeMember").orElse(problem.position());
    Optional<String> member =
        values.text("errorCodeMember").filter(m -> checkErrorCodeMember(m, memberPosition));
    return new Problem(
        typeBase,
        typeBasePosition,
        member.orElse(Problem.DEFAULT_ERROR_CODE_MEMBER),
        memberPosition);
  }

  /** The {@code grpc:} section, or its defaults; a key without a value is the section present. */
  private Grpc grpc(Mapping top) {
    Optional<Entry> entry = top.get("grpc");
    if (entry.isEmpty()) {
      return Grpc.absent(top.position());
    }
    YamlNode value = entry.get().value();
    if (isNull(value)) {
      return new Grpc(true, Optional.empty(), entry.get().keyPosition());
    }
    if (!(value instanceof Mapping grpc)) {
      diagnostics.report(Message.GRPC_NOT_MAPPING, value.position(), value.describe());
      return Grpc.absent(top.position());
    }
    Values values = scalars(grpc, Keys.GRPC, checkKeys(grpc, Keys.GRPC), Hint.NONE);
    return new Grpc(
        true, values.text("domain"), positionOf(grpc, "domain").orElse(grpc.position()));
  }

  /** A status's {@code grpc:}: the name of a gRPC error code, on an error status. */
  private Optional<String> grpcCode(
      Mapping status, Optional<String> grpc, Optional<Integer> code, Optional<String> name) {
    if (grpc.isEmpty()) {
      return grpc;
    }
    Position position = valuePosition(status, "grpc");
    if (!Grpc.ERROR_CODES.contains(grpc.get())) {
      diagnostics.report(
          Message.UNKNOWN_GRPC_CODE,
          position,
          abbreviate(grpc.get()),
          Suggestions.suggest(grpc.get(), Grpc.ERROR_CODES),
          String.join(", ", Grpc.ERROR_CODES));
      return Optional.empty();
    }
    if (code.isPresent() && code.get() < 400) {
      diagnostics.report(
          Message.GRPC_CODE_NOT_ERROR, position, code.get(), name.orElse("(no name)"));
      return Optional.empty();
    }
    return grpc;
  }

  /** Whether {@code base} is a valid typeBase; reports why not. */
  private boolean checkTypeBase(String base, Position position) {
    String why;
    try {
      URI uri = new URI(base);
      if (uri.isAbsolute()) {
        // The slugs are appended to it: the results must be URIs too (they are, for a valid base
        // and slugs of letters, digits and '-', unless the base ends inside an escape).
        new URI(base + "a-1");
        return true;
      }
      why = "it has no scheme";
    } catch (URISyntaxException e) {
      why = e.getReason() + " at index " + e.getIndex();
    }
    diagnostics.report(Message.INVALID_TYPE_BASE, position, abbreviate(base), why);
    return false;
  }

  /** Whether {@code member} may name the errorCode member (a short one is only warned about). */
  private boolean checkErrorCodeMember(String member, Position position) {
    if (!PLAIN_MEMBER.matcher(member).matches()) {
      String suggestion = member.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^[^A-Za-z]+", "");
      diagnostics.report(
          Message.INVALID_ERROR_CODE_MEMBER,
          position,
          abbreviate(member),
          PLAIN_MEMBER.matcher(suggestion).matches()
                  && !Problem.STANDARD_MEMBERS.contains(suggestion)
              ? Suggestion.of(suggestion)
              : Suggestion.NONE);
      return false;
    } else if (Problem.STANDARD_MEMBERS.contains(member)) {
      diagnostics.report(Message.RESERVED_ERROR_CODE_MEMBER, position, member);
      return false;
    } else if (member.length() < 3) {
      diagnostics.report(Message.SHORT_ERROR_CODE_MEMBER, position, member, member.length());
    }
    return true;
  }

  /** A status's {@code type:}, which must be a URI reference. */
  private Optional<String> problemType(Mapping status, Optional<String> type) {
    if (type.isPresent()) {
      try {
        new URI(type.get());
      } catch (URISyntaxException e) {
        diagnostics.report(
            Message.INVALID_PROBLEM_TYPE,
            valuePosition(status, "type"),
            abbreviate(type.get()),
            e.getReason() + " at index " + e.getIndex());
        return Optional.empty();
      }
    }
    return type;
  }

  private List<Status> statuses(Mapping top, boolean misspelled) {
    Optional<Entry> entry = top.get("statuses");
    if (entry.isEmpty()) {
      if (!misspelled) {
        diagnostics.report(Message.STATUSES_MISSING, top.position());
      }
      return List.of();
    }
    YamlNode value = entry.get().value();
    if (!(value instanceof Sequence list)) {
      if (isNull(value)) {
        diagnostics.report(Message.STATUSES_EMPTY, entry.get().keyPosition());
      } else {
        diagnostics.report(Message.STATUSES_NOT_LIST, value.position(), value.describe());
      }
      return List.of();
    }
    if (list.items().isEmpty()) {
      diagnostics.report(Message.STATUSES_EMPTY, entry.get().keyPosition());
      return List.of();
    }
    List<Status> statuses = new ArrayList<>(list.items().size());
    for (YamlNode item : list.items()) {
      if (item instanceof Mapping mapping) {
        Optional<Status> status = status(mapping);
        status.ifPresent(statuses::add);
        complete &= status.isPresent();
      } else {
        diagnostics.report(Message.STATUS_NOT_MAPPING, item.position(), item.describe());
        complete = false;
      }
    }
    return statuses;
  }

  /**
   * The status, or empty when what names or identifies it (its code, name, id, errorCode, and for
   * an error its exception) is missing or was reported; other values reported are left out.
   */
  private Optional<Status> status(Mapping status) {
    Values values = scalars(status, Keys.STATUS, checkKeys(status, Keys.STATUS), STATUS);
    Optional<Integer> code = values.integer("code");
    Optional<String> name = values.text("name");
    Optional<String> explicitId = values.text("id");
    Optional<String> id =
        explicitId.isPresent()
            ? explicitId(explicitId.get(), valuePosition(status, "id"))
            : name.flatMap(n -> derivedId(n, valuePosition(status, "name")));
    String description = values.text("description").orElse("");
    Optional<String> errorCode = values.text("errorCode");
    boolean retryable = values.bool("retryable").orElse(false);
    Optional<String> deprecation = values.deprecation("deprecated");
    Optional<String> exception =
        values
            .text("exception")
            .filter(e -> checkException(e, valuePosition(status, "exception"), code, name));
    Optional<String> type = problemType(status, values.text("type"));
    Optional<String> grpc = grpcCode(status, values.text("grpc"), code, name);
    boolean named = code.isEmpty() || code.get() >= 400;
    if (code.isEmpty()
        || name.isEmpty()
        || id.isEmpty()
        || values.reported("id")
        || values.reported("errorCode")
        || (named && values.reported("exception"))) {
      return Optional.empty();
    }
    return Optional.of(
        new Status(
            code.orElseThrow(),
            id.orElseThrow(),
            explicitId.isEmpty(),
            name.orElseThrow(),
            description,
            errorCode,
            retryable,
            deprecation,
            exception,
            status.position(),
            valuePosition(status, "code"),
            keyPosition(status, "id").or(() -> keyPosition(status, "name")).orElseThrow(),
            keyPosition(status, "errorCode").orElse(status.position()),
            keyPosition(status, "exception").orElse(status.position()),
            valuePosition(status, "name"),
            type,
            positionOf(status, "type").orElse(status.position()),
            grpc,
            positionOf(status, "grpc").orElse(status.position())));
  }

  private List<Retired> retired(Mapping top) {
    Optional<Entry> entry = top.get("retired");
    if (entry.isEmpty() || isNull(entry.get().value())) {
      return List.of();
    }
    YamlNode value = entry.get().value();
    if (!(value instanceof Sequence list)) {
      diagnostics.report(
          Message.WRONG_TYPE,
          value.position(),
          "retired",
          "a list of retired statuses, each starting with '- id:'",
          value.describe());
      complete = false;
      return List.of();
    }
    List<Retired> retired = new ArrayList<>(list.items().size());
    for (YamlNode item : list.items()) {
      if (item instanceof Mapping mapping) {
        Optional<Retired> bound = retiredStatus(mapping);
        bound.ifPresent(retired::add);
        complete &= bound.isPresent();
      } else {
        complete = false;
        diagnostics.report(
            Message.WRONG_TYPE,
            item.position(),
            "retired",
            "a list of mappings such as '- id: LEGACY_CONFLICT' with the status's 'code' below it",
            "a list holding " + item.describe());
      }
    }
    return retired;
  }

  private Optional<Retired> retiredStatus(Mapping entry) {
    int before = diagnostics.count();
    Set<String> misspelled = checkKeys(entry, Keys.RETIRED);
    Values values = scalars(entry, Keys.RETIRED, misspelled, RETIRED);
    Optional<String> id = values.text("id").flatMap(i -> explicitId(i, valuePosition(entry, "id")));
    Optional<Integer> code = values.integer("code");
    Optional<String> errorCode = values.text("errorCode");
    if (errorCode.isPresent() && entry.get("code").isEmpty() && !misspelled.contains("code")) {
      diagnostics.report(
          Message.MISSING_KEY,
          entry.position(),
          RETIRED,
          "code",
          RETIRED,
          Keys.RETIRED.get("code").hint());
    }
    String reason = values.text("reason").orElse("");
    if (diagnostics.count() != before) {
      return Optional.empty();
    }
    return Optional.of(
        new Retired(
            id.orElseThrow(),
            code,
            errorCode,
            reason,
            entry.position(),
            keyPosition(entry, "id").orElseThrow(),
            keyPosition(entry, "code").orElse(entry.position())));
  }

  /** A code's value: a whole number from 100 to 599 in plain decimal digits. */
  private Optional<Integer> codeValue(YamlNode value) {
    if (!(value instanceof Scalar scalar) || scalar.kind() != ScalarKind.INTEGER) {
      String what = isNull(value) ? "empty" : value.describe();
      Hint hint = Hint.NONE;
      if (value instanceof Scalar scalar
          && scalar.kind() == ScalarKind.STRING
          && DECIMAL.matcher(scalar.text().strip()).matches()) {
        hint = Hint.CODE_QUOTED;
      } else if (value instanceof Scalar scalar && scalar.text().matches("\\d{3}\\s+\\S.*")) {
        hint = Hint.CODE_WITH_PHRASE;
      }
      diagnostics.report(Message.CODE_NOT_INTEGER, value.position(), what, hint);
      return Optional.empty();
    }
    String text = scalar.text();
    if (!DECIMAL.matcher(text).matches() || LEADING_ZERO.matcher(text).matches()) {
      // 0x1F4, 0o764, 1_000, 0764 (octal in YAML 1.1): valid YAML integers, but not what a reader
      // of the spec sees at a glance.
      diagnostics.report(
          Message.CODE_NOT_INTEGER,
          value.position(),
          "'" + text + "'",
          Hint.CODE_NOT_PLAIN_DECIMAL);
      return Optional.empty();
    }
    String digits = text.startsWith("+") ? text.substring(1) : text;
    if (digits.length() > 3 || Integer.parseInt(digits) < 100 || Integer.parseInt(digits) > 599) {
      diagnostics.report(Message.CODE_OUT_OF_RANGE, value.position(), abbreviate(text));
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(digits));
  }

  private Optional<String> explicitId(String id, Position position) {
    if (id.length() > Ids.MAX_LENGTH) {
      diagnostics.report(
          Message.ID_TOO_LONG, position, abbreviate(id), id.length(), Ids.MAX_LENGTH);
      return Optional.empty();
    }
    if (!Ids.isValidId(id)) {
      String suggestion = Ids.normalizeToSnake(id);
      diagnostics.report(
          Message.INVALID_ID,
          position,
          id,
          Ids.isValidId(suggestion) ? Suggestion.of(suggestion) : Suggestion.NONE);
      return Optional.empty();
    }
    return Optional.of(id);
  }

  private Optional<String> derivedId(String name, Position position) {
    Optional<String> id = Ids.derive(name);
    if (id.isEmpty()) {
      String snake = Ids.normalizeToSnake(name);
      Hint.Filled why =
          snake.isEmpty()
              ? Hint.NAME_WITHOUT_LETTERS.with()
              : Hint.NAME_STARTS_WITH_DIGIT.with(abbreviate(snake));
      String example = snake.isEmpty() ? "MY_STATUS" : "S_" + abbreviate(snake);
      diagnostics.report(Message.CANNOT_DERIVE_ID, position, name, why, example);
      return Optional.empty();
    }
    if (id.get().length() > Ids.MAX_LENGTH) {
      diagnostics.report(
          Message.ID_TOO_LONG, position, abbreviate(id.get()), id.get().length(), Ids.MAX_LENGTH);
      return Optional.empty();
    }
    return id;
  }

  /**
   * Whether {@code exception} names the exception of an error status; reports it on a status that
   * is not an error, and a name that is not a class name (which {@link Message#keepsModel() leaves
   * no model}).
   */
  private boolean checkException(
      String exception, Position position, Optional<Integer> code, Optional<String> name) {
    if (code.isPresent() && code.get() < 400) {
      diagnostics.report(
          Message.EXCEPTION_NOT_ERROR, position, code.get(), name.orElse("(no name)"));
      return false;
    }
    if (!Ids.isValidTypeName(exception) || exception.length() > Ids.MAX_LENGTH) {
      String suggestion = Ids.suggestTypeName(exception);
      diagnostics.report(
          Message.INVALID_EXCEPTION_NAME,
          position,
          exception,
          Ids.isValidTypeName(suggestion) && suggestion.length() <= Ids.MAX_LENGTH
              ? Suggestion.of(suggestion)
              : Suggestion.NONE);
    }
    return true;
  }

  /**
   * The values of the scalar keys of one mapping, each read as its key's {@link Keys.Type} says;
   * absent when the key is absent, empty, or its value was reported.
   */
  private record Values(Map<String, Object> values, Set<String> reported) {

    /** Whether the key is present but its value was reported, and so is left out. */
    boolean reported(String key) {
      return reported.contains(key);
    }

    Optional<String> text(String key) {
      return Optional.ofNullable((String) values.get(key));
    }

    Optional<Integer> integer(String key) {
      return Optional.ofNullable((Integer) values.get(key));
    }

    Optional<Boolean> bool(String key) {
      return Optional.ofNullable((Boolean) values.get(key));
    }

    /** A {@code deprecated:} value: "" for {@code true}, the text saying why, or absent. */
    Optional<String> deprecation(String key) {
      Object value = values.get(key);
      return value instanceof String why
          ? Optional.of(why)
          : Boolean.TRUE.equals(value) ? Optional.of("") : Optional.empty();
    }
  }

  /**
   * Reads every scalar key of {@code section} in {@code mapping} as {@link Keys} describes it:
   * reports a required one that is missing (unless a misspelling of it was reported, {@code
   * misspelled}), the length of one that becomes a class-file constant, and a value of the wrong
   * kind in the words of its type. Lists and mappings are read by their section's own code.
   *
   * @param entryName what a {@code missing-key} message calls the mapping
   */
  private Values scalars(
      Mapping mapping, Keys.Section section, Set<String> misspelled, Hint entryName) {
    Map<String, Object> values = new HashMap<>();
    Set<String> reported = new HashSet<>();
    for (Keys.Key key : section.keys()) {
      if (!key.type().isScalar()) {
        continue;
      }
      Optional<Entry> entry = mapping.get(key.name());
      if (entry.isEmpty()) {
        if (key.required() && !misspelled.contains(key.name())) {
          diagnostics.report(
              Message.MISSING_KEY,
              mapping.position(),
              entryName,
              key.name(),
              entryName,
              key.hint());
        }
        continue;
      }
      YamlNode value = entry.get().value();
      int before = diagnostics.count();
      boolean fits = !key.constant() || checkConstantLength(key, value);
      Optional<?> read = scalar(key, value);
      if (fits && read.isPresent()) {
        values.put(key.name(), read.get());
      }
      if (diagnostics.count() != before) {
        reported.add(key.name());
      }
    }
    return new Values(values, reported);
  }

  /** The value of a scalar key, or empty when it is empty or was reported. */
  private Optional<?> scalar(Keys.Key key, YamlNode value) {
    return switch (key.type()) {
      case TEXT, NAME -> text(key, value, false);
      case URI, MEMBER -> text(key, value, true);
      case INTEGER -> codeValue(value);
      case BOOLEAN -> bool(key, value);
      case BOOLEAN_OR_TEXT -> booleanOrText(key, value);
      case LIST, MAPPING -> throw new IllegalArgumentException(key.name() + " is not a scalar");
    };
  }

  /**
   * The generated enum holds the texts as string constants, which the class file format limits to
   * {@link #MAX_CONSTANT_BYTES} bytes of modified UTF-8.
   */
  private boolean checkConstantLength(Keys.Key key, YamlNode value) {
    if (value instanceof Scalar scalar) {
      long bytes = constantBytes(scalar.text());
      if (bytes > MAX_CONSTANT_BYTES) {
        diagnostics.report(
            Message.TEXT_TOO_LONG, scalar.position(), key.name(), bytes, MAX_CONSTANT_BYTES);
        return false;
      }
    }
    return true;
  }

  /** The length of {@code text} in the modified UTF-8 of class files. */
  static long constantBytes(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c >= 0x01 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
    }
    return bytes;
  }

  /** {@code true}, a text saying why ("" for {@code true}), or empty for {@code false}. */
  private Optional<Object> booleanOrText(Keys.Key key, YamlNode value) {
    if (isNull(value)) {
      return Optional.empty();
    }
    if (value instanceof Scalar scalar && scalar.kind() == ScalarKind.STRING) {
      return Optional.of(scalar.text());
    }
    if (value instanceof Scalar scalar && scalar.kind() == ScalarKind.BOOLEAN) {
      return booleanValue(scalar, key.name()).filter(b -> b).map(b -> b);
    }
    return wrongType(key, value);
  }

  private Optional<Boolean> bool(Keys.Key key, YamlNode value) {
    if (isNull(value)) {
      return Optional.empty();
    }
    if (value instanceof Scalar scalar && scalar.kind() == ScalarKind.BOOLEAN) {
      return booleanValue(scalar, key.name());
    }
    return wrongType(key, value);
  }

  /** A boolean in its YAML 1.2 spelling; {@code yes}, {@code off}... are refused as ambiguous. */
  private Optional<Boolean> booleanValue(Scalar scalar, String key) {
    String text = scalar.text();
    if (!YAML_1_2_BOOLEANS.contains(text)) {
      boolean meant = Set.of("y", "yes", "on").contains(text.toLowerCase(java.util.Locale.ROOT));
      diagnostics.report(
          Message.YAML_1_1_BOOLEAN, scalar.position(), key, text, meant ? "true" : "false");
      return Optional.empty();
    }
    return Optional.of(text.equalsIgnoreCase("true"));
  }

  /**
   * A text value: any scalar, taken exactly as written ({@code errorCode: no} is the text "no"), or
   * with {@code quoted} only a YAML string ({@code 404} or {@code true} there is a mistake, and
   * JSON Schema sees a number or a boolean). Empty (YAML null) counts as absent where the key
   * {@linkplain Keys.Key#mayBeEmpty may be empty}; elsewhere an empty or blank value is reported.
   */
  private Optional<String> text(Keys.Key key, YamlNode value, boolean quoted) {
    if (!(value instanceof Scalar scalar)
        || (quoted && scalar.kind() != ScalarKind.STRING && scalar.kind() != ScalarKind.NULL)) {
      return wrongType(key, value);
    }
    boolean empty = scalar.kind() == ScalarKind.NULL || scalar.text().isBlank();
    if (empty && !key.mayBeEmpty()) {
      diagnostics.report(
          Message.EMPTY_VALUE,
          value.position(),
          key.name(),
          scalar.kind() == ScalarKind.NULL && !scalar.text().isEmpty()
              ? Hint.YAML_NULL_WORD.with(scalar.text())
              : Hint.NONE);
      return Optional.empty();
    }
    return scalar.kind() == ScalarKind.NULL ? Optional.empty() : Optional.of(scalar.text());
  }

  /** Reports a value of the wrong kind for {@code key}, in the words of its type. */
  private <T> Optional<T> wrongType(Keys.Key key, YamlNode value) {
    diagnostics.report(
        Message.WRONG_TYPE, value.position(), key.name(), key.type().expected(), value.describe());
    return Optional.empty();
  }

  /**
   * Reports unknown keys, with a "did you mean"; returns the allowed keys suggested instead, whose
   * absence is then not reported again.
   */
  private Set<String> checkKeys(Mapping mapping, Keys.Section section) {
    List<String> allowed = section.names();
    Set<String> suggested = new HashSet<>();
    for (Entry entry : mapping.entries()) {
      if (!allowed.contains(entry.key())) {
        Suggestion closest = Suggestions.suggest(entry.key(), allowed);
        closest.text().ifPresent(suggested::add);
        diagnostics.report(
            Message.UNKNOWN_KEY,
            entry.keyPosition(),
            abbreviate(entry.key()),
            closest,
            String.join(", ", allowed));
      }
    }
    return suggested;
  }

  private static Optional<Position> positionOf(Mapping mapping, String key) {
    return mapping.get(key).map(e -> e.value().position());
  }

  /** Where the value of {@code key} is; the key must be present. */
  private static Position valuePosition(Mapping mapping, String key) {
    return positionOf(mapping, key).orElseThrow();
  }

  private static Optional<Position> keyPosition(Mapping mapping, String key) {
    return mapping.get(key).map(Entry::keyPosition);
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof Scalar scalar && scalar.kind() == ScalarKind.NULL;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
