package dev.statusspec.processor.spec;

import dev.statusspec.processor.diag.Position;
import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the place it starts in the file. Scalars keep the text exactly as written, so
 * that {@code no} or {@code Off} stay the words the user typed and never silently become {@code
 * false}.
 */
public sealed interface YamlNode {

  /** Where the value starts. */
  Position position();

  /** How the value is named in messages: "a list", "the text 'abc'"... */
  String describe();

  /** The kind of a scalar as YAML's resolution rules read it. */
  enum ScalarKind {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  /** A single value: text, a number, a boolean or null, with its text as written. */
  record Scalar(String text, ScalarKind kind, Position position) implements YamlNode {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "the text '" + abbreviate(text) + "'";
        case INTEGER, FLOAT -> "the number " + abbreviate(text);
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "an empty value";
      };
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, Position position) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping, with its entries in file order; keys are unique (the reader reports duplicates). */
  record Mapping(List<Entry> entries, Position position) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    /** The entry with this key, if any. */
    public Optional<Entry> get(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key and its value. */
  record Entry(String key, Position keyPosition, YamlNode value) {}

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
