package dev.statusspec.processor.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates status specs from a seeded {@link SplittableRandom}: valid ones full of hostile text,
 * and broken ones (a valid spec with one or two mistakes a newcomer or an attacker would make).
 */
public final class SpecGenerator {

  /** Fragments that have broken code generators, documentation tools or parsers. */
  private static final List<String> FRAGMENTS =
      List.of(
          "*/",
          "/*",
          "/**",
          "//",
          "\\u002a\\u002f",
          "\\u000a",
          "\\\\u0022",
          "\\",
          "\"",
          "'",
          "\u2019",
          "@deprecated",
          "\n@return",
          "{@code",
          "}",
          "<script>",
          "</p>",
          "&amp;",
          "&#42;",
          "$L",
          "$S",
          "$$",
          "$",
          "%s",
          "%n",
          "\r",
          "\r\n",
          "\n",
          "\t",
          "\u0000",
          "\u001b[0m",
          "\u007f",
          "\u0085",
          "\u2028",
          "\u202E",
          "\u2066",
          "\u200B",
          "\uFEFF",
          "\uD83D\uDE80",
          "\uD800",
          "\uDFFF",
          "\uFFFE",
          "Caf\u00e9",
          "\u65e5\u672c",
          "- code: 200",
          "#",
          ": ",
          " ",
          "Not Found",
          "I'm a teapot",
          "OK");

  /** One status as the generator meant it. */
  public record Intent(
      int code,
      String id,
      String name,
      String description,
      Optional<String> errorCode,
      boolean retryable,
      Optional<String> deprecation) {}

  /**
   * A generated spec.
   *
   * @param yaml the file's text
   * @param bytes the file's bytes (differ from {@code yaml} only for broken encodings)
   * @param statuses what a valid spec must give; meaningful only when {@code mistakes} is empty
   * @param mistakes what was broken on purpose, for the failure message
   */
  public record Case(String yaml, byte[] bytes, List<Intent> statuses, List<String> mistakes) {
    /** Whether the spec was left valid. */
    public boolean valid() {
      return mistakes.isEmpty();
    }
  }

  private final SplittableRandom random;

  public SpecGenerator(SplittableRandom random) {
    this.random = random;
  }

