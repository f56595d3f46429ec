package dev.statusspec.processor.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.testing.SpecDiagnostics;
import dev.statusspec.processor.testing.YamlText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text from a spec quoted in a message cannot act on the terminal or forge a diagnostic: control,
 * format and line-break characters are shown as escapes, and long texts are cut.
 */
class DiagnosticsTest {

  @Test
  void controlAndFormatCharactersAreShownAsEscapes() {
    assertThat(Diagnostics.visible("a\u001b[2Jb\nc\r\u202Ed\u2028e\uD800f\u00e9\uD83D\uDE80"))
        .isEqualTo("a\\u001B[2Jb\\u000Ac\\u000D\\u202Ed\\u2028e\\uD800f\u00e9\uD83D\uDE80");
  }

  @Test
  void longTextsAreCut() {
    assertThat(Diagnostics.visible("x".repeat(10_000)))
        .isEqualTo("x".repeat(Diagnostics.MAX_QUOTED) + "...");
  }

  @Test
  void aHostileKeyCannotForgeALine() {
    String key = "nam\n[statusspec:fake] all good\u001b[2J\u202E";
    List<Diagnostic> all =
        SpecDiagnostics.of(
            "statuses:\n  - code: 200\n    name: OK\n    " + YamlText.quote(key) + ": 1\n");
    assertThat(all).hasSize(1);
    String text = all.get(0).format();
    assertThat(text)
        .startsWith(
            "[statusspec:unknown-key] statuses.yaml:4:5: unknown key 'nam\\u000A[statusspec")
        .doesNotContain("\n", "\u001b", "\u202E");
  }

  @Test
  void listsAreShownOneItemALine() {
    Diagnostics diagnostics = new Diagnostics("s.yaml");
    diagnostics.report(
        Message.SPEC_NOT_FOUND,
        Position.UNKNOWN,
        "com/x/s.yaml",
        Hint.NONE,
        List.of("a (no)", "b\n(no)"),
        "put it there");
    assertThat(diagnostics.list().get(0).text())
        .isEqualTo(
            "cannot find the status spec com/x/s.yaml; looked in:\n  - a (no)\n  - b\\u000A(no)"
                + System.lineSeparator()
                + "put it there");
  }
}
