package dev.statusspec.processor.draft;

import dev.statusspec.processor.draft.Draft.DraftOperation;
import dev.statusspec.processor.draft.Draft.DraftStatus;
import dev.statusspec.processor.model.Ids;
import dev.statusspec.processor.model.ReasonPhrases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns what an OpenAPI document says about its operations into a {@link Draft}: one status per
 * (code, errorCode) the operations use, one operation per {@code operationId}, names that the spec
 * format accepts and that are unique, and a comment wherever a name or phrase had to be guessed.
 * Knows nothing of how the document was read: {@link Drafter} feeds it.
 */
public final class DraftBuilder {

  /**
   * One response of a document's operation, as the draft needs it.
   *
   * @param key the response's key as written: {@code 404}, {@code 4XX}, {@code default}
   * @param description the response's description, or ""
   * @param errorCodes the values the response's schema pins the errorCode member to, in the
   *     document's order; empty when it pins none
   */
  public record Response(String key, String description, List<String> errorCodes) {
    public Response {
      errorCodes = List.copyOf(errorCodes);
    }
  }

  /**
   * One operation of the document.
   *
   * @param operationId its {@code operationId}, if it has one
   * @param where its method and path, as people name it: {@code GET /pets/{petId}}
   * @param summary its summary, else its description, else ""
   * @param responses its responses, in the document's order
   */
  public record Operation(
      Optional<String> operationId, String where, String summary, List<Response> responses) {
    public Operation {
      responses = List.copyOf(responses);
    }
  }

  private static final Pattern CODE = Pattern.compile("[1-5][0-9][0-9]");

  /** The most statuses one spec may have (the validator's {@code MAX_STATUSES}). */
  public static final int MAX_STATUSES = 2_500;

  /** The longest name given to a status of a code without an IANA phrase. */
  static final int MAX_NAME = 80;

  private final List<String> header = new ArrayList<>();
  private final List<String> problemComments = new ArrayList<>();
  private final List<Operation> operations = new ArrayList<>();
  private final Predicate<String> javaLangType;
  private Optional<String> name = Optional.empty();
  private String description = "";
  private Optional<String> errorCodeMember = Optional.empty();
  private boolean hasDefault;

  /**
   * @param javaLangType whether {@code java.lang} has a type of the given simple name (an exception
   *     class of that name would hide it, which the processor refuses)
   */
  public DraftBuilder(Predicate<String> javaLangType) {
    this.javaLangType = javaLangType;
  }

  /** Adds a line to the comment at the top. */
  public DraftBuilder header(String line) {
    header.add(line);
    return this;
  }

  /** The spec's {@code name:}, the prefix of the generated types. */
  public DraftBuilder name(String prefix) {
    this.name = Optional.of(prefix);
    return this;
  }

  /** The spec's {@code description:}. */
  public DraftBuilder description(String text) {
    this.description = text;
    return this;
  }

  /**
   * The member of the error bodies that carries the errorCode, with the comments that say how it
   * was chosen; written only when it is not {@code errorCode}.
   */
  public DraftBuilder errorCodeMember(String member, List<String> comments) {
    if (!member.equals("errorCode")) {
      this.errorCodeMember = Optional.of(member);
    }
    problemComments.addAll(comments);
    return this;
  }

  /** Adds an operation of the document, in the document's order. */
  public DraftBuilder operation(Operation operation) {
    operations.add(operation);
    return this;
  }

