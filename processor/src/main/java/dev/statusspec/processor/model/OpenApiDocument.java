package dev.statusspec.processor.model;

import dev.statusspec.processor.diag.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An OpenAPI 3.0 or 3.1 document as far as statusspec reads it: its operations, each operation's
 * responses by key, and, per response, the values its body schemas pin for their members with
 * {@code enum} or {@code const}. This is what the agreement check compares a spec with, and what a
 * spec is drafted from; everything else of the document (parameters, request bodies, success
 * bodies, servers, callbacks, webhooks) is not read.
 *
 * <p>Every element keeps the position (1-based line and column in the document) of the key or value
 * it was read from, so that findings point into the document. Local {@code $ref}s ({@code
 * #/components/responses/NotFound}, {@code #/components/schemas/Problem}, any JSON pointer into the
 * same file) have already been followed: a response's or schema's content is that of its target,
 * while a {@link Response#keyPosition()} stays the key under the operation's {@code responses:}. A
 * {@code $ref} that could not be followed is a {@link BrokenRef}, kept with the operation whose
 * reading met it (or the document's, for a path item's own {@code $ref}).
 *
 * <p>Bound by {@code spec.OpenApiFormat} (read through {@code SpecReader.Limits.OPENAPI}, then
 * {@code spec.OpenApiBinder}); immutable.
 *
 * @param version the {@code openapi:} value as written, e.g. {@code 3.1.0}
 * @param pathsPosition where the {@code paths:} key is (findings about an operation the document
 *     lacks are reported there)
 * @param operations the operations in file order: paths in the order written, and under each path
 *     the methods in the order written
 * @param brokenRefs the {@code $ref}s met outside any operation (a path item's own) that could not
 *     be followed
 */
public record OpenApiDocument(
    String version,
    Position pathsPosition,
    List<Operation> operations,
    List<BrokenRef> brokenRefs) {

  /** The HTTP methods a path item may have, lower case, in the order OpenAPI lists them. */
  public static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  public OpenApiDocument {
    operations = List.copyOf(operations);
    brokenRefs = List.copyOf(brokenRefs);
  }

  /** The operation whose {@code operationId} is {@code operationId} (case-sensitive), if any. */
  public Optional<Operation> operation(String operationId) {
    for (Operation operation : operations) {
      if (operation.operationId().isPresent()
          && operation.operationId().get().equals(operationId)) {
        return Optional.of(operation);
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code operationId}s of the document, in file order; operations without one are left out.
   */
  public List<String> operationIds() {
    List<String> ids = new ArrayList<>();
    operations.forEach(o -> o.operationId().ifPresent(ids::add));
    return List.copyOf(ids);
  }

  /**
   * One operation: a method of a path item.
   *
   * @param operationId its {@code operationId}, if it has one (the binder refuses two operations
   *     with the same one)
   * @param operationIdPosition where the {@code operationId} value is, else the method's key
   * @param method the method's key, lower case ({@code get}, {@code post}...)
   * @param path the path item's key, as written ({@code /pets/{petId}})
   * @param position where the method's key is
   * @param responsesPosition where the {@code responses:} key is, else the method's key (an
   *     operation of OpenAPI 3.1 may have no responses)
   * @param responses its responses in the order written, each resolved through its {@code $ref}
   * @param brokenRefs the {@code $ref}s met while reading its responses and their schemas that
   *     could not be followed, in the order met, each once
   */
  public record Operation(
      Optional<String> operationId,
      Position operationIdPosition,
      String method,
      String path,
      Position position,
      Position responsesPosition,
      List<Response> responses,
      List<BrokenRef> brokenRefs) {

    public Operation {
      responses = List.copyOf(responses);
      brokenRefs = List.copyOf(brokenRefs);
    }

    /** How messages name it: its method in upper case and its path, {@code GET /pets/{petId}}. */
    public String label() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /**
     * The response whose key is exactly {@code key} ({@code 404}, {@code 4XX}, {@code default}).
     */
    public Optional<Response> response(String key) {
      return responses.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /**
     * The response that documents {@code code}, as OpenAPI picks it: the code's own key, else its
     * range ({@code 4XX}), else {@code default}.
     */
    public Optional<Response> responseFor(int code) {
      Optional<Response> exact = response(Integer.toString(code));
      if (exact.isPresent()) {
        return exact;
      }
      for (Response response : responses) {
        if (response.isRange() && response.covers(code)) {
          return Optional.of(response);
        }
      }
      return responses.stream().filter(Response::isDefault).findFirst();
    }
  }

  /**
   * One response of an operation.
   *
   * @param key its key under {@code responses:} as written: a code ({@code 404}), a range ({@code
   *     4XX}, any letter case) or {@code default}; YAML's {@code 404:} and {@code "404":} are the
   *     same
   * @param keyPosition where the key is, under the operation (also when the response is a {@code
   *     $ref})
   * @param description its {@code description}, or "" when it has none
   * @param pins every {@code enum} and {@code const} met on a top-level member of its body schemas,
   *     for every media type of its {@code content}, in the order met (for positions; what they
   *     allow together is {@code allowed})
   * @param allowed per top-level member its body constrains, the values the body allows it, in the
   *     order first met, as JSON Schema combines them: {@code properties}, {@code $ref} and {@code
   *     allOf} together allow the intersection of what each allows, {@code oneOf} and {@code anyOf}
   *     the union (and leave a member free unless each of them constrains it); the media types of
   *     {@code content} the union of theirs. A member that is absent is free (any value). So a
   *     response {@code allOf: [Problem, {errorCode: {const: conflict}}]} allows only {@code
   *     conflict}, even when {@code Problem}'s {@code errorCode} lists every errorCode of the API
   */
  public record Response(
      String key,
      Position keyPosition,
      String description,
      List<Pin> pins,
      Map<String, List<String>> allowed) {

    public Response {
      pins = List.copyOf(pins);
      Map<String, List<String>> copy = new LinkedHashMap<>();
      allowed.forEach((member, values) -> copy.put(member, List.copyOf(values)));
      allowed = Collections.unmodifiableMap(copy);
    }

    /**
     * The explicit code of the key, when it is three digits; empty for a range or {@code default}.
     */
    public OptionalInt code() {
      if (key.length() == 3
          && Character.isDigit(key.charAt(0))
          && Character.isDigit(key.charAt(1))
          && Character.isDigit(key.charAt(2))) {
        return OptionalInt.of(Integer.parseInt(key));
      }
      return OptionalInt.empty();
    }

    /** Whether the key is a range such as {@code 4XX} (any letter case). */
    public boolean isRange() {
      return key.length() == 3
          && key.charAt(0) >= '1'
          && key.charAt(0) <= '5'
          && (key.charAt(1) == 'X' || key.charAt(1) == 'x')
          && (key.charAt(2) == 'X' || key.charAt(2) == 'x');
    }

    /** Whether the key is {@code default}. */
    public boolean isDefault() {
      return key.equals("default");
    }

    /**
     * Whether it documents {@code code}: its own code, or a range that holds it ({@code default}
     * never).
     */
    public boolean covers(int code) {
      OptionalInt own = code();
      if (own.isPresent()) {
        return own.getAsInt() == code;
      }
      return isRange() && key.charAt(0) - '0' == code / 100;
    }

    /** Whether it is an error response with an explicit code (4xx or 5xx, not a range). */
    public boolean isExplicitError() {
      OptionalInt own = code();
      return own.isPresent() && own.getAsInt() >= 400 && own.getAsInt() <= 599;
    }

    /** The pins of {@code member}, in the order met. */
    public List<Pin> pins(String member) {
      return pins.stream().filter(p -> p.member().equals(member)).toList();
    }

    /**
     * The values the body allows {@code member} ({@link #allowed()}), in order; empty when it does
     * not constrain it (then any value is allowed), or constrains it to no value at all (an {@code
     * allOf} of two disjoint enums): {@link #constrains(String)} tells them apart.
     */
    public Set<String> pinnedValues(String member) {
      List<String> values = allowed.get(member);
      return values == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /** Whether the body constrains {@code member} with {@code enum} or {@code const}. */
    public boolean constrains(String member) {
      return allowed.containsKey(member);
    }

    /** The names of the members the body constrains, in the order first met. */
    public Set<String> pinnedMembers() {
      return Collections.unmodifiableSet(new LinkedHashSet<>(allowed.keySet()));
    }
  }

  /**
   * One {@code enum} or {@code const} that pins a top-level member of a response's body: under the
   * body schema's {@code properties}, directly or through the schema's (and the member's) {@code
   * $ref}, {@code allOf}, {@code oneOf} and {@code anyOf}. Several schemas of one body (a {@code
   * oneOf} of problems) give several pins of the same member.
   *
   * @param member the member's name ({@code errorCode})
   * @param keyword {@code enum} or {@code const}
   * @param position where the {@code enum:} or {@code const:} key is
   * @param values the values it allows, texts as written (numbers as their digits), {@code null}
   *     left out, in the order written
   */
  public record Pin(String member, String keyword, Position position, List<Value> values) {

    public Pin {
      values = List.copyOf(values);
    }

    /** The values' texts, in order. */
    public List<String> texts() {
      return values.stream().map(Value::text).toList();
    }
  }

  /**
   * A value a {@link Pin} allows.
   *
   * @param text the value as written
   * @param position where it is
   */
  public record Value(String text, Position position) {}

  /**
   * A {@code $ref} that could not be followed; what it should refer to is not read.
   *
   * @param ref the reference as written (or a description of the value when it is not a text)
   * @param position where the {@code $ref} value is
   * @param reason why it could not be followed
   */
  public record BrokenRef(String ref, Position position, Reason reason) {

    /** Why a {@code $ref} could not be followed. */
    public enum Reason {
      /** A local JSON pointer to nothing in the document. */
      NOT_FOUND,
      /** It points into another file or to a URL; only local references are followed. */
      EXTERNAL,
      /** Its value is not a text. */
      NOT_TEXT,
      /** It leads back to itself through other {@code $ref}s only, never to a value. */
      CYCLE
    }
  }
}
