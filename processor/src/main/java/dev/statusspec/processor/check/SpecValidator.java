package dev.statusspec.processor.check;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Location;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.model.Retired;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules that compare statuses with each other and with the names the generated code needs:
 * unique ids and handler methods, shared codes told apart by errorCodes, generated type names that
 * do not collide, and the largest catalogue one enum can hold.
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
    Set<Status> clashing = new HashSet<>();
    uniqueIds(statuses, clashing, diagnostics);
    uniqueHandlerMethods(statuses, clashing, diagnostics);
    sharedCodes(statuses, diagnostics);
    retired(spec, diagnostics);
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
            " (among the retired statuses)");
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
            RetiredUse.id(entry.id()),
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
            RetiredUse.codes(status),
            entry.displayName());
        return;
      }
    }
  }

  private static void uniqueIds(
      List<Status> statuses, Set<Status> clashing, Diagnostics diagnostics) {
    Map<String, Status> byId = new HashMap<>();
    for (Status status : statuses) {
      Status first = byId.putIfAbsent(status.id(), status);
      if (first != null) {
        clashing.add(status);
        diagnostics.report(
            Message.DUPLICATE_ID,
            status.idPosition(),
            status.id(),
            first.idPosition().line(),
            status.idDerived() || first.idDerived()
                ? " (ids are derived from names unless given; add a distinct 'id:' to one of them)"
                : "");
      }
    }
  }

  private static void uniqueHandlerMethods(
      List<Status> statuses, Set<Status> clashing, Diagnostics diagnostics) {
    Map<String, Status> byMethod = new HashMap<>();
    for (Status status : statuses) {
      Status first = byMethod.putIfAbsent(status.handlerMethodName(), status);
      if (first != null && !first.id().equals(status.id())) {
        clashing.add(status);
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