  /** A hostile, non-blank text of up to a few dozen characters (rarely a very long one). */
  public String text() {
    StringBuilder out = new StringBuilder();
    int parts = 1 + random.nextInt(5);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(4)) {
        case 0, 1 -> out.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        case 2 -> out.appendCodePoint(randomCodePoint());
        default -> out.append("word").append(random.nextInt(100));
      }
    }
    if (random.nextInt(200) == 0) {
      out.append("y".repeat(5_000 + random.nextInt(20_000)));
    }
    return out.toString().isBlank() ? "N" + out : out.toString();
  }

  private int randomCodePoint() {
    return switch (random.nextInt(5)) {
      case 0 -> random.nextInt(0x20);
      case 1 -> 0x20 + random.nextInt(0x5f);
      case 2 -> 0x80 + random.nextInt(0x780);
      case 3 -> random.nextInt(0x10000);
      default -> 0x10000 + random.nextInt(0x100000);
    };
  }

  /** A spec: valid about half the time, else with one or two mistakes. */
  public Case next() {
    int count = 1 + random.nextInt(6);
    List<Intent> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int code = 100 + random.nextInt(500);
      boolean shared = statuses.stream().anyMatch(s -> s.code() == code);
      statuses.add(
          new Intent(
              code,
              "S" + i,
              text(),
              random.nextBoolean() ? text() : "",
              // Every status gets an errorCode when any could share a code: keep them distinct.
              shared || random.nextBoolean() ? Optional.of(text() + "#" + i) : Optional.empty(),
              random.nextBoolean(),
              switch (random.nextInt(3)) {
                case 0 -> Optional.empty();
                case 1 -> Optional.of("");
                default -> Optional.of(text());
              }));
    }
    // A code shared by several statuses needs an errorCode on each of them.
    for (int i = 0; i < statuses.size(); i++) {
      Intent s = statuses.get(i);
      long sharing = statuses.stream().filter(o -> o.code() == s.code()).count();
      if (sharing > 1 && s.errorCode().isEmpty()) {
        statuses.set(
            i,
            new Intent(
                s.code(),
                s.id(),
                s.name(),
                s.description(),
                Optional.of("e#" + i),
                s.retryable(),
                s.deprecation()));
      }
    }
    List<String> lines = new ArrayList<>();
    if (random.nextBoolean()) {
      lines.add("name: Gen" + random.nextInt(1000));
    }
    if (random.nextBoolean()) {
      lines.add("description: " + YamlText.quote(text()));
    }
    lines.add("statuses:");
    for (Intent s : statuses) {
      lines.add("  - code: " + s.code());
      lines.add("    id: " + s.id());
      lines.add("    name: " + YamlText.quote(s.name()));
      if (!s.description().isEmpty()) {
        lines.add("    description: " + YamlText.quote(s.description()));
      }
      s.errorCode().ifPresent(e -> lines.add("    errorCode: " + YamlText.quote(e)));
      if (s.retryable() || random.nextBoolean()) {
        lines.add("    retryable: " + s.retryable());
      }
      s.deprecation()
          .ifPresent(
              d -> lines.add("    deprecated: " + (d.isEmpty() ? "true" : YamlText.quote(d))));
      if (s.code() >= 400 && random.nextInt(4) == 0) {
        lines.add("    exception: Custom" + s.id() + "Failure");
      }
    }
    List<String> mistakes = new ArrayList<>();
    int wanted = random.nextBoolean() ? 0 : 1 + random.nextInt(2);
    for (int i = 0; i < wanted; i++) {
      mistakes.add(breakOne(lines));
    }
    String yaml = String.join("\n", lines) + "\n";
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    if (!mistakes.isEmpty() && random.nextInt(15) == 0) {
      bytes = bytes.clone();
      bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
      mistakes.add("a byte replaced by a stray UTF-8 continuation or lead byte");
    }
    return new Case(yaml, bytes, List.copyOf(statuses), List.copyOf(mistakes));
  }

  /** Breaks {@code lines} in one way; returns how. */
  private String breakOne(List<String> lines) {
    int at = 1 + random.nextInt(lines.size() - 1);
    while (at < lines.size() - 1 && !lines.get(at).startsWith("    ")) {
      at++;
    }
    String line = lines.get(at);
    String indent = line.startsWith("  - ") ? "    " : line.replaceAll("^(\\s*).*", "$1");
    String[] codes = {
      "abc",
      "\"404\"",
      "404.0",
      "0x1F4",
      "0404",
      "[404]",
      "{a: 1}",
      "99",
      "600",
      "-1",
      "",
      "~",
      "1e3",
      "4_04",
      ".inf",
      "!!str 404"
    };
    return switch (random.nextInt(16)) {
      case 0 -> replaceValue(lines, "code", codes[random.nextInt(codes.length)]);
      case 1 -> {
        lines.add(at, indent + "nmae: " + YamlText.quote(text()));
        yield "unknown key at line " + (at + 1);
      }
      case 2 -> {
        lines.add(at, indent + (line.contains("name:") ? "id" : "name") + ": X");
        lines.add(at, indent + "description: one");
        lines.add(at, indent + "description: two");
        yield "duplicate key at line " + (at + 1);
      }
      case 3 -> replaceValue(lines, "name", random.nextBoolean() ? "[a, b]" : "{x: y}");
      case 4 -> replaceValue(lines, "retryable", random.nextBoolean() ? "yes" : "\"true\"");
      case 5 -> replaceValue(lines, "id", random.nextBoolean() ? "S0" : "not-an-id");
      case 6 -> {
        lines.set(at, line + " \"unclosed");
        yield "unclosed quote at line " + (at + 1);
      }
      case 7 -> {
        lines.set(at, "\t" + line);
        yield "tab at line " + (at + 1);
      }
      case 8 -> {
        lines.add(at, indent + "x: " + "[".repeat(30) + "]".repeat(30));
        yield "deep nesting at line " + (at + 1);
      }
      case 9 -> {
        lines.add(1, "anchor: &a [1, 2]");
        lines.add(2, "again: *a");
        yield "an alias";
      }
      case 10 -> replaceValue(lines, "deprecated", random.nextBoolean() ? "12" : "[x]");
      case 11 -> {
        lines.subList(at, Math.min(lines.size(), at + 1 + random.nextInt(4))).clear();
        yield "lines removed from line " + (at + 1);
      }
      case 12 -> {
        lines.add("---");
        lines.add("statuses: []");
        yield "a second document";
      }
      case 13 -> replaceValue(lines, "errorCode", "[a]");
      case 14 -> {
        lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
        yield "line " + (at + 1) + " cut short";
      }
      default -> {
        lines.add(at, indent + "exception: " + (random.nextBoolean() ? "bad-name" : "ApiStatus"));
        yield "a bad exception name at line " + (at + 1);
      }
    };
  }

  /** Replaces the value of the first {@code key} line (or adds one to the first status). */
  private String replaceValue(List<String> lines, String key, String value) {
    for (int i = 0; i < lines.size(); i++) {
      String trimmed = lines.get(i).replaceFirst("^\\s*(- )?", "");
      if (trimmed.startsWith(key + ":")) {
        String prefix = lines.get(i).substring(0, lines.get(i).indexOf(key));
        lines.set(i, prefix + key + ": " + value);
        return key + ": " + value + " at line " + (i + 1);
      }
    }
    int first = lines.indexOf("statuses:") + 2;
    lines.add(Math.min(first, lines.size()), "    " + key + ": " + value);
    return key + ": " + value + " added at line " + (first + 1);
  }
}