  /**
   * The draft.
   *
   * @throws NothingToDraftException when no operation documents an explicit status code, or the
   *     document uses more (code, errorCode) pairs than a spec holds
   */
  public Draft build() {
    // code -> its errorCodes in first-seen order; a code no response pins has none.
    SortedMap<Integer, LinkedHashSet<String>> errorCodes = new TreeMap<>();
    // code -> the first description a response of it gives
    Map<Integer, String> descriptions = new HashMap<>();
    for (Operation operation : operations) {
      for (Response response : operation.responses()) {
        explicitCode(response.key())
            .ifPresent(
                code -> {
                  LinkedHashSet<String> codes =
                      errorCodes.computeIfAbsent(code, c -> new LinkedHashSet<>());
                  response.errorCodes().stream().filter(e -> !e.isBlank()).forEach(codes::add);
                  if (!response.description().isBlank()) {
                    descriptions.putIfAbsent(code, response.description());
                  }
                });
      }
    }
    if (errorCodes.isEmpty()) {
      throw new NothingToDraftException();
    }
    int count = errorCodes.values().stream().mapToInt(e -> Math.max(1, e.size())).sum();
    if (count > MAX_STATUSES) {
      throw new NothingToDraftException(
          "the document's operations use "
              + count
              + " (code, errorCode) pairs, more than the "
              + MAX_STATUSES
              + " statuses one spec holds: split the document, or draft from a part of it");
    }
    Names names = new Names(name, javaLangType);
    List<DraftStatus> statuses = new ArrayList<>();
    Map<Integer, List<DraftStatus>> byCode = new HashMap<>();
    Map<Integer, Map<String, DraftStatus>> byErrorCode = new HashMap<>();
    for (Map.Entry<Integer, LinkedHashSet<String>> entry : errorCodes.entrySet()) {
      int code = entry.getKey();
      List<String> comments = new ArrayList<>();
      String phrase = phrase(code, descriptions.get(code), comments);
      List<String> ofCode =
          entry.getValue().isEmpty() ? List.of("") : List.copyOf(entry.getValue());
      if (ofCode.size() > 1) {
        comments.add(
            "the document pins "
                + ofCode.size()
                + " errorCodes under "
                + code
                + ": one status each; the first is the code's default");
      }
      for (String errorCode : ofCode) {
        List<String> statusComments = new ArrayList<>(comments);
        comments.clear();
        Optional<String> pinned = errorCode.isEmpty() ? Optional.empty() : Optional.of(errorCode);
        String id = names.statusId(code, phrase, pinned, statusComments);
        Optional<String> exception = names.exception(code, id, statusComments);
        DraftStatus status = new DraftStatus(code, id, phrase, pinned, exception, statusComments);
        statuses.add(status);
        byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(status);
        pinned.ifPresent(
            e -> byErrorCode.computeIfAbsent(code, c -> new HashMap<>()).put(e, status));
      }
    }
    List<DraftOperation> drafted = new ArrayList<>();
    Set<String> wireIds = new HashSet<>();
    List<String> top = new ArrayList<>(header);
    for (Operation operation : operations) {
      operation(operation, names, wireIds, byCode, byErrorCode, top).ifPresent(drafted::add);
    }
    if (hasDefault) {
      top.add("Responses under 'default' draft nothing: they name no single status code.");
    }
    return new Draft(top, name, description, errorCodeMember, problemComments, statuses, drafted);
  }

  private Optional<DraftOperation> operation(
      Operation operation,
      Names names,
      Set<String> wireIds,
      Map<Integer, List<DraftStatus>> byCode,
      Map<Integer, Map<String, DraftStatus>> byErrorCode,
      List<String> notDrafted) {
    if (operation.operationId().isEmpty()) {
      notDrafted.add(
          operation.where()
              + " has no operationId: not drafted as an operation (the check matches operations"
              + " by operationId)");
      return Optional.empty();
    }
    String wireId = operation.operationId().get();
    List<String> comments = new ArrayList<>();
    if (!wireIds.add(wireId)) {
      notDrafted.add(
          operation.where()
              + " repeats the operationId "
              + wireId
              + ": only the first operation with it is drafted");
      return Optional.empty();
    }
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    List<String> unused = new ArrayList<>();
    SortedMap<Integer, List<String>> listed = new TreeMap<>();
    for (Response response : operation.responses()) {
      Optional<Integer> code = explicitCode(response.key());
      if (code.isEmpty()) {
        if (response.key().strip().equals("default")) {
          hasDefault = true;
        } else {
          unused.add(response.key());
        }
        continue;
      }
      List<String> ofCode = listed.computeIfAbsent(code.get(), c -> new ArrayList<>());
      List<String> pinned = response.errorCodes().stream().filter(e -> !e.isBlank()).toList();
      Map<String, DraftStatus> byPinned = byErrorCode.getOrDefault(code.get(), Map.of());
      if (pinned.isEmpty()) {
        List<DraftStatus> all = byCode.get(code.get());
        all.forEach(s -> ofCode.add(s.id()));
        if (all.size() > 1) {
          comments.add(
              Draft.GUESSED
                  + "its "
                  + code.get()
                  + " response pins no errorCode: it lists every status of "
                  + code.get());
        }
      } else {
        pinned.forEach(e -> ofCode.add(byPinned.get(e).id()));
      }
    }
    listed.values().forEach(ids::addAll);
    if (ids.isEmpty()) {
      notDrafted.add(
          operation.where()
              + " ("
              + wireId
              + ") documents no explicit status code: not drafted (an operation lists at least"
              + " one status)");
      return Optional.empty();
    }
    if (!unused.isEmpty()) {
      comments.add(
          "its responses "
              + String.join(", ", unused)
              + " draft nothing: they name no single status code");
    }
    String operationName = names.operationName(wireId, operation.where(), comments);
    return Optional.of(
        new DraftOperation(
            operationName,
            operationName.equals(wireId) ? Optional.empty() : Optional.of(wireId),
            operation.summary().strip(),
            List.copyOf(ids),
            comments));
  }

