package dev.statusspec.processor.spec;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Hint;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.model.OpenApiDocument;
import dev.statusspec.processor.model.OpenApiDocument.BrokenRef;
import dev.statusspec.processor.model.OpenApiDocument.Operation;
import dev.statusspec.processor.model.OpenApiDocument.Pin;
import dev.statusspec.processor.model.OpenApiDocument.Response;
import dev.statusspec.processor.model.OpenApiDocument.Value;
import dev.statusspec.processor.spec.YamlNode.Entry;
import dev.statusspec.processor.spec.YamlNode.Mapping;
import dev.statusspec.processor.spec.YamlNode.Scalar;
import dev.statusspec.processor.spec.YamlNode.ScalarKind;
import dev.statusspec.processor.spec.YamlNode.Sequence;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the YAML tree of an OpenAPI 3.x document to an {@link OpenApiDocument}. The frame of the
 * document must have OpenAPI's shape ({@code openapi: 3.x}, {@code paths}, path items, operations,
 * {@code responses}, response objects): the first place where it does not is reported as {@code
 * openapi-unreadable} and nothing is bound. Inside schemas it is lenient: what is not a schema
 * keyword it reads is skipped. Local {@code $ref}s are followed, each schema is read once however
 * many responses refer to it, and cycles end.
 */
public final class OpenApiBinder {

  /**
   * The most {@code $ref}s followed in one chain (a reference to a schema whose member refers to
   * another...): far more than a real document nests, few enough to bound the recursion.
   */
  public static final int MAX_REF_DEPTH = 64;

  /**
   * The most levels of schemas read below a response, counting each {@code $ref} followed and each
   * {@code properties}, {@code allOf}, {@code oneOf} or {@code anyOf} entered.
   */
  public static final int MAX_SCHEMA_DEPTH = 256;

  private final Mapping root;
  private final Diagnostics diagnostics;
  private final Map<YamlNode, Found> schemas = new IdentityHashMap<>();
  private final Map<YamlNode, Found> members = new IdentityHashMap<>();
  private int refDepth;

  private OpenApiBinder(Mapping root, Diagnostics diagnostics) {
    this.root = root;
    this.diagnostics = diagnostics;
  }

  /** Stops binding after the first problem of shape, already reported. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * The document {@code root} holds, or empty after reporting to {@code diagnostics} where it is
   * not an OpenAPI 3.x document.
   */
  public static Optional<OpenApiDocument> bind(YamlNode root, Diagnostics diagnostics) {
    if (!(root instanceof Mapping mapping)) {
      diagnostics.report(
          Message.OPENAPI_UNREADABLE,
          root.position(),
          Hint.OPENAPI_TOP_NOT_MAPPING.with(root.describe()));
      return Optional.empty();
    }
    try {
      return Optional.of(new OpenApiBinder(mapping, diagnostics).document());
    } catch (Stop e) {
      return Optional.empty();
    }
  }

  private OpenApiDocument document() {
    Optional<Entry> openapi = root.get("openapi");
    if (openapi.isEmpty()) {
      stop(
          root.position(),
          Hint.OPENAPI_VERSION_MISSING.with(
              root.get("swagger").isPresent() ? Hint.OPENAPI_SWAGGER_2 : Hint.NONE));
    }
    String version = text(openapi.get());
    if (!version.startsWith("3.")) {
      stop(openapi.get().value().position(), Hint.OPENAPI_VERSION_NOT_3.with(version));
    }
    Optional<Entry> paths = root.get("paths");
    if (paths.isEmpty()) {
      stop(root.position(), Hint.OPENAPI_PATHS_MISSING.with());
    }
    List<Operation> operations = new ArrayList<>();
    List<BrokenRef> broken = new ArrayList<>();
    Map<String, Position> ids = new HashMap<>();
    for (Entry path : mapping(paths.get()).entries()) {
      if (path.key().startsWith("x-")) {
        continue;
      }
      Mapping item = mapping(path);
      Optional<Mapping> shared = Optional.empty();
      Optional<Entry> ref = item.get("$ref");
      if (ref.isPresent()) {
        Found found = new Found();
        shared = resolve(ref.get().value(), found).flatMap(n -> Optional.ofNullable(asMapping(n)));
        broken.addAll(found.broken);
      }
      for (String method : OpenApiDocument.METHODS) {
        Optional<Entry> operation = item.get(method);
        if (operation.isEmpty() && shared.isPresent()) {
          operation = shared.get().get(method);
        }
        if (operation.isPresent()) {
          operations.add(operation(path.key(), operation.get(), ids));
        }
      }
    }
    operations.sort((a, b) -> a.position().compareTo(b.position()));
    return new OpenApiDocument(version, paths.get().keyPosition(), operations, broken);
  }

