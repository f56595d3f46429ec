package dev.statusspec.processor.check;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Hint;
import dev.statusspec.processor.diag.Location;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.diag.Suggestion;
import dev.statusspec.processor.model.GeneratedNames;
import dev.statusspec.processor.model.Grpc;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Retired;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A spec compared with its baseline, the spec of the last release, as a pure function of the two
 * validated models. Statuses are matched by id. Every breaking change is reported, each with its
 * own id, at the spec's line and naming the baseline's ({@code (was at statuses-1.4.yaml:12:5)}):
 *
 * <ul>
 *   <li>{@code status-removed}: a baseline status is gone and not listed under {@code retired:};
 *   <li>{@code code-changed}, {@code error-code-changed}, {@code exception-renamed}: a status's
 *       code, errorCode (added, removed or changed) or exception class name differs;
 *   <li>{@code default-changed}: the first status listed for a code (what {@code fromCode} and
 *       {@code resolve} give) is another one, while the old one still has that code;
 *   <li>{@code retired-reused}: a status takes an id, or a code with its errorCode, that the
 *       baseline lists as retired and the spec no longer does (the spec's own {@code retired:} is
 *       {@link SpecValidator}'s);
 *   <li>{@code retired-removed}: a retired entry of the baseline is no longer listed (retired
 *       entries stay forever), reported at the spec's {@code retired:} key, else its {@code
 *       statuses:} key;
 *   <li>{@code name-changed}: the prefix of the generated types (the spec's {@code name:}, else the
 *       interface's name) differs, which renames every generated type;
 *   <li>{@code grpc-code-changed}, {@code grpc-domain-changed}: where the baseline mentions gRPC,
 *       an error status's gRPC code changed while its HTTP code did not (a change of HTTP code is
 *       {@code code-changed}), or the {@code ErrorInfo} domain changed.
 * </ul>
 *
 * Text (names, descriptions, deprecation, retryable) never breaks anything. Statuses added are no
 * error: one note lists the handler methods they add, which every handler must now implement. How
 * breaking changes are reported ({@code -Astatusspec.compatibility}) is the {@link Diagnostics}' to
 * decide.
 */
public final class Evolution {

  private Evolution() {}

  /**
   * Reports to {@code diagnostics} (the spec's) every change from {@code baseline} to {@code
   * current}.
   *
   * @param baselineFile the baseline's path, as {@code @StatusSpec(baseline = ...)} gives it
   * @param interfaceName the simple name of the annotated interface, the prefix of the generated
   *     types of a spec without {@code name:}
   */
  public static void compare(
      Spec baseline,
      Spec current,
      String baselineFile,
      String interfaceName,
      Diagnostics diagnostics) {
    GeneratedNames names = GeneratedNames.of(current, interfaceName);
    nameChanged(
        baseline,
        current,
        GeneratedNames.of(baseline, interfaceName),
        names,
        baselineFile,
        diagnostics);
    Map<String, Status> currentById = byId(current.statuses());
    Set<String> retiredNow =
        current.retired().stream().map(Retired::id).collect(Collectors.toSet());
    List<Status> added = new ArrayList<>();
    Map<String, Status> baselineById = byId(baseline.statuses());
    for (Status status : current.statuses()) {
      if (!baselineById.containsKey(status.id())) {
        added.add(status);
      }
    }
    List<Status> old = baseline.statuses();
    for (int i = 0; i < old.size(); i++) {
      Status was = old.get(i);
      Status now = currentById.get(was.id());
      Location at = new Location(baselineFile, was.position());
      if (now == null) {
        if (!retiredNow.contains(was.id())) {
          Optional<Status> renamed = renamed(was, added);
          diagnostics.report(
              Message.STATUS_REMOVED,
              renamed.isPresent()
                  ? renamed.get().idPosition()
                  : whereItWas(old, i, currentById, current),
              at,
              was.id(),
              was.displayName(),
              renamed.isPresent() ? Suggestion.of("id: " + was.id()) : Suggestion.NONE);
        }
        continue;
      }
      changed(was, now, baselineFile, diagnostics);
    }
    defaults(baseline, current, currentById, baselineFile, diagnostics);
    grpc(baseline, current, currentById, baselineFile, diagnostics);
    List<Retired> dropped =
        baseline.retired().stream().filter(r -> !retiredNow.contains(r.id())).toList();
    Position retiredKey =
        current.retiredPosition().isKnown()
            ? current.retiredPosition()
            : current.statusesPosition();
    for (Retired entry : dropped) {
      diagnostics.report(
          Message.RETIRED_REMOVED,
          retiredKey,
          new Location(baselineFile, entry.position()),
          entry.displayName());
    }
    for (Status status : current.statuses()) {
      SpecValidator.reused(status, dropped, baselineFile, diagnostics);
    }
    added(baseline, current, added, baselineFile, names, diagnostics);
  }

