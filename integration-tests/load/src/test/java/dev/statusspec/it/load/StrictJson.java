package dev.statusspec.it.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) reader with no dependency, so the load checks judge every framework's
 * bodies by the same rule: one value and nothing after it, no raw control character in a string,
 * valid escapes only, no duplicate member (which a {@code Map} of a lenient parser would hide).
 * Objects become ordered maps, arrays lists, integers {@code Long}, other numbers {@code
 * BigDecimal}.
 */
public final class StrictJson {

  private final String text;
  private int at;

  private StrictJson(String text) {
    this.text = text;
  }

  /**
   * Reads {@code text}.
   *
   * @param text the JSON text
   * @return its value
   * @throws IllegalArgumentException if it is not exactly one JSON value
   */
  public static Object read(String text) {
    StrictJson json = new StrictJson(text);
    Object value = json.value();
    json.space();
    if (json.at != text.length()) {
      throw json.error("text after the value");
    }
    return value;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at " + at);
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private char next() {
    if (at >= text.length()) {
      throw error("end of text");
    }
    return text.charAt(at++);
  }

  private void expect(String word) {
    if (!text.startsWith(word, at)) {
      throw error("expected " + word);
    }
    at += word.length();
  }

  private Object value() {
    space();
    if (at >= text.length()) {
      throw error("no value");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        expect("true");
        return Boolean.TRUE;
      case 'f':
        expect("false");
        return Boolean.FALSE;
      case 'n':
        expect("null");
        return null;
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    space();
    if (at < text.length() && text.charAt(at) == '}') {
      at++;
      return members;
    }
    while (true) {
      space();
      if (at >= text.length() || text.charAt(at) != '"') {
        throw error("expected a member name");
      }
      String name = string();
      if (members.containsKey(name)) {
        throw error("duplicate member " + name);
      }
      space();
      if (next() != ':') {
        throw error("expected :");
      }
      members.put(name, value());
      space();
      char c = next();
      if (c == '}') {
        return members;
      }
      if (c != ',') {
        throw error("expected , or }");
      }
    }
  }

  private List<Object> array() {
    List<Object> items = new ArrayList<>();
    at++;
    space();
    if (at < text.length() && text.charAt(at) == ']') {
      at++;
      return items;
    }
    while (true) {
      items.add(value());
      space();
      char c = next();
      if (c == ']') {
        return items;
      }
      if (c != ',') {
        throw error("expected , or ]");
      }
    }
  }

  private String string() {
    at++;
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("raw control character");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("short \\u escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException bad) {
            throw error("bad \\u escape");
          }
          at += 4;
        }
        default -> throw error("bad escape");
      }
    }
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private Object number() {
    int start = at;
    if (at < text.length() && text.charAt(at) == '-') {
      at++;
    }
    int digits = at;
    while (at < text.length() && digit(text.charAt(at))) {
      at++;
    }
    if (at == digits || (text.charAt(digits) == '0' && at - digits > 1)) {
      throw error("bad number");
    }
    boolean integral = true;
    if (at < text.length() && text.charAt(at) == '.') {
      integral = false;
      at++;
      int fraction = at;
      while (at < text.length() && digit(text.charAt(at))) {
        at++;
      }
      if (at == fraction) {
        throw error("bad fraction");
      }
    }
    if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
      integral = false;
      at++;
      if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
        at++;
      }
      int exponent = at;
      while (at < text.length() && digit(text.charAt(at))) {
        at++;
      }
      if (at == exponent) {
        throw error("bad exponent");
      }
    }
    String number = text.substring(start, at);
    return integral ? (Object) Long.valueOf(number) : new BigDecimal(number);
  }
}
