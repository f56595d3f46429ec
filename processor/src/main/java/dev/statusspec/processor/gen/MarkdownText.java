package dev.statusspec.processor.gen;

import java.util.regex.Pattern;

/**
 * Puts text from the spec into Markdown (CommonMark with GitHub's extensions) so that it shows
 * exactly as written: a character is escaped only where it could change the rendering in that
 * position ({@code past-due} and {@code tenant_suspended} stay as they are, {@code *} and a line
 * starting with {@code # } do not), and no spec text can become HTML, since every {@code <} is
 * written {@code &lt;}. Control and invisible format characters are dropped.
 */
final class MarkdownText {

  /** A character reference that Markdown would decode: {@code &amp;}, {@code &#64;}... */
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

  /** A line break with the spaces around it, in {@link #oneLine}. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

  /** A blank line (or several) between paragraphs, in {@link #paragraphs}. */
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[ \t]*(?:\\R[ \t]*)+");

  /** A line break, in {@link #paragraphs}. */
  private static final Pattern NEW_LINE = Pattern.compile("\\R");

  /** A line that would start a heading, list item, thematic break or setext underline. */
  private static final Pattern BLOCK_START =
      Pattern.compile("(?:#{1,6}|[-+=]+|[0-9]{1,9}[.)])(?:[ \t].*)?");

  /** Punctuation a backslash escapes in CommonMark. */
  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private MarkdownText() {}

  /**
   * Text inside a line that starts with something else (a heading after its code, a table cell, a
   * list item after its label): line breaks become spaces.
   */
  static String inline(String text) {
    return escapeLine(oneLine(text), false);
  }

  /**
   * Text for a heading after the heading's own leading text: {@link #inline} that also keeps a
   * trailing {@code #} from being read as the heading's closing sequence.
   */
  static String headingText(String text) {
    String escaped = inline(text);
    int end = escaped.length();
    int run = end;
    while (run > 0 && escaped.charAt(run - 1) == '#') {
      run--;
    }
    if (run < end && (run == 0 || escaped.charAt(run - 1) == ' ')) {
      return escaped.substring(0, run) + '\\' + escaped.substring(run);
    }
    return escaped;
  }

  /**
   * Paragraphs of text: blank lines separate paragraphs, other line breaks are kept (Markdown shows
   * them as spaces), and each line is escaped as the start of a line.
   */
  static String paragraphs(String text) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      String[] lines = NEW_LINE.split(paragraph);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          out.append('\n');
        }
        out.append(escapeLine(visible(lines[i]).strip(), true));
      }
    }
    return out.toString();
  }

  /** A table cell: {@link #inline} text, which also escapes {@code |}. */
  static String cell(String text) {
    return inline(text);
  }

  /**
   * A code span showing {@code text} literally, fenced with more backticks than it contains. Inside
   * a table cell, pass {@code inTable} so that {@code |} does not end the cell.
   */
  static String code(String text, boolean inTable) {
    String content = oneLine(text);
    if (content.isBlank()) {
      return content.isEmpty() ? "" : "`" + content + "`";
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < content.length(); i++) {
      run = content.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad =
        content.startsWith("`")
            || content.endsWith("`")
            || (content.startsWith(" ") && content.endsWith(" "));
    if (inTable) {
      content = content.replace("|", "\\|");
    }
    return fence + (pad ? " " : "") + content + (pad ? " " : "") + fence;
  }

  private static String escapeLine(String line, boolean lineStart) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    if (lineStart && BLOCK_START.matcher(line).matches()) {
      // "# x", "- x", "+ x", "---", "===", "1. x", "2) x": escape the character that makes the
      // block, which is the first one, or the '.' or ')' after the digits.
      int marker = Character.isDigit(line.charAt(0)) ? digitsEnd(line) : 0;
      out.append(line, 0, marker).append('\\');
      line = line.substring(marker);
      out.append(line.charAt(0));
      line = line.substring(1);
    } else if (lineStart && line.startsWith(">")) {
      out.append('\\');
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      char before =
          i > 0 ? line.charAt(i - 1) : out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
      char after = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
      switch (c) {
        case '<' -> out.append("&lt;");
        case '&' ->
            out.append(ENTITY.matcher(line).region(i, line.length()).lookingAt() ? "&amp;" : "&");
        case '\\' ->
            out.append(
                i + 1 == line.length() || ASCII_PUNCTUATION.indexOf(after) >= 0 ? "\\\\" : "\\");
        case '_' ->
            out.append(
                Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)
                    ? "_"
                    : "\\_");
        case '*', '`', '[', ']', '~', '|', '$' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static int digitsEnd(String line) {
    int i = 0;
    while (Character.isDigit(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code text} on one line, without control or format characters, trimmed. */
  private static String oneLine(String text) {
    return visible(LINE_BREAK.matcher(text).replaceAll(" ")).strip();
  }

  /** {@code text} without control characters (a tab is a space) and invisible format characters. */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\t') {
        out.append(' ');
      } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }
}