  /**
   * The note on the handler methods that appeared: one per status added, on {@code PStatusHandler}
   * (and {@code PExceptionHandler} for an error), and one per status added to an operation the
   * baseline has, on that operation's handler. A new operation's handler is a new interface, which
   * nothing implements yet.
   */
  private static void added(
      Spec baseline,
      Spec current,
      List<Status> added,
      String baselineFile,
      GeneratedNames names,
      Diagnostics diagnostics) {
    List<Object> what = new ArrayList<>();
    added.forEach(s -> what.add(s.id()));
    List<String> methods = handlerMethods(added, names);
    Position first = added.isEmpty() ? Position.UNKNOWN : added.get(0).position();
    Map<String, Operation> before = new HashMap<>();
    baseline.operations().forEach(o -> before.put(o.name(), o));
    Map<String, Status> byId = byId(current.statuses());
    for (Operation operation : current.operations()) {
      Operation was = before.get(operation.name());
      if (was == null) {
        continue;
      }
      for (Operation.StatusRef ref : operation.statuses()) {
        Status status = byId.get(ref.id());
        if (status != null && !was.ids().contains(ref.id())) {
          what.add(Hint.ADDED_TO_OPERATION.with(ref.id(), operation.name()));
          methods.add(names.operationHandler(operation) + "." + status.handlerMethodName() + "()");
          if (!first.isKnown() || ref.position().compareTo(first) < 0) {
            first = ref.position();
          }
        }
      }
    }
    if (!methods.isEmpty()) {
      diagnostics.report(
          Message.STATUSES_ADDED,
          first,
          baselineFile,
          what.stream().map(String::valueOf).collect(Collectors.joining(", ")),
          methods);
    }
  }

  /**
   * Reports {@code name-changed} when the prefix of the generated types differs: at the spec's
   * {@code name:} (its top when it has none), naming the baseline's.
   */
  private static void nameChanged(
      Spec baseline,
      Spec current,
      GeneratedNames was,
      GeneratedNames now,
      String baselineFile,
      Diagnostics diagnostics) {
    if (was.prefix().equals(now.prefix())) {
      return;
    }
    diagnostics.report(
        Message.NAME_CHANGED,
        current.namePosition(),
        new Location(baselineFile, baseline.namePosition()),
        was.prefix(),
        now.prefix(),
        was.prefix(),
        was.prefix(),
        was.prefix());
  }

  /**
   * Where the baseline mentions gRPC (so its errors may travel over gRPC): each error status whose
   * gRPC code changed while its HTTP code did not, and the {@code ErrorInfo} domain (absent in both
   * means the same package).
   */
  private static void grpc(
      Spec baseline,
      Spec current,
      Map<String, Status> currentById,
      String baselineFile,
      Diagnostics diagnostics) {
    if (!baseline.mentionsGrpc()) {
      return;
    }
    if (!baseline.grpc().domain().equals(current.grpc().domain())) {
      String was = baseline.grpc().domain().orElse("(the package)");
      diagnostics.report(
          Message.GRPC_DOMAIN_CHANGED,
          current.grpc().domainPosition(),
          new Location(baselineFile, baseline.grpc().domainPosition()),
          was,
          current.grpc().domain().orElse("(the package)"),
          was);
    }
    for (Status was : baseline.errors()) {
      Status now = currentById.get(was.id());
      if (now == null || !now.isError() || now.code() != was.code()) {
        continue;
      }
      String before = Grpc.codeOf(was);
      String after = Grpc.codeOf(now);
      if (!before.equals(after)) {
        diagnostics.report(
            Message.GRPC_CODE_CHANGED,
            now.grpc().isPresent() ? now.grpcPosition() : now.position(),
            new Location(
                baselineFile, was.grpc().isPresent() ? was.grpcPosition() : was.position()),
            now.id(),
            before,
            after,
            before);
      }
    }
  }

