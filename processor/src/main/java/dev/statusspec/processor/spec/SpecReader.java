package dev.statusspec.processor.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Hint;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.spec.YamlNode.Entry;
import dev.statusspec.processor.spec.YamlNode.Mapping;
import dev.statusspec.processor.spec.YamlNode.Scalar;
import dev.statusspec.processor.spec.YamlNode.ScalarKind;
import dev.statusspec.processor.spec.YamlNode.Sequence;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML (or JSON) file's bytes into a tree of {@link YamlNode}s that keep the line and
 * column of every value. Refuses, with a positioned diagnostic and in bounded time and memory:
 * files over the {@link Limits}' bytes, invalid UTF-8, YAML syntax errors, aliases (so "billion
 * laughs" cannot expand), nesting deeper than the limits allow, more values than they allow,
 * duplicate keys and several documents in one file. A status spec is read with {@link Limits#SPEC};
 * another format of file (an OpenAPI document) brings its own limits and wording.
 *
 * <p>A file whose first character (after blanks) is <code>{</code> or {@code [} is read as JSON by
 * Jackson's JSON parser: JSON is YAML 1.2, but SnakeYAML (YAML 1.1) refuses a tab between JSON
 * tokens, which JSON allows and JSON writers emit.
 */
public final class SpecReader {

  /** The largest spec read: 8 MiB, about 25 times the size of a 3,000-status catalogue. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  /** The deepest nesting read; a spec needs 3 levels, a little room is left for mistakes. */
  public static final int MAX_DEPTH = 16;

  /**
   * The deepest nesting any format may allow, and the parsers' own backstop: an OpenAPI document
   * nests inline schemas ({@link Limits#OPENAPI}).
   */
  public static final int MAX_READ_DEPTH = 64;

  /**
   * The most values (texts, numbers, lists, mappings) read: far more than the largest catalogue one
   * enum holds needs, and few enough that a file of tiny values cannot make the tree take more than
   * some tens of megabytes.
   */
  public static final int MAX_NODES = 500_000;

  /**
   * The limits of one format of file, and how its messages word what it refuses.
   *
   * @param maxBytes the largest file read, at most {@link #MAX_BYTES}
   * @param maxDepth the deepest nesting read, at most {@link #MAX_READ_DEPTH}
   * @param maxNodes the most values read, at most {@link #MAX_NODES}
   * @param depthNeeds what the format needs, after the message that a file is nested too deep
   * @param unreadable empty for a status spec, whose every problem has its own id ({@code
   *     yaml-syntax}, {@code yaml-alias}...); else the one message every problem of reading is
   *     reported with (an OpenAPI document's {@link Message#OPENAPI_UNREADABLE}), its detail worded
   *     for a document rather than a spec
   */
  public record Limits(
      int maxBytes, int maxDepth, int maxNodes, String depthNeeds, Optional<Message> unreadable) {

    /** A status spec's. */
    public static final Limits SPEC =
        new Limits(
            MAX_BYTES,
            MAX_DEPTH,
            MAX_NODES,
            "a status spec needs at most 4 (top level, 'operations', one operation, its 'statuses'"
                + " list)",
            Optional.empty());

    /**
     * An OpenAPI document's: the spec's size and number of values, no aliases, and a depth of 64.
     * The operations' part of a document needs 8 levels down to a response's schema ({@code paths},
     * the path, the method, {@code responses}, the code, {@code content}, the media type, {@code
     * schema}); each inline object schema below adds 2 ({@code properties}, the name) and each
     * {@code items} or {@code allOf} list 1 or 2. Generated documents (springdoc, Stripe's) inline
     * schemas 10 to 15 objects deep: 64 leaves room for 25 and still bounds the reader's recursion.
     * Every problem is {@code openapi-unreadable}.
     */
    public static final Limits OPENAPI =
        new Limits(
            MAX_BYTES,
            MAX_READ_DEPTH,
            MAX_NODES,
            "an OpenAPI document's inline schemas rarely go beyond 30 levels; move deeper ones to"
                + " 'components/schemas' and refer to them with '$ref'",
            Optional.of(Message.OPENAPI_UNREADABLE));

    /**
     * The parser's own limits are a backstop set from the largest limits, so none may be larger.
     */
    public Limits {
      if (maxBytes > MAX_BYTES || maxDepth > MAX_READ_DEPTH || maxNodes > MAX_NODES) {
        throw new IllegalArgumentException("limits above the reader's backstops");
      }
    }

    /**
     * Reports {@code message} (a problem of reading, with its {@code args}) as this format words
     * it: as it is for a spec, else as {@link #unreadable} with the detail worded for a document.
     */
    void report(Diagnostics diagnostics, Message message, Position position, Object... args) {
      if (unreadable.isEmpty()) {
        diagnostics.report(message, position, args);
        return;
      }
      Hint detail = DOCUMENT_WORDS.get(message);
      if (message == Message.YAML_SYNTAX && args[2] == Hint.YAML_BLOCK_END) {
        args = new Object[] {args[0], args[1], Hint.YAML_BLOCK_END_DOCUMENT};
      }
      diagnostics.report(unreadable.get(), position, detail.with(args));
    }
  }

  /** What each problem of reading is called in a document, with the same values. */
  private static final Map<Message, Hint> DOCUMENT_WORDS = documentWords();

  private static Map<Message, Hint> documentWords() {
    Map<Message, Hint> words = new EnumMap<>(Message.class);
    words.put(Message.SPEC_TOO_LARGE, Hint.DOCUMENT_TOO_LARGE);
    words.put(Message.SPEC_NOT_UTF8, Hint.DOCUMENT_NOT_UTF8);
    words.put(Message.SPEC_EMPTY, Hint.DOCUMENT_EMPTY);
    words.put(Message.YAML_SYNTAX, Hint.DOCUMENT_SYNTAX);
    words.put(Message.YAML_ALIAS, Hint.DOCUMENT_ALIAS);
    words.put(Message.YAML_TOO_DEEP, Hint.DOCUMENT_TOO_DEEP);
    words.put(Message.YAML_TOO_MANY_VALUES, Hint.DOCUMENT_TOO_MANY_VALUES);
    words.put(Message.YAML_MULTIPLE_DOCUMENTS, Hint.DOCUMENT_MULTIPLE);
    words.put(Message.YAML_COMPLEX_KEY, Hint.DOCUMENT_COMPLEX_KEY);
    words.put(Message.DUPLICATE_KEY, Hint.DOCUMENT_DUPLICATE_KEY);
    return java.util.Collections.unmodifiableMap(words);
  }

  private static final YAMLFactory FACTORY = createFactory();

  private static final JsonFactory JSON_FACTORY = createJsonFactory();

  private SpecReader() {}

  /**
   * Whether a file of {@code size} bytes is too large to read under {@code limits}; if so, reports
   * it with the size.
   */
  public static boolean tooLarge(long size, Limits limits, Diagnostics diagnostics) {
    if (size <= limits.maxBytes()) {
      return false;
    }
    limits.report(diagnostics, Message.SPEC_TOO_LARGE, Position.UNKNOWN, size, limits.maxBytes());
    return true;
  }

  /**
   * Parses the spec {@code bytes}; returns the root, or empty after reporting why to {@code
   * diagnostics}.
   */
  public static Optional<YamlNode> read(byte[] bytes, Diagnostics diagnostics) {
    return read(bytes, Limits.SPEC, diagnostics);
  }

  /**
   * Parses {@code bytes} within {@code limits}; returns the root, or empty after reporting why to
   * {@code diagnostics}.
   */
  public static Optional<YamlNode> read(byte[] bytes, Limits limits, Diagnostics diagnostics) {
    if (tooLarge(bytes.length, limits, diagnostics)) {
      return Optional.empty();
    }
    Optional<String> decoded = decodeUtf8(bytes, limits, diagnostics);
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String text = decoded.get();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1); // a byte order mark is allowed and ignored
    }
    try (JsonParser parser =
        isJson(text) ? JSON_FACTORY.createParser(text) : FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        limits.report(diagnostics, Message.SPEC_EMPTY, new Position(1, 1));
        return Optional.empty();
      }
      Optional<YamlNode> root = new TreeBuilder(parser, limits, diagnostics).node(first, 1);
      if (root.isPresent() && parser.nextToken() != null) {
        limits.report(diagnostics, Message.YAML_MULTIPLE_DOCUMENTS, position(parser));
        return Optional.empty();
      }
      return root;
    } catch (Abort e) {
      return Optional.empty(); // already reported
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // Jackson wraps SnakeYAML's exceptions; some of SnakeYAML's escape unwrapped.
      reportSyntax(e, limits, diagnostics);
      return Optional.empty();
    }
  }

  /**
   * Whether {@code text} is JSON: its first character other than a blank opens an object or list.
   */
  static boolean isJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  /**
   * Reports a syntax error at the place SnakeYAML found the problem (Jackson's own location is
   * often the last good token, a line or more earlier), in SnakeYAML's words without its excerpt.
   */
  private static void reportSyntax(Throwable e, Limits limits, Diagnostics diagnostics) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark mark = marked.getProblemMark();
        Mark contextMark = marked.getContextMark();
        Object context =
            marked.getContext() == null
                ? Hint.NONE
                : contextMark == null
                    ? Hint.YAML_CONTEXT.with(oneLine(marked.getContext()))
                    : Hint.YAML_CONTEXT_AT.with(
                        oneLine(marked.getContext()),
                        contextMark.getLine() + 1,
                        contextMark.getColumn() + 1);
        Hint hint = hint(marked.getProblem());
        limits.report(
            diagnostics,
            Message.YAML_SYNTAX,
            new Position(mark.getLine() + 1, mark.getColumn() + 1),
            context,
            oneLine(words(marked.getProblem(), hint)),
            hint);
        return;
      }
    }
    Position position = Position.UNKNOWN;
    String detail = e.getMessage();
    if (e instanceof JsonProcessingException processing) {
      JsonLocation location = processing.getLocation();
      if (location != null && location.getLineNr() > 0) {
        position = new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
      }
      detail = processing.getOriginalMessage();
    }
    limits.report(
        diagnostics, Message.YAML_SYNTAX, position, Hint.NONE, oneLine(detail), Hint.NONE);
  }

  /** SnakeYAML's words for a problem, and what a newcomer usually has to do, first match wins. */
  private static final List<Map.Entry<String, Hint>> HINTS =
      List.of(
          Map.entry("(TAB)", Hint.YAML_TAB),
          Map.entry("that cannot start any token", Hint.YAML_QUOTE_SPECIAL_START),
          Map.entry("mapping values are not allowed here", Hint.YAML_COLON_IN_TEXT),
          Map.entry("expected <block end>", Hint.YAML_BLOCK_END),
          Map.entry("could not find expected ':'", Hint.YAML_MISSING_COLON),
          Map.entry("found unexpected end of stream", Hint.YAML_UNCLOSED_QUOTE),
          Map.entry("expected ',' or", Hint.YAML_UNCLOSED_BRACKET));

  /** What a newcomer usually has to do about SnakeYAML's {@code problem}. */
  private static Hint hint(String problem) {
    return problem == null
        ? Hint.NONE
        : HINTS.stream()
            .filter(e -> problem.contains(e.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(Hint.NONE);
  }

  /** SnakeYAML's problem without its advice for tabs, and without its full stop before a hint. */
  private static String words(String problem, Hint hint) {
    if (problem == null) {
      return "unknown problem";
    }
    String words = problem.replaceAll("\\s*\\(Do not use .* for indentation\\)", "");
    return hint == Hint.NONE ? words : words.replaceAll("\\.$", "");
  }

  /** Stops reading after a problem that makes the rest of the file pointless to read. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  /** Builds the tree token by token; depth is checked before descending. */
  private static final class TreeBuilder {
    private final JsonParser parser;
    private final Limits limits;
    private final Diagnostics diagnostics;
    private int nodes;

    TreeBuilder(JsonParser parser, Limits limits, Diagnostics diagnostics) {
      this.parser = parser;
      this.limits = limits;
      this.diagnostics = diagnostics;
    }

    Optional<YamlNode> node(JsonToken token, int depth) throws IOException {
      Position position = position(parser);
      if (++nodes > limits.maxNodes()) {
        limits.report(diagnostics, Message.YAML_TOO_MANY_VALUES, position, limits.maxNodes());
        throw new Abort();
      }
      if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        // Stop at the first: a "billion laughs" file holds thousands.
        limits.report(diagnostics, Message.YAML_ALIAS, position, parser.getText());
        throw new Abort();
      }
      if (token.isStructStart() && depth > limits.maxDepth()) {
        limits.report(
            diagnostics, Message.YAML_TOO_DEEP, position, limits.maxDepth(), limits.depthNeeds());
        throw new Abort();
      }
      switch (token) {
        case START_OBJECT:
          return mapping(position, depth);
        case START_ARRAY:
          return sequence(position, depth);
        case VALUE_STRING:
          return Optional.of(new Scalar(parser.getText(), ScalarKind.STRING, position));
        case VALUE_NUMBER_INT:
          return Optional.of(new Scalar(parser.getText(), ScalarKind.INTEGER, position));
        case VALUE_NUMBER_FLOAT:
          return Optional.of(new Scalar(parser.getText(), ScalarKind.FLOAT, position));
        case VALUE_TRUE:
        case VALUE_FALSE:
          return Optional.of(new Scalar(parser.getText(), ScalarKind.BOOLEAN, position));
        case VALUE_NULL:
          return Optional.of(new Scalar(parser.getText(), ScalarKind.NULL, position));
        default:
          // Embedded binary (!!binary) and the like: keep the text, it is not a spec value.
          return Optional.of(new Scalar(parser.getText(), ScalarKind.STRING, position));
      }
    }

    private Optional<YamlNode> mapping(Position position, int depth) throws IOException {
      List<Entry> entries = new ArrayList<>();
      Map<String, Position> seen = new HashMap<>();
      boolean ok = true;
      JsonToken token;
      while ((token = nextKey()) != JsonToken.END_OBJECT) {
        String key = parser.currentName();
        Position keyPosition = position(parser);
        Optional<YamlNode> value = node(parser.nextToken(), depth + 1);
        Position first = seen.putIfAbsent(key, keyPosition);
        if (first != null) {
          limits.report(diagnostics, Message.DUPLICATE_KEY, keyPosition, key, first.line());
          ok = false;
        } else if (value.isPresent()) {
          entries.add(new Entry(key, keyPosition, value.get()));
        } else {
          ok = false;
        }
      }
      return ok ? Optional.of(new Mapping(entries, position)) : Optional.empty();
    }

    /** The next key or the end of the mapping; a list or mapping as a key is reported. */
    private JsonToken nextKey() throws IOException {
      try {
        return parser.nextToken();
      } catch (JsonProcessingException e) {
        String detail = String.valueOf(e.getOriginalMessage());
        if (!detail.startsWith("Expected a field name")) {
          throw e;
        }
        JsonLocation location = e.getLocation();
        limits.report(
            diagnostics,
            Message.YAML_COMPLEX_KEY,
            new Position(location.getLineNr(), location.getColumnNr()),
            detail.contains("SequenceStart") ? "list" : "mapping");
        throw new Abort();
      }
    }

    private Optional<YamlNode> sequence(Position position, int depth) throws IOException {
      List<YamlNode> items = new ArrayList<>();
      boolean ok = true;
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        Optional<YamlNode> item = node(token, depth + 1);
        item.ifPresent(items::add);
        ok &= item.isPresent();
      }
      return ok ? Optional.of(new Sequence(items, position)) : Optional.empty();
    }
  }

  private static Position position(JsonParser parser) {
    JsonLocation location = parser.currentTokenLocation();
    return new Position(location.getLineNr(), location.getColumnNr());
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
    return line.length() <= 400 ? line : line.substring(0, 397) + "...";
  }

  private static Optional<String> decodeUtf8(byte[] bytes, Limits limits, Diagnostics diagnostics) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      limits.report(
          diagnostics,
          Message.SPEC_NOT_UTF8,
          positionOfByte(bytes, in.position()),
          in.position() + 1,
          bytes[in.position()] & 0xff);
      return Optional.empty();
    }
    return Optional.of(out.flip().toString());
  }

  /** The line and column (in characters) of the byte at {@code offset}, for a decoding error. */
  private static Position positionOfByte(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new Position(line, before.codePointCount(0, before.length()) + 1);
  }

  private static YAMLFactory createFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    options.setNestingDepthLimit(MAX_READ_DEPTH + 4);
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    return YAMLFactory.builder()
        // A key with nothing after it is null (absent), as YAML says; the builder, unlike the
        // YAMLFactory constructor, leaves this off and would make it the empty text.
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .loaderOptions(options)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_READ_DEPTH + 4)
                .maxStringLength(MAX_BYTES)
                .maxDocumentLength(MAX_BYTES)
                .build())
        .build();
  }

  private static JsonFactory createJsonFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_READ_DEPTH + 4)
                .maxStringLength(MAX_BYTES)
                .maxDocumentLength(MAX_BYTES)
                .maxNumberLength(1_000)
                .build())
        .build();
  }
}
