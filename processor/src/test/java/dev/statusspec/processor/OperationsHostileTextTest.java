package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.SpecDiagnostics;
import dev.statusspec.processor.testing.YamlText;
import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile texts of {@link HostileTextTest} as operation descriptions and names: descriptions
 * cannot inject code (the generated sources compile without a warning, are plain ASCII and have the
 * same members as with plain descriptions) or Markdown (each operation keeps its own section and
 * list); names are refused as not lowerCamelCase, and the message shows them inert.
 */
class OperationsHostileTextTest {

  private static final List<String> HOSTILE = HostileTextTest.HOSTILE;

  /** One operation per text, each listing an error status, with the text as its description. */
  private static String spec(IntFunction<String> description) {
    StringBuilder yaml =
        new StringBuilder(
            "statuses:\n"
                + "  - {code: 200, name: OK}\n"
                + "  - {code: 409, name: Conflict}\n"
                + "operations:\n");
    for (int i = 0; i < HOSTILE.size(); i++) {
      yaml.append("  op")
          .append(i)
          .append(":\n    description: ")
          .append(YamlText.quote(description.apply(i)))
          .append("\n    statuses: [OK, CONFLICT]\n");
    }
    return yaml.toString();
  }

  @ParameterizedTest(name = "--release {0}")
  @ValueSource(strings = {"8", "17"})
  void descriptionsCannotInjectCode(String release) throws IOException {
    String[] options = {"--release", release, "-Xlint:all", "-Xlint:-options", "-Werror"};
    Compilation hostile = Fixture.spec(spec(HOSTILE::get)).compile(options);
    assertThat(hostile).succeededWithoutWarnings();
    for (JavaFileObject file : hostile.generatedSourceFiles()) {
      String source = file.getCharContent(true).toString();
      assertThat(source.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)))
          .as("%s is printable ASCII", file.getName())
          .isTrue();
    }
    Compilation plain = Fixture.spec(spec(i -> "Plain text " + i)).compile(options);
    assertThat(plain).succeededWithoutWarnings();
    assertThat(HostileTextTest.members(hostile)).isEqualTo(HostileTextTest.members(plain));
  }

  @Test
  void descriptionsCannotInjectMarkdown() throws IOException {
    Compilation compilation = Fixture.spec(spec(HOSTILE::get)).compile();
    assertThat(compilation).succeeded();
    String page =
        compilation.generatedFiles().stream()
            .filter(f -> f.getName().endsWith("Api.md"))
            .findFirst()
            .orElseThrow()
            .getCharContent(true)
            .toString();
    String outsideCodeSpans = page.replaceAll("`[^`\n]*`", "");
    assertThat(outsideCodeSpans).doesNotContain("<script>", "<b>");
    assertThat(page).doesNotContain("\r", "\u202E", "\u2066", "\u0000");
    assertThat(page.codePoints().filter(c -> c != '\n' && Character.isISOControl(c))).isEmpty();
    assertThat(page.codePoints().filter(c -> Character.getType(c) == Character.FORMAT)).isEmpty();
    // Each operation keeps its own section, with its own two list items, and nothing else starts
    // a heading, an anchor or a list item.
    assertThat(page.lines().filter(l -> l.startsWith("### op")))
        .hasSize(HOSTILE.size())
        .allMatch(l -> l.matches("### op[0-9]+"));
    assertThat(page.lines().filter(l -> l.startsWith("<a id=\"operation_")))
        .hasSize(HOSTILE.size());
    assertThat(page.lines().filter(l -> l.startsWith("- [200 OK](#ok)"))).hasSize(HOSTILE.size());
    assertThat(page.lines().filter(l -> l.startsWith("#")))
        .allMatch(l -> l.matches("#+ [A-Za-z0-9 ()]+"));
  }

  @Test
  void hostileNamesAreRefusedAndShownInert() {
    for (String text : HOSTILE) {
      if (text.length() > 1_000) {
        continue; // a YAML implicit key is at most 1,024 characters
      }
      List<Diagnostic> diagnostics =
          SpecDiagnostics.of(
              "statuses:\n  - {code: 200, name: OK}\noperations:\n  "
                  + YamlText.quote(text)
                  + ":\n    statuses: [OK]\n");
      assertThat(diagnostics).as("for %s", YamlText.quote(text)).hasSize(1);
      Diagnostic only = diagnostics.get(0);
      assertThat(only.message().id()).isEqualTo("invalid-operation-name");
      assertThat(only.format().codePoints())
          .as("%s", only.format())
          .noneMatch(
              c ->
                  Character.isISOControl(c)
                      || Character.getType(c) == Character.FORMAT
                      || Character.getType(c) == Character.LINE_SEPARATOR
                      || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }
  }
}
