package dev.statusspec.processor.check;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Hint;
import dev.statusspec.processor.diag.Location;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.diag.Suggestion;
import dev.statusspec.processor.model.Ids;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Problem;
import dev.statusspec.processor.model.Retired;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.model.Suggestions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules that compare statuses with each other: unique ids and handler methods, shared codes
 * told apart by errorCodes, and the largest catalogue one enum can hold. The names of the generated
 * types are {@link GeneratedTypeChecks}'s.
 */
public final class SpecValidator {

  /**
   * The most statuses one spec may have. Past a few thousand, the generated code exceeds the JVM's
   * 64 KB limit on one method's bytecode. Measured with {@code benchmarks/enum-ceiling.sh} (see
   * {@code docs/PERFORMANCE.md}): the Eclipse compiler (ecj 3.46, as in the Eclipse IDE) is the
   * first to fail, on the enum's class initializer, which costs 24 bytes per constant there (javac:
   * 16, since it builds {@code values()} in a separate method): ecj compiles 2,741 statuses and
   * fails on 2,742. javac 17 and 25 fail later, at 3,863, on the switch map class of {@code accept}
   * ("code too large for try statement"). 2,500 keeps a margin of about 9% below the lowest
   * ceiling; past it the processor reports {@code too-many-statuses}, naming the limit and
   * suggesting a split, instead of letting a compiler fail inside generated code.
   */
  public static final int MAX_STATUSES = 2_500;

  private SpecValidator() {}

  /** Reports to {@code diagnostics} every rule {@code spec} breaks. */
  public static void validate(Spec spec, Diagnostics diagnostics) {
    List<Status> statuses = spec.statuses();
    if (statuses.size() > MAX_STATUSES) {
      diagnostics.report(
          Message.TOO_MANY_STATUSES,
          statuses.get(MAX_STATUSES).position(),
          statuses.size(),
          MAX_STATUSES);
      return;
    }
    uniqueIds(statuses, diagnostics);
    uniqueHandlerMethods(statuses, diagnostics);
    sharedCodes(statuses, diagnostics);
    operations(spec, diagnostics);
    retired(spec, diagnostics);
    problemTypes(spec, diagnostics);
  }

  /**
   * Each status's problem type identifies it alone (RFC 9457 §3.1.1), except {@code about:blank},
   * which means "no more than the status code"; a relative {@code type:} needs a base.
   */
  private static void problemTypes(Spec spec, Diagnostics diagnostics) {
    Map<String, Status> byType = new HashMap<>();
    for (Status status : spec.statuses()) {
      if (status.type().isPresent()
          && spec.problem().typeBase().isEmpty()
          && !isAbsolute(status.type().get())) {
        diagnostics.report(
            Message.PROBLEM_TYPE_NEEDS_BASE, status.typePosition(), status.type().get());
        continue;
      }
      String type = spec.problemType(status);
      if (type.equals(Problem.ABOUT_BLANK)) {
        continue;
      }
      Status first = byType.putIfAbsent(type, status);
      if (first != null) {
        diagnostics.report(
            Message.DUPLICATE_PROBLEM_TYPE,
            status.type().isPresent() ? status.typePosition() : status.idPosition(),
            status.displayName(),
            type,
            first.displayName(),
            (first.type().isPresent() ? first.typePosition() : first.idPosition()).line());
      }
    }
  }