  /**
   * The reason phrase of {@code code}: the IANA registry's, else the document's description of it,
   * else {@code Status <code>}; a guess says so in {@code comments}.
   */
  private static String phrase(int code, String description, List<String> comments) {
    Optional<String> iana = ReasonPhrases.of(code);
    if (iana.isPresent()) {
      return iana.get();
    }
    String line = description == null ? "" : firstLine(description);
    if (line.isEmpty()) {
      comments.add(
          Draft.GUESSED
              + code
              + " has no IANA reason phrase and the document no description of it: named"
              + " 'Status "
              + code
              + "'");
      return "Status " + code;
    }
    comments.add(
        Draft.GUESSED
            + code
            + " has no IANA reason phrase: named after the document's description of it");
    return line;
  }

  /** The first line of {@code text}, stripped, without a final full stop, cut to a short name. */
  static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    if (line.length() > MAX_NAME) {
      int cut = line.lastIndexOf(' ', MAX_NAME);
      line = line.substring(0, cut > MAX_NAME / 2 ? cut : MAX_NAME);
      if (Character.isHighSurrogate(line.charAt(line.length() - 1))) {
        line = line.substring(0, line.length() - 1);
      }
    }
    while (line.endsWith(".")) {
      line = line.substring(0, line.length() - 1).strip();
    }
    return line;
  }

  /** The code a response key names, if it names exactly one (not a range, not {@code default}). */
  static Optional<Integer> explicitCode(String key) {
    String trimmed = key.strip();
    return CODE.matcher(trimmed).matches()
        ? Optional.of(Integer.parseInt(trimmed))
        : Optional.empty();
  }

  /** The names given so far, so that every new one is unique as the spec format needs. */
  private static final class Names {
    private final Set<String> statusKeys = new HashSet<>();
    private final Set<String> exceptionKeys = new HashSet<>();
    private final Set<String> operationKeys = new HashSet<>();
    private final Predicate<String> javaLangType;

    Names(Optional<String> prefix, Predicate<String> javaLangType) {
      this.javaLangType = javaLangType;
      // The roots of the exception hierarchy are named after the prefix.
      prefix.ifPresent(
          p -> {
            for (String suffix : List.of("Exception", "ClientException", "ServerException")) {
              exceptionKeys.add(key(p + suffix));
            }
          });
    }

    /**
     * A unique id for the status of {@code code} named {@code phrase} with {@code errorCode}: the
     * errorCode in UPPER_SNAKE, else the phrase's; a clash or a text that gives no id is resolved,
     * and said, in {@code comments}.
     */
    String statusId(int code, String phrase, Optional<String> errorCode, List<String> comments) {
      String phraseId = Ids.normalizeToSnake(phrase);
      if (phraseId.isEmpty() || !Character.isLetter(phraseId.charAt(0))) {
        phraseId = "STATUS_" + code + (phraseId.isEmpty() ? "" : "_" + phraseId);
      }
      String base;
      if (errorCode.isPresent()) {
        String fromErrorCode = Ids.normalizeToSnake(errorCode.get());
        if (fromErrorCode.isEmpty() || !Character.isLetter(fromErrorCode.charAt(0))) {
          base = fromErrorCode.isEmpty() ? phraseId : phraseId + "_" + fromErrorCode;
          comments.add(
              Draft.GUESSED
                  + "the errorCode "
                  + errorCode.get()
                  + " gives no id by itself: id "
                  + cut(base));
        } else {
          base = fromErrorCode;
        }
      } else {
        base = phraseId;
      }
      base = cut(base);
      String id = base;
      if (!statusKeys.add(key(Ids.pascalCase(id)))) {
        id = cut(base, String.valueOf(code).length() + 1) + "_" + code;
        for (int n = 2; !statusKeys.add(key(Ids.pascalCase(id))); n++) {
          String suffix = "_" + code + "_" + n;
          id = cut(base, suffix.length()) + suffix;
        }
        comments.add(
            Draft.GUESSED + base + " was taken (its handler method would clash): id " + id);
      }
      return id;
    }

    /**
     * The exception name of an error status when its default one ({@code <Id>Exception}) would hide
     * a {@code java.lang} type or clash with another generated one; empty when the default serves.
     */
    Optional<String> exception(int code, String id, List<String> comments) {
      if (code < 400) {
        return Optional.empty();
      }
      String pascal = Ids.pascalCase(id);
      String simple = pascal + "Exception";
      if (!javaLangType.test(simple) && exceptionKeys.add(key(simple))) {
        return Optional.empty();
      }
      String chosen = pascal + "StatusException";
      for (int n = 2; javaLangType.test(chosen) || !exceptionKeys.add(key(chosen)); n++) {
        chosen = pascal + "Status" + n + "Exception";
      }
      comments.add(
          Draft.GUESSED
              + simple
              + (javaLangType.test(simple)
                  ? " would hide java.lang." + simple
                  : " would clash with another generated type")
              + ": exception "
              + chosen);
      return Optional.of(chosen);
    }

    /**
     * A unique lowerCamelCase operation name for {@code operationId}: the id itself when it is one,
     * else the closest name, else one made of the method and path.
     */
    String operationName(String operationId, String where, List<String> comments) {
      String name = operationId;
      if (!Ids.isValidOperationName(name)) {
        name = Ids.suggestOperationName(operationId);
        if (name.isEmpty()) {
          name = Ids.suggestOperationName(where);
          comments.add(
              Draft.GUESSED
                  + "the operationId gives no Java name: named after its method and path");
        }
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
          name = "op" + Ids.upperFirst(name);
        }
        name = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        if (name.length() > Ids.MAX_LENGTH) {
          name = name.substring(0, Ids.MAX_LENGTH);
        }
      }
      String base = name;
      for (int n = 2; !operationKeys.add(key(Ids.upperFirst(name))); n++) {
        String suffix = String.valueOf(n);
        name =
            base.substring(0, Math.min(base.length(), Ids.MAX_LENGTH - suffix.length())) + suffix;
      }
      if (!name.equals(base)) {
        comments.add(
            Draft.GUESSED + base + " was taken (its generated types would clash): named " + name);
      }
      return name;
    }

    /** {@code id} cut to the longest id allowed, less {@code room}, without a final '_'. */
    private static String cut(String id, int room) {
      int max = Ids.MAX_LENGTH - room;
      String cut = id.length() <= max ? id : id.substring(0, max);
      while (cut.endsWith("_")) {
        cut = cut.substring(0, cut.length() - 1);
      }
      return cut;
    }

    private static String cut(String id) {
      return cut(id, 0);
    }

    private static String key(String typeName) {
      return typeName.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The document gives no spec to draft: its operations document no explicit status code, or more
   * statuses than a spec holds. The message says which, for the user.
   */
  public static final class NothingToDraftException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NothingToDraftException() {
      this("no operation of the document documents an explicit status code (like 200 or 404)");
    }

    NothingToDraftException(String message) {
      super(message);
    }
  }
}