  private Operation operation(String path, Entry entry, Map<String, Position> ids) {
    Mapping operation = mapping(entry);
    Optional<String> operationId = Optional.empty();
    Position idPosition = entry.keyPosition();
    Optional<Entry> id = operation.get("operationId");
    if (id.isPresent()) {
      operationId = Optional.of(text(id.get()));
      idPosition = id.get().value().position();
      Position first = ids.putIfAbsent(operationId.get(), idPosition);
      if (first != null) {
        stop(idPosition, Hint.OPENAPI_DUPLICATE_OPERATION_ID.with(operationId.get(), first.line()));
      }
    }
    List<Response> responses = new ArrayList<>();
    Map<String, BrokenRef> broken = new LinkedHashMap<>();
    Position responsesPosition = entry.keyPosition();
    Optional<Entry> responsesEntry = operation.get("responses");
    if (responsesEntry.isPresent()) {
      responsesPosition = responsesEntry.get().keyPosition();
      for (Entry response : mapping(responsesEntry.get()).entries()) {
        if (!response.key().startsWith("x-")) {
          responses.add(response(response, broken));
        }
      }
    }
    return new Operation(
        operationId,
        idPosition,
        entry.key(),
        path,
        entry.keyPosition(),
        responsesPosition,
        responses,
        List.copyOf(broken.values()));
  }

  private Response response(Entry entry, Map<String, BrokenRef> broken) {
    Found found = new Found();
    Optional<YamlNode> target = resolve(entry.value(), found);
    found.broken.forEach(b -> broken.putIfAbsent(b.position() + b.ref(), b));
    if (target.isEmpty()) {
      return new Response(entry.key(), entry.keyPosition(), "", List.of(), Map.of());
    }
    Mapping response = asMapping(target.get());
    if (response == null) {
      stop(
          target.get().position(),
          Hint.OPENAPI_NOT_MAPPING.with(entry.key(), target.get().describe()));
    }
    String description = "";
    Optional<Entry> text = response.get("description");
    if (text.isPresent() && text.get().value() instanceof Scalar scalar) {
      description = scalar.kind() == ScalarKind.NULL ? "" : scalar.text();
    }
    List<Pin> pins = new ArrayList<>();
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    Optional<Entry> content = response.get("content");
    if (content.isPresent() && content.get().value() instanceof Mapping media) {
      for (Entry type : media.entries()) {
        if (type.value() instanceof Mapping mediaType) {
          Optional<Entry> schema = mediaType.get("schema");
          if (schema.isPresent()) {
            Found body = schema(schema.get().value());
            pins.addAll(body.pins);
            body.broken.forEach(b -> broken.putIfAbsent(b.position() + b.ref(), b));
            body.allowed.forEach(
                (m, v) -> allowed.computeIfAbsent(m, k -> new LinkedHashSet<>()).addAll(v));
          }
        }
      }
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    allowed.forEach((m, v) -> values.put(m, List.copyOf(v)));
    return new Response(entry.key(), entry.keyPosition(), description, dedupe(pins), values);
  }

  /**
   * The pins of a body schema and the values it allows each member, once per schema node: what its
   * own {@code properties}, its {@code $ref} and its {@code allOf} allow together (the
   * intersection), and what any one of its {@code oneOf} or {@code anyOf} allows (the union, when
   * every one of them constrains the member; else the member is free).
   */
  private Found schema(YamlNode node) {
    Found known = schemas.get(node);
    if (known != null) {
      return known; // also an unfinished one: a cycle ends here
    }
    Found found = new Found();
    schemas.put(node, found);
    if (!(node instanceof Mapping schema)) {
      return found;
    }
    Optional<Entry> properties = schema.get("properties");
    if (properties.isPresent() && properties.get().value() instanceof Mapping members) {
      for (Entry member : members.entries()) {
        found.addMember(member.key(), deeper(() -> member(member.value())));
      }
    }
    Optional<Entry> ref = schema.get("$ref");
    if (ref.isPresent()) {
      follow(ref.get().value(), found).ifPresent(t -> found.allOf(deeper(() -> schema(t))));
    }
    combine(schema, found, this::schema);
    return found;
  }

  /**
   * What a member's schema pins, as a schema's under the member name "": its own {@code enum} and
   * {@code const}, and what its {@code $ref} and combinators allow, combined as in {@link #schema}.
   */
  private Found member(YamlNode node) {
    Found known = members.get(node);
    if (known != null) {
      return known;
    }
    Found found = new Found();
    members.put(node, found);
    if (!(node instanceof Mapping schema)) {
      return found;
    }
    Optional<Entry> values = schema.get("enum");
    if (values.isPresent() && values.get().value() instanceof Sequence list) {
      List<Value> allowed = new ArrayList<>();
      for (YamlNode item : list.items()) {
        if (item instanceof Scalar scalar && scalar.kind() != ScalarKind.NULL) {
          allowed.add(new Value(scalar.text(), scalar.position()));
        }
      }
      found.pin(new Pin("", "enum", values.get().keyPosition(), allowed));
    }
    Optional<Entry> constant = schema.get("const");
    if (constant.isPresent()
        && constant.get().value() instanceof Scalar scalar
        && scalar.kind() != ScalarKind.NULL) {
      found.pin(
          new Pin(
              "",
              "const",
              constant.get().keyPosition(),
              List.of(new Value(scalar.text(), scalar.position()))));
    }
    Optional<Entry> ref = schema.get("$ref");
    if (ref.isPresent()) {
      follow(ref.get().value(), found).ifPresent(t -> found.allOf(deeper(() -> member(t))));
    }
    combine(schema, found, this::member);
    return found;
  }

  /**
   * Adds to {@code found} what the {@code allOf}, {@code oneOf} and {@code anyOf} of {@code schema}
   * allow.
   */
  private void combine(
      Mapping schema, Found found, java.util.function.Function<YamlNode, Found> read) {
    for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
      Optional<Entry> list = schema.get(combinator);
      if (list.isPresent() && list.get().value() instanceof Sequence schemas) {
        List<Found> items = new ArrayList<>();
        for (YamlNode item : schemas.items()) {
          items.add(deeper(() -> read.apply(item)));
        }
        if (combinator.equals("allOf")) {
          items.forEach(found::allOf);
        } else {
          found.anyOf(items);
        }
      }
    }
  }

