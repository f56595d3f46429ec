package dev.statusspec.processor.gen;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON without a library, for generated resources: objects are {@code Map}s written in their
 * order, arrays {@code List}s, and strings, integers and booleans; two spaces of indentation, a
 * final newline. Strings get JSON's escaping only (RFC 8259): quote, backslash, control characters
 * (C0, DEL and C1, which JSON allows raw but terminals and editors do not show) and unpaired
 * surrogates (which UTF-8 cannot encode) as {@code \\uXXXX}; everything else, markup included,
 * stays as written.
 */
final class JsonText {

  private final StringBuilder json = new StringBuilder(8192);

  private JsonText() {}

  /** {@code value} as a JSON document. */
  static String of(Object value) {
    JsonText text = new JsonText();
    text.value(value, 0);
    return text.json.append('\n').toString();
  }

  private void value(Object value, int depth) {
    if (value instanceof Map<?, ?> object) {
      object(object, depth);
    } else if (value instanceof List<?> array) {
      array(array, depth);
    } else if (value instanceof String string) {
      string(string);
    } else if (value instanceof Integer || value instanceof Boolean) {
      json.append(value);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }

  private void object(Map<?, ?> object, int depth) {
    if (object.isEmpty()) {
      json.append("{}");
      return;
    }
    json.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> member : object.entrySet()) {
      json.append(separator);
      indent(depth + 1);
      string((String) member.getKey());
      json.append(": ");
      value(member.getValue(), depth + 1);
      separator = ",\n";
    }
    json.append('\n');
    indent(depth);
    json.append('}');
  }

  private void array(List<?> array, int depth) {
    if (array.isEmpty()) {
      json.append("[]");
      return;
    }
    json.append('[');
    String separator = "\n";
    for (Object item : array) {
      json.append(separator);
      indent(depth + 1);
      value(item, depth + 1);
      separator = ",\n";
    }
    json.append('\n');
    indent(depth);
    json.append(']');
  }

  private void indent(int depth) {
    json.append("  ".repeat(depth));
  }

  private void string(String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (Character.isISOControl(c) || unpaired(text, i)) {
            json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }

  private static boolean unpaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
