package dev.statusspec.processor.draft;

import dev.statusspec.processor.model.OpenApiDocument;
import dev.statusspec.processor.model.OpenApiDocument.BrokenRef;
import dev.statusspec.processor.model.OpenApiDocument.Operation;
import dev.statusspec.processor.model.OpenApiDocument.Response;
import dev.statusspec.processor.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Drafts a status spec from an OpenAPI document, so that the agreement check accepts the draft with
 * no finding: one status per (code, errorCode) the operations document with an explicit code, the
 * IANA reason phrase of each standard code, the errorCodes the error responses pin, and one
 * operation per {@code operationId} listing exactly the statuses of its explicit codes.
 *
 * <p>The errorCode member is the member the explicit error responses (4xx, 5xx) pin with {@code
 * enum} or {@code const}, other than RFC 9457's own ({@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}); among several, {@code errorCode} if it is one, else the one
 * the most responses pin (a guess, said in a comment).
 */
public final class Drafter {

  /** A member name the spec's {@code problem.errorCodeMember} accepts. */
  private static final Pattern PLAIN_MEMBER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private Drafter() {}

  /**
   * The draft of {@code document}.
   *
   * @param document the document, read
   * @param source the document's file as the user named it, for the comment at the top
   * @param name the spec's {@code name:} (the prefix of the generated types), if one was asked for
   * @param javaLangType whether {@code java.lang} has a type of a simple name
   * @throws DraftBuilder.NothingToDraftException when no operation documents an explicit code
   */
  public static Draft draft(
      OpenApiDocument document,
      String source,
      Optional<String> name,
      Predicate<String> javaLangType) {
    DraftBuilder builder = new DraftBuilder(javaLangType);
    builder.header(
        "Drafted by statusspec from " + source + " (OpenAPI " + document.version() + ").");
    builder.header(
        "Review it, above all the lines that say \"guessed\"; then point @StatusSpec at it with"
            + " openapi = the document.");
    if (name.isPresent()) {
      builder.name(name.get());
    } else {
      builder.header(
          "No name: the generated types take the annotated interface's name (add 'name: P' for"
              + " another prefix).");
    }
    List<BrokenRef> broken = new ArrayList<>(document.brokenRefs());
    document.operations().forEach(o -> broken.addAll(o.brokenRefs()));
    if (!broken.isEmpty()) {
      builder.header(
          broken.size()
              + " $ref(s) of the document could not be followed (the first: "
              + broken.get(0).ref()
              + " at line "
              + broken.get(0).position().line()
              + "): what they lead to is not drafted.");
    }
    List<String> memberComments = new ArrayList<>();
    Optional<String> member = errorCodeMember(document, memberComments);
    builder.errorCodeMember(
        member.orElse(Problem.DEFAULT_ERROR_CODE_MEMBER), List.copyOf(memberComments));
    for (Operation operation : document.operations()) {
      List<DraftBuilder.Response> responses = new ArrayList<>();
      for (Response response : operation.responses()) {
        List<String> errorCodes =
            member.isPresent() ? List.copyOf(response.pinnedValues(member.get())) : List.of();
        responses.add(
            new DraftBuilder.Response(response.key(), response.description(), errorCodes));
      }
      builder.operation(
          new DraftBuilder.Operation(operation.operationId(), operation.label(), "", responses));
    }
    return builder.build();
  }

  /**
   * The member the explicit error responses pin, if any; how it was chosen among several goes into
   * {@code comments}.
   */
  static Optional<String> errorCodeMember(OpenApiDocument document, List<String> comments) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> refused = new ArrayList<>();
    for (Operation operation : document.operations()) {
      for (Response response : operation.responses()) {
        if (!response.isExplicitError()) {
          continue;
        }
        for (String member : response.pinnedMembers()) {
          if (Problem.STANDARD_MEMBERS.contains(member)) {
            continue;
          }
          if (!PLAIN_MEMBER.matcher(member).matches()) {
            if (!refused.contains(member)) {
              refused.add(member);
            }
            continue;
          }
          counts.merge(member, 1, Integer::sum);
        }
      }
    }
    for (String member : refused) {
      comments.add(
          "the error responses pin the member '"
              + member
              + "', which is no plain JSON name ('problem.errorCodeMember' takes a letter, then"
              + " letters, digits and '_'): its values are not drafted");
    }
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    String chosen;
    if (counts.size() == 1) {
      chosen = counts.keySet().iterator().next();
    } else {
      chosen = Problem.DEFAULT_ERROR_CODE_MEMBER;
      if (!counts.containsKey(chosen)) {
        chosen = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
          if (chosen == null || entry.getValue() > counts.get(chosen)) {
            chosen = entry.getKey();
          }
        }
      }
      List<String> all = new ArrayList<>();
      counts.forEach((m, n) -> all.add(m + " (" + n + (n == 1 ? " response)" : " responses)")));
      comments.add(
          Draft.GUESSED
              + "the error responses pin "
              + String.join(", ", all)
              + ": the errorCode member is "
              + chosen);
    }
    if (chosen.length() < 3) {
      comments.add(
          "the errorCode member "
              + chosen
              + " is shorter than RFC 9457's advice of 3 characters: the processor warns"
              + " (short-error-code-member)");
    }
    return Optional.of(chosen);
  }
}
