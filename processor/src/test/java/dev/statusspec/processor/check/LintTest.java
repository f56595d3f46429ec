package dev.statusspec.processor.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.diag.Severity;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.options.Options;
import dev.statusspec.processor.testing.SpecDiagnostics;
import dev.statusspec.processor.testing.SpecPairs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code outdated-reason-phrase}, without javac. */
class LintTest {

  private static List<Diagnostic> lint(String yaml, Options.Lint lint) {
    Spec spec = SpecDiagnostics.valid(yaml);
    Diagnostics diagnostics = new Diagnostics(SpecDiagnostics.FILE);
    Lint.check(spec, lint, diagnostics);
    return diagnostics.list();
  }

  private static List<Diagnostic> lint(String yaml) {
    return lint(yaml, Options.Lint.ALL);
  }

  @Test
  void anOutdatedPhraseIsAWarningAtTheNameWithTheCurrentOne() {
    List<Diagnostic> all = lint("statuses:\n  - code: 413\n    name: Payload Too Large\n");
    assertThat(all).hasSize(1);
    Diagnostic d = all.get(0);
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.position()).isEqualTo(new Position(3, 11));
    assertThat(d.format())
        .isEqualTo(
            "[statusspec:outdated-reason-phrase] statuses.yaml:3:11: 'Payload Too Large' is an"
                + " outdated reason phrase of 413, from RFC 7231; RFC 9110 names it 'Content Too"
                + " Large': write 'name: Content Too Large', and keep 'id: PAYLOAD_TOO_LARGE' so"
                + " that the generated names stay the same");
  }

  @Test
  void eachOutdatedPhraseOfTheTableIsFlaggedIgnoringCase() {
    for (Lint.Outdated o : Lint.OUTDATED) {
      for (String name : List.of(o.phrase(), o.phrase().toUpperCase(java.util.Locale.ROOT))) {
        List<Diagnostic> all =
            lint("statuses:\n  - code: " + o.code() + "\n    name: \"" + name + "\"\n    id: X\n");
        assertThat(all).as("%d %s", o.code(), name).hasSize(1);
        assertThat(all.get(0).text()).contains("'" + o.current() + "'").contains(o.source());
      }
    }
  }

  @Test
  void theTableHasThePhrasesTheIssueNames() {
    assertThat(Lint.OUTDATED)
        .extracting(o -> o.code() + " " + o.phrase() + " -> " + o.current())
        .contains(
            "413 Payload Too Large -> Content Too Large",
            "413 Request Entity Too Large -> Content Too Large",
            "422 Unprocessable Entity -> Unprocessable Content",
            "416 Requested Range Not Satisfiable -> Range Not Satisfiable",
            "408 Request Time-out -> Request Timeout",
            "504 Gateway Time-out -> Gateway Timeout",
            "414 Request-URI Too Long -> URI Too Long",
            "414 Request-URI Too Large -> URI Too Long");
  }

  @Test
  void currentPhrasesCustomPhrasesAndOtherCodesAreNotFlagged() {
    assertThat(
            lint(
                """
                statuses:
                  - code: 413
                    name: Content Too Large
                  - code: 402
                    name: Request Failed
                  - code: 418
                    name: I'm a teapot
                  - code: 305
                    name: Use Proxy
                  - code: 505
                    name: HTTP Version not supported
                  - code: 400
                    name: Payload Too Large
                    id: TOO_BIG
                """))
        .isEmpty();
  }

  @Test
  void aStatusWithAnErrorCodeIsTheApisOwnAndNotFlagged() {
    assertThat(
            lint(
                "statuses:\n  - code: 422\n    name: Unprocessable Entity\n"
                    + "    errorCode: unprocessable\n"))
        .isEmpty();
  }

  @Test
  void lintNoneReportsNothing() {
    assertThat(lint("statuses:\n  - code: 413\n    name: Payload Too Large\n", Options.Lint.NONE))
        .isEmpty();
  }

  @Test
  void theIanaRegistryBeforeRfc9110HasExactlyTwoOutdatedPhrasesAndAfterNone() {
    assertThat(lint(SpecPairs.resource("evolution/iana-2021.yaml")))
        .extracting(d -> d.text().substring(0, d.text().indexOf(" is ")))
        .containsExactly("'Payload Too Large'", "'Unprocessable Entity'");
    assertThat(lint(SpecPairs.resource("evolution/iana-2022.yaml"))).isEmpty();
  }

  @Test
  void aTypeBaseThatIsNotADirectoryWarnsWithWhatATypeWouldBecome() {
    List<Diagnostic> all =
        lint(
            "problem:\n  typeBase: https://api.example.com/problems\n"
                + "statuses:\n  - code: 200\n    name: OK\n"
                + "  - code: 404\n    name: Not Found\n");
    assertThat(all).hasSize(1);
    Diagnostic d = all.get(0);
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.position()).isEqualTo(new Position(2, 13));
    assertThat(d.format())
        .isEqualTo(
            "[statusspec:type-base-not-directory] statuses.yaml:2:13: typeBase"
                + " 'https://api.example.com/problems' ends neither in '/' nor in '#', so a"
                + " relative 'type:' replaces its last segment and a slug is glued to it: the type"
                + " of NOT_FOUND would be 'https://api.example.com/problemsnot-found'; end it with"
                + " '/' ('https://api.example.com/problems/') or '#'");
  }

  @Test
  void aRelativeTypeAgainstATypeBaseThatIsNotADirectoryResolvesAgainstItsParent() {
    List<Diagnostic> all =
        lint(
            "problem:\n  typeBase: https://api.example.com/problems\n"
                + "statuses:\n  - code: 409\n    name: Tenant Suspended\n    type: suspended\n");
    assertThat(all).hasSize(1);
    assertThat(all.get(0).text())
        .contains("the type of TENANT_SUSPENDED would be 'https://api.example.com/suspended'");
  }

  @Test
  void aTypeBaseEndingInSlashOrHashOrUnusedIsNotFlagged() {
    String statuses = "statuses:\n  - code: 404\n    name: Not Found\n";
    assertThat(lint("problem:\n  typeBase: https://api.example.com/problems/\n" + statuses))
        .isEmpty();
    assertThat(lint("problem:\n  typeBase: https://api.example.com/problems#\n" + statuses))
        .isEmpty();
    assertThat(
            lint(
                "problem:\n  typeBase: https://api.example.com/problems\n"
                    + statuses
                    + "    type: https://errors.example.com/not-found\n"))
        .as("no type uses the base")
        .isEmpty();
  }

  @Test
  void lintNoneSilencesTypeBaseNotDirectory() {
    assertThat(
            lint(
                "problem:\n  typeBase: https://api.example.com/problems\n"
                    + "statuses:\n  - code: 404\n    name: Not Found\n",
                Options.Lint.NONE))
        .isEmpty();
  }
}