  /** Runs {@code step} one schema level deeper; refuses past {@link #MAX_SCHEMA_DEPTH}. */
  private <T> T deeper(java.util.function.Supplier<T> step) {
    if (++refDepth > MAX_SCHEMA_DEPTH) {
      stop(Position.UNKNOWN, Hint.OPENAPI_SCHEMAS_TOO_DEEP.with(MAX_SCHEMA_DEPTH));
    }
    try {
      return step.get();
    } finally {
      refDepth--;
    }
  }

  /**
   * {@code node} itself, or when it is a mapping with a {@code $ref}, what the references lead to;
   * empty after recording a broken one in {@code found}.
   */
  private Optional<YamlNode> resolve(YamlNode node, Found found) {
    if (node instanceof Mapping mapping && mapping.get("$ref").isPresent()) {
      return follow(mapping.get("$ref").get().value(), found);
    }
    return Optional.of(node);
  }

  /**
   * Where the {@code $ref} value {@code ref} leads, through further references (a target that is
   * itself only a {@code $ref}); empty after recording why not in {@code found}.
   */
  private Optional<YamlNode> follow(YamlNode ref, Found found) {
    Set<String> seen = new LinkedHashSet<>();
    YamlNode current = ref;
    for (int hop = 0; ; hop++) {
      if (!(current instanceof Scalar scalar) || scalar.kind() != ScalarKind.STRING) {
        found.broken.add(
            new BrokenRef(current.describe(), current.position(), BrokenRef.Reason.NOT_TEXT));
        return Optional.empty();
      }
      String text = scalar.text();
      if (!seen.add(text) || hop > MAX_REF_DEPTH) {
        found.broken.add(
            new BrokenRef(((Scalar) ref).text(), ref.position(), BrokenRef.Reason.CYCLE));
        return Optional.empty();
      }
      if (!text.startsWith("#")) {
        found.broken.add(new BrokenRef(text, scalar.position(), BrokenRef.Reason.EXTERNAL));
        return Optional.empty();
      }
      Optional<YamlNode> target = pointer(text.substring(1));
      if (target.isEmpty()) {
        found.broken.add(new BrokenRef(text, scalar.position(), BrokenRef.Reason.NOT_FOUND));
        return Optional.empty();
      }
      if (target.get() instanceof Mapping mapping
          && mapping.entries().size() == 1
          && mapping.get("$ref").isPresent()) {
        current = mapping.get("$ref").get().value();
        continue;
      }
      return target;
    }
  }

