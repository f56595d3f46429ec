package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import dev.statusspec.processor.testing.YamlText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Texts that try to break out of comments, string literals, Javadoc and Markdown. The generated
 * code compiles without a warning under {@code -Xlint:all -Werror}, is plain ASCII, has exactly the
 * members a plain spec of the same shape has, and every accessor returns the spec's text exactly.
 */
class HostileTextTest {

  /** One per trick; each is a name, a description, an errorCode and a deprecation reason. */
  static final List<String> HOSTILE =
      List.of(
          "*/ public static void evil() {} /*",
          "/* an unclosed comment",
          "\\u002a\\u002f still a comment end?",
          "\\u000a\\u000d\\u0022 escapes in text",
          "\\\\u002a\\u005c\\u005cu0041 backslashes before u",
          "@deprecated injected\n@return nothing\n@throws Error",
          "{@code x} {@link Object} {@inheritDoc} }",
          "<script>alert(1)</script> &amp; <b>bold</b> &#42;/",
          "$L $S $T $N $$ $1L $>$< $[ $]",
          "\"quoted\" 'single' \\\" \\' \\",
          "back\\slash \\\\ double \\n not a newline",
          "control \u0000\u0001\u0007\u001b[31m red\u007f\u0085\u009f",
          "cr\ronly and crlf\r\nand lf\nend",
          "tab\there\ttoo",
          "emoji \uD83D\uDE00 clef \uD834\uDD1E rocket \uD83D\uDE80",
          "rtl \u202Eevil\u202C isolate \u2066x\u2069 mark \u200F",
          "separators \u2028 and \u2029",
          "zero width \u200B\u200D and bom \uFEFF inside",
          "lone surrogates \uD800 and \uDC00",
          "// line comment\n*/\n/*",
          "  leading and trailing spaces  ",
          "- code: 200\n  name: not yaml",
          "x".repeat(20_000),
          "Caf\u00e9 na\u00efve \u65e5\u672c\u8a9e \u0645\u0631\u062d\u0628\u0627");

  /** A spec with one error status per text, every text field set from {@code texts}. */
  private static String spec(IntFunction<String> texts, int count) {
    StringBuilder yaml =
        new StringBuilder("description: ").append(YamlText.quote(texts.apply(0))).append('\n');
    yaml.append("statuses:\n");
    for (int i = 0; i < count; i++) {
      String text = texts.apply(i);
      yaml.append("  - code: ")
          .append(400 + i)
          .append('\n')
          .append("    id: S")
          .append(i)
          .append('\n')
          .append("    name: ")
          .append(YamlText.quote(text))
          .append('\n')
          .append("    description: ")
          .append(YamlText.quote(text))
          .append('\n')
          .append("    errorCode: ")
          .append(YamlText.quote(text))
          .append('\n')
          .append("    deprecated: ")
          .append(YamlText.quote(text))
          .append('\n')
          .append("    retryable: ")
          .append(i % 2 == 0)
          .append('\n');
    }
    return yaml.toString();
  }

  @Test
  void everyTextRoundTripsAtRelease17() throws Exception {
    check("--release", "17");
  }

  @Test
  void everyTextRoundTripsAtRelease8() throws Exception {
    check("--release", "8", "-Xlint:-options");
  }

  private static void check(String... release) throws Exception {
    List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror"));
    options.addAll(List.of(release));
    Compilation hostile =
        Fixture.spec(spec(HOSTILE::get, HOSTILE.size())).compile(options.toArray(String[]::new));
    assertThat(hostile).succeededWithoutWarnings();
    for (JavaFileObject file : hostile.generatedSourceFiles()) {
      String source = file.getCharContent(true).toString();
      assertThat(source.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)))
          .as("%s is printable ASCII", file.getName())
          .isTrue();
    }
    assertThat(GeneratedClasses.of(hostile).texts("com.example.ApiStatus"))
        .containsExactlyElementsOf(
            HOSTILE.stream().map(t -> List.<Object>of(t, t, Optional.of(t))).toList());

    Compilation plain =
        Fixture.spec(spec(i -> "Plain text " + i, HOSTILE.size()))
            .compile(options.toArray(String[]::new));
    assertThat(plain).succeededWithoutWarnings();
    assertThat(members(hostile)).isEqualTo(members(plain));
  }

  /** Every generated class with its declared members, as text. */
  static List<String> members(Compilation compilation) {
    GeneratedClasses classes = GeneratedClasses.of(compilation);
    List<String> all = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name =
          path.substring(path.indexOf("/CLASS_OUTPUT/") + 14)
              .replace(".class", "")
              .replace('/', '.');
      Class<?> type = classes.load(name);
      TreeSet<String> members = new TreeSet<>();
      Stream.of(type.getDeclaredFields(), type.getDeclaredMethods(), type.getDeclaredConstructors())
          .flatMap(Arrays::stream)
          .map(m -> ((Member) m).getName() + ":" + describe(m))
          .forEach(members::add);
      Arrays.stream(type.getDeclaredClasses()).map(Class::getName).forEach(members::add);
      all.add(name + " " + members);
    }
    all.sort(null);
    return all;
  }

  private static String describe(Object member) {
    if (member instanceof java.lang.reflect.Executable executable) {
      return Arrays.stream(executable.getParameterTypes())
          .map(Class::getName)
          .collect(Collectors.joining(","));
    }
    return ((java.lang.reflect.Field) member).getType().getName();
  }

  @Test
  void longestTextCompiles() throws Exception {
    String longest = "\u20ac".repeat(21_845); // 65,535 bytes in a class file
    Compilation compilation =
        Fixture.spec(
                "statuses:\n  - code: 200\n    name: OK\n    description: "
                    + YamlText.quote(longest)
                    + "\n")
            .compile();
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> status = GeneratedClasses.of(compilation).load("com.example.ApiStatus");
    assertThat(status.getMethod("description").invoke(status.getEnumConstants()[0]))
        .isEqualTo(longest);
  }

  @Test
  void referencePageEscapesEveryText() throws IOException {
    Compilation compilation = Fixture.spec(spec(HOSTILE::get, HOSTILE.size())).compile();
    assertThat(compilation).succeeded();
    String page =
        compilation.generatedFiles().stream()
            .filter(f -> f.getName().endsWith("Api.md"))
            .findFirst()
            .orElseThrow()
            .getCharContent(true)
            .toString();
    // Code spans show their content literally (CommonMark): HTML there is text, not markup.
    String outsideCodeSpans = page.replaceAll("`[^`\n]*`", "");
    assertThat(outsideCodeSpans).doesNotContain("<script>", "<b>");
    assertThat(page).doesNotContain("\r", "\u202E", "\u2066", "\u0000");
    assertThat(page.codePoints().filter(c -> c != '\n' && Character.isISOControl(c))).isEmpty();
    assertThat(page.codePoints().filter(c -> Character.getType(c) == Character.FORMAT)).isEmpty();
    assertThat(page).contains("&lt;script>"); // an escaped "<" is enough to stop any tag
    // Each status keeps its own table row: no text added a line break or a cell.
    long rows = page.lines().filter(l -> l.startsWith("| 4") || l.startsWith("| 5")).count();
    assertThat(rows).isEqualTo(HOSTILE.size());
    assertThat(page.lines().filter(l -> l.startsWith("| 4")))
        .allSatisfy(
            row -> assertThat(row.replace("\\|", "").chars().filter(c -> c == '|')).hasSize(6));
  }

  static {
    if (HOSTILE.stream().anyMatch(String::isBlank)) {
      throw new UncheckedIOException(new IOException("a hostile text must not be blank"));
    }
  }
}