  private static void changed(
      Status was, Status now, String baselineFile, Diagnostics diagnostics) {
    if (was.code() != now.code()) {
      diagnostics.report(
          Message.CODE_CHANGED,
          now.codePosition(),
          new Location(baselineFile, was.codePosition()),
          now.id(),
          was.code(),
          now.code());
    }
    if (!was.errorCode().equals(now.errorCode())) {
      diagnostics.report(
          Message.ERROR_CODE_CHANGED,
          now.errorCodePosition(),
          new Location(baselineFile, was.errorCodePosition()),
          now.id(),
          errorCode(was),
          errorCode(now));
    }
    if (was.isError() && now.isError() && !was.exceptionName().equals(now.exceptionName())) {
      diagnostics.report(
          Message.EXCEPTION_RENAMED,
          now.exceptionNamePosition(),
          new Location(baselineFile, was.exceptionNamePosition()),
          now.id(),
          was.exceptionName(),
          now.exceptionName(),
          was.exceptionName(),
          was.exceptionName());
    }
  }

  /**
   * For each code of both specs whose first status differs: reported when the baseline's default is
   * still a status of that code (when it was removed, retired or moved to another code, that change
   * is what is reported, or was accepted).
   */
  private static void defaults(
      Spec baseline,
      Spec current,
      Map<String, Status> currentById,
      String baselineFile,
      Diagnostics diagnostics) {
    Map<Integer, Status> currentDefaults = defaults(current);
    for (Map.Entry<Integer, Status> entry : defaults(baseline).entrySet()) {
      int code = entry.getKey();
      Status was = entry.getValue();
      Status now = currentDefaults.get(code);
      Status still = currentById.get(was.id());
      if (now != null && !now.id().equals(was.id()) && still != null && still.code() == code) {
        diagnostics.report(
            Message.DEFAULT_CHANGED,
            now.position(),
            new Location(baselineFile, was.position()),
            code,
            was.id(),
            now.id(),
            code,
            code,
            now.id(),
            was.id(),
            code);
      }
    }
  }

  /** The first status of each code, in file order. */
  private static Map<Integer, Status> defaults(Spec spec) {
    Map<Integer, Status> defaults = new LinkedHashMap<>();
    for (Status status : spec.statuses()) {
      defaults.putIfAbsent(status.code(), status);
    }
    return defaults;
  }

  /**
   * A status added with the removed one's code and errorCode and a name that shares a word with its
   * old name ({@code Payload Too Large} and {@code Content Too Large}): most likely the same status
   * renamed, which changed its derived id.
   */
  private static Optional<Status> renamed(Status was, List<Status> added) {
    Set<String> words = words(was.reasonPhrase());
    return added.stream()
        .filter(s -> s.code() == was.code() && s.errorCode().equals(was.errorCode()))
        .filter(s -> words(s.reasonPhrase()).stream().anyMatch(words::contains))
        .findFirst();
  }

  /** The words of {@code name} of three letters or more, in lower case. */
  private static Set<String> words(String name) {
    Set<String> words = new HashSet<>();
    for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * Where a removed status would be in the spec: at the first status that followed it in the
   * baseline and is still there (restoring it goes just before), else after the last one that
   * preceded it, else at the {@code statuses:} key.
   */
  private static Position whereItWas(
      List<Status> old, int index, Map<String, Status> currentById, Spec current) {
    for (int j = index + 1; j < old.size(); j++) {
      Status next = currentById.get(old.get(j).id());
      if (next != null) {
        return next.position();
      }
    }
    for (int j = index - 1; j >= 0; j--) {
      Status previous = currentById.get(old.get(j).id());
      if (previous != null) {
        return previous.position();
      }
    }
    return current.statusesPosition();
  }

  private static Hint.Filled errorCode(Status status) {
    return status.errorCode().isPresent()
        ? Hint.ERROR_CODE.with(status.errorCode().get())
        : Hint.NO_ERROR_CODE.with();
  }

  /** {@code PStatusHandler.onX()}, and {@code PExceptionHandler.onX(XException)} for errors. */
  private static List<String> handlerMethods(List<Status> added, GeneratedNames names) {
    List<String> methods = new ArrayList<>();
    for (Status status : added) {
      methods.add(names.statusHandler() + "." + status.handlerMethodName() + "()");
    }
    for (Status status : added) {
      if (status.isError()) {
        methods.add(
            names.exceptionHandler()
                + "."
                + status.handlerMethodName()
                + "("
                + status.exceptionName()
                + ")");
      }
    }
    return methods;
  }

  private static Map<String, Status> byId(List<Status> statuses) {
    Map<String, Status> byId = new HashMap<>();
    for (Status status : statuses) {
      byId.put(status.id(), status);
    }
    return byId;
  }
}