  /** The node at the JSON pointer {@code pointer} (RFC 6901, URI fragment form), if any. */
  private Optional<YamlNode> pointer(String pointer) {
    if (pointer.isEmpty()) {
      return Optional.of(root);
    }
    if (!pointer.startsWith("/")) {
      return Optional.empty();
    }
    YamlNode current = root;
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token;
      try {
        token = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      token = token.replace("~1", "/").replace("~0", "~");
      if (current instanceof Mapping mapping) {
        Optional<Entry> next = mapping.get(token);
        if (next.isEmpty()) {
          return Optional.empty();
        }
        current = next.get().value();
      } else if (current instanceof Sequence sequence && token.matches("0|[1-9][0-9]{0,8}")) {
        int index = Integer.parseInt(token);
        if (index >= sequence.items().size()) {
          return Optional.empty();
        }
        current = sequence.items().get(index);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  /** Pins of one body, without a second copy of a pin met through two paths. */
  private static List<Pin> dedupe(List<Pin> pins) {
    Map<String, Pin> unique = new LinkedHashMap<>();
    for (Pin pin : pins) {
      unique.putIfAbsent(pin.member() + "\u0000" + pin.position(), pin);
    }
    return List.copyOf(unique.values());
  }

  /**
   * What reading a schema found: the pins met in it, the values it allows each member it constrains
   * (a member absent is free), and the references it could not follow.
   */
  private static final class Found {
    final List<Pin> pins = new ArrayList<>();
    final Map<String, Set<String>> allowed = new LinkedHashMap<>();
    final List<BrokenRef> broken = new ArrayList<>();

    /** Its own {@code enum} or {@code const} (of a member's schema, under the name ""). */
    void pin(Pin pin) {
      pins.add(pin);
      constrain("", new LinkedHashSet<>(pin.texts()));
    }

    /** What {@code other} allows holds too (its pins and broken references are kept). */
    void allOf(Found other) {
      pins.addAll(other.pins);
      broken.addAll(other.broken);
      other.allowed.forEach((member, values) -> constrain(member, new LinkedHashSet<>(values)));
    }

    /**
     * What one of {@code others} allows holds too: the union, for members all of them constrain.
     */
    void anyOf(List<Found> others) {
      if (others.isEmpty()) {
        return;
      }
      Map<String, Set<String>> union = new LinkedHashMap<>();
      others.get(0).allowed.forEach((m, v) -> union.put(m, new LinkedHashSet<>(v)));
      for (Found other : others) {
        pins.addAll(other.pins);
        broken.addAll(other.broken);
        union.keySet().retainAll(other.allowed.keySet());
        union.forEach((m, v) -> v.addAll(other.allowed.get(m)));
      }
      union.forEach(this::constrain);
    }

    /** The member {@code member} of the body has a schema that allows what {@code other} does. */
    void addMember(String member, Found other) {
      for (Pin pin : other.pins) {
        pins.add(
            pin.member().isEmpty()
                ? new Pin(member, pin.keyword(), pin.position(), pin.values())
                : pin);
      }
      broken.addAll(other.broken);
      Set<String> values = other.allowed.get("");
      if (values != null) {
        constrain(member, new LinkedHashSet<>(values));
      }
    }

    private void constrain(String member, Set<String> values) {
      Set<String> known = allowed.get(member);
      if (known == null) {
        allowed.put(member, values);
      } else {
        known.retainAll(values);
      }
    }
  }

  private Mapping mapping(Entry entry) {
    Mapping mapping = asMapping(entry.value());
    if (mapping == null) {
      stop(
          entry.value().position(),
          Hint.OPENAPI_NOT_MAPPING.with(entry.key(), entry.value().describe()));
    }
    return mapping;
  }

  private static Mapping asMapping(YamlNode node) {
    return node instanceof Mapping mapping ? mapping : null;
  }

  private String text(Entry entry) {
    if (entry.value() instanceof Scalar scalar && scalar.kind() != ScalarKind.NULL) {
      return scalar.text();
    }
    stop(
        entry.value().position(),
        Hint.OPENAPI_NOT_TEXT.with(entry.key(), entry.value().describe()));
    throw new AssertionError(); // not reached
  }

  private void stop(Position position, Hint.Filled detail) {
    diagnostics.report(Message.OPENAPI_UNREADABLE, position, detail);
    throw new Stop();
  }
}
