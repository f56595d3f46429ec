package dev.statusspec.processor.spec;

import static dev.statusspec.processor.testing.SpecDiagnostics.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.spec.YamlNode.Mapping;
import dev.statusspec.processor.spec.YamlNode.Scalar;
import dev.statusspec.processor.spec.YamlNode.Sequence;
import dev.statusspec.processor.testing.SpecDiagnostics;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The YAML reader's refusals, each with its id, line and column, and the tree it builds. */
class SpecReaderTest {

  @Test
  void keepsScalarsAsWrittenWithPositions() {
    Diagnostics diagnostics = new Diagnostics("s.yaml");
    Optional<YamlNode> root =
        SpecReader.read(
            "statuses:\n  - code: 0x1F4\n    name: Off\n    errorCode: no\n"
                .getBytes(StandardCharsets.UTF_8),
            diagnostics);
    assertThat(diagnostics.list()).isEmpty();
    Mapping top = (Mapping) root.orElseThrow();
    Mapping status =
        (Mapping) ((Sequence) top.get("statuses").orElseThrow().value()).items().get(0);
    Scalar code = (Scalar) status.get("code").orElseThrow().value();
    Scalar name = (Scalar) status.get("name").orElseThrow().value();
    Scalar errorCode = (Scalar) status.get("errorCode").orElseThrow().value();
    assertThat(code.text()).isEqualTo("0x1F4");
    assertThat(name.text()).isEqualTo("Off");
    assertThat(errorCode.text()).isEqualTo("no");
    assertThat(status.position()).hasToString("2:5");
    assertThat(status.get("name").orElseThrow().keyPosition()).hasToString("3:5");
    assertThat(name.position()).hasToString("3:11");
  }

  @Test
  void emptyFile() {
    Diagnostic d = single("", "empty-spec", 1, 1);
    assertThat(d.text()).contains("statuses:");
  }

  @Test
  void commentsOnly() {
    single("# nothing yet\n\n", "empty-spec", 1, 1);
  }

  @Test
  void tooLarge() {
    byte[] bytes = new byte[SpecReader.MAX_BYTES + 1];
    java.util.Arrays.fill(bytes, (byte) ' ');
    Diagnostic d = single(SpecDiagnostics.of(bytes), "spec-too-large", 0, 0);
    assertThat(d.text()).contains("8,388,609 bytes").contains("split");
  }

  @Test
  void notUtf8PointsAtTheByte() {
    byte[] latin1 =
        "statuses:\n  - code: 200\n    name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Diagnostic d = single(SpecDiagnostics.of(latin1), "spec-not-utf8", 3, 14);
    assertThat(d.text()).contains("UTF-8");
  }

  @Test
  void byteOrderMarkIsIgnored() {
    SpecDiagnostics.valid("\uFEFFstatuses:\n  - code: 200\n    name: OK\n");
  }

  @Test
  void syntaxErrorHasTheParsersPosition() {
    Diagnostic d = single("statuses:\n  - code: 200\n    name: \"OK\n", "yaml-syntax", 4, 1);
    assertThat(d.text())
        .isEqualTo(
            "this is not valid YAML: a quote is not closed (the YAML parser says: while scanning a"
                + " quoted scalar (line 3, column 11): found unexpected end of stream)");
  }

  @Test
  void badIndentation() {
    Diagnostic d =
        single("statuses:\n  - code: 200\n    name: OK\n   description: x\n", "yaml-syntax", 4, 4);
    assertThat(d.text()).doesNotContain("Exception");
  }

  @Test
  void tabIndentation() {
    Diagnostic d = single("statuses:\n\t- code: 200\n", "yaml-syntax", 2, 1);
    assertThat(d.text()).startsWith("this is not valid YAML: indent with spaces, not tabs (the");
    assertThat(d.text()).doesNotContain("Do not use");
  }

  /** A status without its '- ' under a list: our sentence alone, none of the parser's words. */
  @Test
  void aListEntryWithoutItsDash() {
    Diagnostic d =
        single(
            "statuses:\n  - code: 200\n    name: OK\n  code: 404\n    name: Not Found\n",
            "yaml-syntax",
            4,
            3);
    assertThat(d.text())
        .isEqualTo(
            "this is not valid YAML: the list that starts at line 2 expects its next entry here,"
                + " and each entry starts with '- ' (a dash and a space): write '- code: 404'");
  }

  /**
   * A status without its '- ', indented like the keys above it: YAML reads it as more keys of the
   * status above, and the first key repeated says, once, what is likely missing.
   */
  @Test
  void aListEntryWithoutItsDashIndentedLikeTheKeysAbove() {
    Diagnostics diagnostics = new Diagnostics("s.yaml");
    SpecReader.read(
        "statuses:\n  - code: 200\n    name: OK\n    code: 404\n    name: Not Found\n"
            .getBytes(StandardCharsets.UTF_8),
        diagnostics);
    assertThat(diagnostics.list())
        .extracting(Diagnostic::format)
        .containsExactly(
            "[statusspec:duplicate-key] s.yaml:4:5: the key 'code' appears twice in this mapping"
                + " (first at line 2); if a new entry of the list starts here, begin it with '- '"
                + " (a dash and a space): '- code:'",
            "[statusspec:duplicate-key] s.yaml:5:5: the key 'name' appears twice in this mapping"
                + " (first at line 3)");
  }