  private static boolean isAbsolute(String uri) {
    try {
      return new URI(uri).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * Retired ids are unique, and no status takes a retired id, or a retired code with its errorCode
   * ({@code retired-reused}, which {@code -Astatusspec.compatibility} governs like the changes
   * against a baseline).
   */
  private static void retired(Spec spec, Diagnostics diagnostics) {
    Map<String, Retired> byId = new HashMap<>();
    for (Retired retired : spec.retired()) {
      Retired first = byId.putIfAbsent(retired.id(), retired);
      if (first != null) {
        diagnostics.report(
            Message.DUPLICATE_ID,
            retired.idPosition(),
            retired.id(),
            first.idPosition().line(),
            Hint.AMONG_RETIRED);
      }
    }
    for (Status status : spec.statuses()) {
      reused(status, spec.retired(), diagnostics.file(), diagnostics);
    }
  }

  /**
   * Reports {@code status} if it takes the id, or the code and errorCode, of one of {@code
   * retired}, listed in {@code file}.
   */
  static void reused(Status status, List<Retired> retired, String file, Diagnostics diagnostics) {
    for (Retired entry : retired) {
      if (entry.id().equals(status.id())) {
        diagnostics.report(
            Message.RETIRED_REUSED,
            status.idPosition(),
            new Location(file, entry.idPosition()),
            status.id(),
            Hint.RETIRED_ID.with(entry.id()),
            entry.displayName());
        return;
      }
    }
    for (Retired entry : retired) {
      if (entry.sameCodes(status)) {
        diagnostics.report(
            Message.RETIRED_REUSED,
            status.errorCode().isPresent() ? status.errorCodePosition() : status.codePosition(),
            new Location(file, entry.codePosition()),
            status.id(),
            status.errorCode().isPresent()
                ? Hint.RETIRED_CODE_AND_ERROR_CODE.with(status.code(), status.errorCode().get())
                : Hint.RETIRED_CODE_WITHOUT_ERROR_CODE.with(status.code()),
            entry.displayName());
        return;
      }
    }
  }

  /**
   * Each operation lists ids the spec has, each once; no two operations give type names that differ
   * only in letter case, or have the same id on the wire.
   */
  private static void operations(Spec spec, Diagnostics diagnostics) {
    if (spec.operations().isEmpty()) {
      return;
    }
    Map<String, Status> byId = new HashMap<>();
    Map<Integer, List<String>> idsByCode = new HashMap<>();
    for (Status status : spec.statuses()) {
      byId.putIfAbsent(status.id(), status);
      idsByCode.computeIfAbsent(status.code(), c -> new ArrayList<>()).add(status.id());
    }
    Map<String, Operation> byTypeName = new HashMap<>();
    Map<String, Operation> byWireId = new HashMap<>();
    for (Operation operation : spec.operations()) {
      Operation sameId = byWireId.putIfAbsent(operation.wireId(), operation);
      if (sameId != null) {
        diagnostics.report(
            Message.DUPLICATE_OPERATION_ID,
            operation.operationIdPosition(),
            operation.name(),
            sameId.name(),
            sameId.operationIdPosition().line(),
            operation.wireId());
      }
      Operation first =
          byTypeName.putIfAbsent(operation.pascalName().toLowerCase(Locale.ROOT), operation);
      if (first != null) {
        diagnostics.report(
            Message.OPERATION_NAME_CLASH,
            operation.namePosition(),
            operation.name(),
            first.name(),
            first.namePosition().line(),
            operation.pascalName() + ", " + first.pascalName());
      }
      Map<String, Position> seen = new HashMap<>();
      for (Operation.StatusRef ref : operation.statuses()) {
        if (!byId.containsKey(ref.id())) {
          diagnostics.report(
              Message.UNKNOWN_OPERATION_STATUS,
              ref.position(),
              operation.name(),
              ref.id(),
              suggestId(ref.id(), spec.statuses(), byId, idsByCode));
          continue;
        }
        Position earlier = seen.putIfAbsent(ref.id(), ref.position());
        if (earlier != null) {
          diagnostics.report(
              Message.DUPLICATE_OPERATION_STATUS,
              ref.position(),
              operation.name(),
              ref.id(),
              earlier.line(),
              earlier.column());
        }
      }
    }
  }

  /**
   * The ids meant by what an operation lists instead of an id: the ids of a code ({@code 409}), the
   * id of a reason phrase ({@code Conflict}, {@code Tenant Suspended}), or the closest id.
   */
  private static Suggestion suggestId(
      String given,
      List<Status> statuses,
      Map<String, Status> byId,
      Map<Integer, List<String>> idsByCode) {
    String trimmed = given.strip();
    if (trimmed.matches("[1-5][0-9][0-9]")) {
      List<String> ofCode = idsByCode.get(Integer.parseInt(trimmed));
      if (ofCode != null) {
        return Suggestion.anyOf(ofCode);
      }
    }
    String snake = Ids.normalizeToSnake(trimmed);
    if (byId.containsKey(snake)) {
      return Suggestion.of(snake);
    }
    for (Status status : statuses) {
      if (status.reasonPhrase().strip().equalsIgnoreCase(trimmed)) {
        return Suggestion.of(status.id());
      }
    }
    return Suggestions.suggest(trimmed, new TreeSet<>(byId.keySet()));
  }

  private static void uniqueIds(List<Status> statuses, Diagnostics diagnostics) {
    Map<String, Status> byId = new HashMap<>();
    for (Status status : statuses) {
      Status first = byId.putIfAbsent(status.id(), status);
      if (first != null) {
        diagnostics.report(
            Message.DUPLICATE_ID,
            status.idPosition(),
            status.id(),
            first.idPosition().line(),
            status.idDerived() || first.idDerived() ? Hint.DERIVED_IDS : Hint.NONE);
      }
    }
  }

  private static void uniqueHandlerMethods(List<Status> statuses, Diagnostics diagnostics) {
    Map<String, Status> byMethod = new HashMap<>();
    for (Status status : statuses) {
      Status first = byMethod.putIfAbsent(status.handlerMethodName(), status);
      if (first != null && !first.id().equals(status.id())) {
        diagnostics.report(
            Message.HANDLER_METHOD_CLASH,
            status.idPosition(),
            status.id(),
            first.id(),
            first.idPosition().line(),
            status.handlerMethodName());
      }
    }
  }

  private static void sharedCodes(List<Status> statuses, Diagnostics diagnostics) {
    Map<Integer, List<Status>> byCode =
        statuses.stream()
            .collect(Collectors.groupingBy(Status::code, LinkedHashMap::new, Collectors.toList()));
    for (List<Status> sharing : byCode.values()) {
      if (sharing.size() < 2) {
        continue;
      }
      String lines =
          sharing.stream()
              .map(s -> String.valueOf(s.position().line()))
              .collect(Collectors.joining(", "));
      Map<String, Status> byErrorCode = new HashMap<>();
      for (Status status : sharing) {
        if (status.errorCode().isEmpty()) {
          diagnostics.report(
              Message.SHARED_CODE_NEEDS_ERROR_CODE,
              status.position(),
              status.code(),
              sharing.size(),
              lines);
          continue;
        }
        Status first = byErrorCode.putIfAbsent(status.errorCode().get(), status);
        if (first != null) {
          diagnostics.report(
              Message.DUPLICATE_ERROR_CODE,
              status.errorCodePosition(),
              status.errorCode().get(),
              status.code(),
              first.errorCodePosition().line());
        }
      }
    }
  }
}
