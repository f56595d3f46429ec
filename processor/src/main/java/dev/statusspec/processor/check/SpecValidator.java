package dev.statusspec.processor.check;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.model.Problem;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import java.net.URI;
import java.net.URISyntaxException;
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