  /** A key repeated in a mapping that is not a list's entry says nothing of '- '. */
  @Test
  void aDuplicateKeyOutsideAListSaysNothingOfDashes() {
    Diagnostic d = single("name: A\nname: B\nstatuses: []\n", "duplicate-key", 2, 1);
    assertThat(d.text())
        .isEqualTo("the key 'name' appears twice in this mapping (first at line 1)");
  }

  @Test
  void aliasIsRefused() {
    Diagnostic d =
        single("statuses:\n  - &ok\n    code: 200\n    name: OK\n  - *ok\n", "yaml-alias", 5, 5);
    assertThat(d.text()).contains("*ok");
  }

  @Test
  void aliasBombIsRefusedQuickly() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("statuses: *a29\n");
    Diagnostics diagnostics = new Diagnostics("s.yaml");
    assertThat(SpecReader.read(yaml.toString().getBytes(StandardCharsets.UTF_8), diagnostics))
        .isEmpty();
    assertThat(diagnostics.list()).isNotEmpty();
    assertThat(diagnostics.list().get(0).message().id()).isEqualTo("yaml-alias");
    assertThat(diagnostics.list().get(0).position()).hasToString("2:10");
  }

  @Test
  void mergeKeyIsAnAlias() {
    single(
        "base: &b\n  retryable: true\nstatuses:\n  - <<: *b\n    code: 503\n    name: Down\n",
        "yaml-alias",
        4,
        9);
  }

  @Test
  void tooDeep() {
    StringBuilder yaml = new StringBuilder("statuses:\n  - code: 200\n    name: OK\n    x: ");
    yaml.append("[".repeat(100)).append("]".repeat(100)).append('\n');
    Diagnostic d = single(yaml.toString(), "yaml-too-deep", 4, 8 + SpecReader.MAX_DEPTH - 3);
    assertThat(d.text()).contains(String.valueOf(SpecReader.MAX_DEPTH));
  }

  @Test
  void veryDeepIsStillBounded() {
    String yaml = "x: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n";
    Diagnostics diagnostics = new Diagnostics("s.yaml");
    assertThat(SpecReader.read(yaml.getBytes(StandardCharsets.UTF_8), diagnostics)).isEmpty();
    assertThat(diagnostics.list()).hasSize(1);
    assertThat(diagnostics.list().get(0).position().isKnown()).isTrue();
  }

  @Test
  void duplicateKey() {
    Diagnostic d =
        single("statuses:\n  - code: 200\n    name: OK\n    code: 201\n", "duplicate-key", 4, 5);
    assertThat(d.text())
        .isEqualTo(
            "the key 'code' appears twice in this mapping (first at line 2); if a new entry of the"
                + " list starts here, begin it with '- ' (a dash and a space): '- code:'");
  }

  @Test
  void duplicateTopLevelKey() {
    single("statuses:\n  - code: 200\n    name: OK\nstatuses: []\n", "duplicate-key", 4, 1);
  }

  @Test
  void multipleDocuments() {
    single(
        "statuses:\n  - code: 200\n    name: OK\n---\nstatuses: []\n", "multiple-documents", 5, 1);
  }

  @Test
  void complexKey() {
    Diagnostic d = single("statuses:\n  - ? [a, b]\n    : 1\n    code: 200\n", "complex-key", 2, 8);
    assertThat(d.text()).endsWith("not a list");
  }

  @Test
  void windowsLineEndingsKeepLineNumbers() {
    single(
        "statuses:\r\n  - code: 200\r\n    name: OK\r\n    name: Again\r\n", "duplicate-key", 4, 5);
  }

  @Test
  void colonInAnUnquotedText() {
    Diagnostic d =
        single("statuses:\n  - code: 200\n    name: Not Found: gone\n", "yaml-syntax", 3, 20);
    assertThat(d.text())
        .isEqualTo(
            "this is not valid YAML: check the indentation here and on the line above, and put a"
                + " text that holds ': ' in quotes (the YAML parser says: mapping values are not"
                + " allowed here)");
  }

  @Test
  void textStartingWithAReservedCharacter() {
    Diagnostic d = single("statuses:\n  - code: 200\n    name: @OK\n", "yaml-syntax", 3, 11);
    assertThat(d.text())
        .startsWith(
            "this is not valid YAML: a text that starts with this character must be in quotes (the"
                + " YAML parser says: ")
        .endsWith("found character '@' that cannot start any token)");
  }

  @Test
  void misalignedKeys() {
    Diagnostic d = single("statuses:\n  - code: 200\n  name: OK\n", "yaml-syntax", 3, 3);
    assertThat(d.text())
        .isEqualTo(
            "this is not valid YAML: check the indentation: the keys of one status line up under"
                + " each other, and every status starts with '- ' at the same column; a text that"
                + " goes on after a closing quote must be quoted as a whole (the YAML parser says:"
                + " while parsing a block collection (line 2, column 3): expected <block end>, but"
                + " found '?')");
  }
}
