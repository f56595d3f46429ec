package dev.statusspec.processor.check;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Hint;
import dev.statusspec.processor.diag.Location;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.model.OpenApiDocument;
import dev.statusspec.processor.model.OpenApiDocument.BrokenRef;
import dev.statusspec.processor.model.OpenApiDocument.Pin;
import dev.statusspec.processor.model.OpenApiDocument.Response;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.model.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a spec's operations with the team's OpenAPI document (DESIGN.md, "OpenAPI agreement"). A
 * spec operation matches the document's operation whose {@code operationId} is its wire id ({@link
 * Operation#wireId()}); "missing" means the spec has it and the document does not, "extra" the
 * reverse. Every finding is reported at the document's line and names the spec's line; the
 * document's operations that the spec does not name are not compared (a spec may cover part of an
 * API). How findings are reported ({@code -Astatusspec.openapi}) is the {@link Diagnostics}' to
 * decide.
 */
public final class OpenApiAgreement {

  private OpenApiAgreement() {}

  /**
   * Reports into {@code diagnostics} (the document's) how {@code document} disagrees with {@code
   * spec}, a valid spec read from {@code specFile} (its path as the annotation gives it).
   */
  public static void check(
      Spec spec, String specFile, OpenApiDocument document, Diagnostics diagnostics) {
    Set<String> refsReported = new HashSet<>();
    reportRefs(document.brokenRefs(), refsReported, diagnostics);
    String member = spec.problem().errorCodeMember();
    for (Operation operation : spec.operations()) {
      String wireId = operation.wireId();
      Optional<OpenApiDocument.Operation> found = document.operation(wireId);
      if (found.isEmpty()) {
        diagnostics.report(
            Message.OPENAPI_OPERATION_MISSING,
            document.pathsPosition(),
            new Location(specFile, operation.operationIdPosition()),
            operation.name(),
            wireId,
            Suggestions.suggest(wireId, document.operationIds()));
        continue;
      }
      OpenApiDocument.Operation documented = found.get();
      reportRefs(documented.brokenRefs(), refsReported, diagnostics);
      compare(spec, specFile, operation, documented, member, diagnostics);
    }
  }

  private static void compare(
      Spec spec,
      String specFile,
      Operation operation,
      OpenApiDocument.Operation documented,
      String member,
      Diagnostics diagnostics) {
    // The operation's statuses by code, in the spec's order, each with where the operation lists
    // it.
    Map<String, Position> listedAt = new HashMap<>();
    operation.statuses().forEach(ref -> listedAt.putIfAbsent(ref.id(), ref.position()));
    Map<Integer, List<Status>> byCode = new LinkedHashMap<>();
    for (Status status : spec.statusesOf(operation)) {
      byCode.computeIfAbsent(status.code(), c -> new ArrayList<>()).add(status);
    }
    String wireId = operation.wireId();
    // Each response the operation's codes fall under, with those codes' statuses.
    Map<Response, List<Status>> underResponse = new LinkedHashMap<>();
    for (Map.Entry<Integer, List<Status>> code : byCode.entrySet()) {
      List<Status> statuses = code.getValue();
      Optional<Response> response = documented.responseFor(code.getKey());
      if (response.isEmpty()) {
        diagnostics.report(
            Message.OPENAPI_RESPONSE_MISSING,
            documented.responsesPosition(),
            new Location(specFile, listedAt.get(statuses.get(0).id())),
            wireId,
            documented.label(),
            code.getKey(),
            (code.getKey() / 100) + "XX",
            operation.name(),
            ids(statuses),
            code.getKey(),
            ids(statuses));
      } else {
        underResponse.computeIfAbsent(response.get(), r -> new ArrayList<>()).addAll(statuses);
      }
    }
    for (Response response : documented.responses()) {
      if (response.isExplicitError() && !byCode.containsKey(response.code().getAsInt())) {
        diagnostics.report(
            Message.OPENAPI_RESPONSE_EXTRA,
            response.keyPosition(),
            new Location(specFile, operation.namePosition()),
            wireId,
            response.code().getAsInt(),
            operation.name(),
            response.code().getAsInt());
      }
    }
    for (Map.Entry<Response, List<Status>> entry : underResponse.entrySet()) {
      compareErrorCodes(
          specFile, operation, entry.getKey(), entry.getValue(), listedAt, member, diagnostics);
    }
  }

  /**
   * Where {@code response} pins {@code member}, the errorCodes of {@code statuses} (those of the
   * operation's codes it documents) must be exactly the values it allows. A response under which
   * the operation's statuses have no errorCode at all is not compared: a shared problem schema
   * whose {@code enum} lists every errorCode of the API (statusspec's own document has one) says
   * what the member may hold anywhere, not that this response sends one. Findings point at the last
   * {@code enum} or {@code const} met (for an extra value: the last that allows it), the most
   * specific one where an {@code allOf} narrows a shared schema.
   */
  private static void compareErrorCodes(
      String specFile,
      Operation operation,
      Response response,
      List<Status> statuses,
      Map<String, Position> listedAt,
      String member,
      Diagnostics diagnostics) {
    List<Pin> pins = response.pins(member);
    if (!response.constrains(member)
        || pins.isEmpty()
        || statuses.stream().allMatch(s -> s.errorCode().isEmpty())) {
      return;
    }
    Set<String> allowed = response.pinnedValues(member);
    Set<String> returned = new LinkedHashSet<>();
    for (Status status : statuses) {
      if (status.errorCode().isEmpty()) {
        continue;
      }
      String errorCode = status.errorCode().get();
      returned.add(errorCode);
      if (!allowed.contains(errorCode)) {
        diagnostics.report(
            Message.OPENAPI_ERROR_CODE_MISSING,
            pins.get(pins.size() - 1).position(),
            new Location(specFile, listedAt.get(status.id())),
            response.key(),
            operation.wireId(),
            quoted(allowed),
            member,
            errorCode,
            status.id(),
            operation.name(),
            errorCode,
            status.id());
      }
    }
    for (String value : allowed) {
      if (!returned.contains(value)) {
        Position at = pins.get(pins.size() - 1).position();
        for (Pin pin : pins) {
          if (pin.texts().contains(value)) {
            at = pin.position();
          }
        }
        diagnostics.report(
            Message.OPENAPI_ERROR_CODE_EXTRA,
            at,
            new Location(specFile, operation.namePosition()),
            response.key(),
            operation.wireId(),
            value,
            member,
            operation.name(),
            quoted(returned),
            value);
      }
    }
  }

  private static void reportRefs(
      List<BrokenRef> refs, Set<String> reported, Diagnostics diagnostics) {
    for (BrokenRef ref : refs) {
      if (reported.add(ref.position() + " " + ref.ref())) {
        Hint.Filled why =
            switch (ref.reason()) {
              case NOT_FOUND -> Hint.REF_NOT_FOUND.with(ref.ref());
              case EXTERNAL -> Hint.REF_EXTERNAL.with();
              case NOT_TEXT -> Hint.REF_NOT_TEXT.with();
              case CYCLE -> Hint.REF_CYCLE.with();
            };
        diagnostics.report(Message.OPENAPI_REF_UNRESOLVED, ref.position(), ref.ref(), why);
      }
    }
  }

  private static String ids(List<Status> statuses) {
    return statuses.stream().map(Status::id).collect(Collectors.joining(", "));
  }

  private static String quoted(Set<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }
}
