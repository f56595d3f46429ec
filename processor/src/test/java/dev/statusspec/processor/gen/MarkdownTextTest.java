package dev.statusspec.processor.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spec text put into Markdown shows exactly as written when rendered, in every position the page
 * uses, and is escaped no more than it must be.
 */
class MarkdownTextTest {

  /** Texts that would render as something else if written as they are. */
  static List<String> hostile() {
    return List.of(
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<!-- comment -->",
        "<http://example.com>",
        "*bold* and _em_ and **strong** and __strong__",
        "`code` and ``more``",
        "[link](http://example.com) and [ref] and ![image](x.png)",
        "[ref]: http://example.com",
        "[^1] footnote",
        "# Heading",
        "###### Heading",
        "- item",
        "+ item",
        "* item",
        "1. first",
        "2) second",
        "2024. A year",
        "> quote",
        "---",
        "===",
        "***",
        "___",
        "&copy; &#64; &#x41; &amp;",
        "a | b | c",
        "~~struck~~ and ~one~",
        "a backslash \\ and one at the end \\",
        "escaped \\* star and \\_ underscore",
        "```java",
        "~~~",
        "snake_case_name and _under_ and __init__",
        "x_",
        "_x",
        "C# and F#",
        "closing #",
        "100% of $5 and $x$",
        "tab\there");
  }

  /** Ordinary texts, the kind real specs have: nothing needs escaping. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The request has succeeded.",
        "The subscription payment is either past-due or is a trial and has expired.",
        "tenant_suspended",
        "Unlike 401, authenticating will not make a difference.",
        "I'm a teapot (RFC 2324)!",
        "Q&A: 50% off, {braces}, \"quotes\", 3 > 2, e-mail me@example.com; 1+1=2.",
        "Typically, this is a temporary state.",
      })
  void ordinaryTextIsNotEscaped(String text) {
    assertThat(MarkdownText.paragraphs(text)).isEqualTo(text);
    assertThat(MarkdownText.inline(text)).isEqualTo(text);
    assertThat(MarkdownText.headingText(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void paragraphShowsTextAsWritten(String text) {
    Node document = CommonMark.parse(MarkdownText.paragraphs(text));
    assertThat(document.getFirstChild()).isInstanceOf(Paragraph.class);
    assertThat(document.getFirstChild().getNext()).isNull();
    assertThat(CommonMark.text(document)).isEqualTo(text.replace('\t', ' '));
    assertNoHtml(MarkdownText.paragraphs(text));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void headingShowsTextAsWritten(String text) {
    Node document = CommonMark.parse("### 409 " + MarkdownText.headingText(text));
    assertThat(document.getFirstChild()).isInstanceOf(Heading.class);
    assertThat(CommonMark.text(document)).isEqualTo("409 " + text.replace('\t', ' '));
    assertNoHtml("### 409 " + MarkdownText.headingText(text));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void tableCellShowsTextAsWritten(String text) {
    String table =
        "| a | b | c |\n|---|---|---|\n| x | "
            + MarkdownText.cell(text)
            + " | "
            + MarkdownText.code(text, true)
            + " |\n";
    List<TableCell> cells = CommonMark.all(CommonMark.parse(table), TableCell.class);
    assertThat(cells).hasSize(6);
    assertThat(CommonMark.text(cells.get(4))).isEqualTo(text.replace('\t', ' '));
    assertThat(CommonMark.text(cells.get(5))).isEqualTo(text.replace('\t', ' '));
    assertNoHtml(table);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void codeSpanShowsTextAsWritten(String text) {
    Node document = CommonMark.parse("- Error code: " + MarkdownText.code(text, false));
    assertThat(CommonMark.text(document)).isEqualTo("Error code: " + text.replace('\t', ' '));
  }

  @Test
  void paragraphsKeepTheirLinesAndEachLineIsALineStart() {
    String text = "The request failed because:\n- the token expired\n# or\n> was revoked\n1. so";
    Node document = CommonMark.parse(MarkdownText.paragraphs(text));
    assertThat(document.getFirstChild()).isInstanceOf(Paragraph.class);
    assertThat(document.getFirstChild().getNext()).isNull();
    assertThat(CommonMark.text(document)).isEqualTo(text.replace('\n', ' '));
  }

  @Test
  void blankLinesSeparateParagraphs() {
    Node document = CommonMark.parse(MarkdownText.paragraphs("One.\n\n  \nTwo\nlines.\n"));
    assertThat(CommonMark.all(document, Paragraph.class))
        .extracting(CommonMark::text)
        .containsExactly("One.", "Two lines.");
  }

  @Test
  void invisibleAndControlCharactersAreDropped() {
    assertThat(MarkdownText.inline("a\u202Eb\u0000c\u200Bd")).isEqualTo("abcd");
  }

  @Test
  void codeSpanFencesAreLongerThanAnyBacktickRun() {
    assertThat(MarkdownText.code("a``b", false)).isEqualTo("```a``b```");
    assertThat(MarkdownText.code("`x`", false)).isEqualTo("`` `x` ``");
    assertThat(MarkdownText.code("a|b", true)).isEqualTo("`a\\|b`");
  }

  private static void assertNoHtml(String markdown) {
    assertThat(CommonMark.all(CommonMark.parse(markdown), org.commonmark.node.HtmlInline.class))
        .isEmpty();
    assertThat(CommonMark.all(CommonMark.parse(markdown), org.commonmark.node.HtmlBlock.class))
        .isEmpty();
    assertThat(CommonMark.parse(markdown)).isInstanceOf(Document.class);
  }
}
