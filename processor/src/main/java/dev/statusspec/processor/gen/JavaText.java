package dev.statusspec.processor.gen;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * Turns text from the spec into Java source safely. Everything produced is plain ASCII, so the
 * generated files read the same whatever {@code -encoding} the build uses, and no text from the
 * spec can end a comment, start a Unicode escape or become code.
 */
public final class JavaText {

  private JavaText() {}

  /**
   * A Java string literal whose value is exactly {@code text}, escaped to ASCII. Unicode escapes
   * are used only for characters that cannot turn into source syntax: {@code "} and {@code \} and
   * line breaks always get their two-character escapes, since javac translates {@code \}{@code
   * uXXXX} before it reads the literal.
   */
  public static CodeBlock literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else {
            out.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return CodeBlock.of("$L", out.append('"'));
  }

  /**
   * {@code text} made safe inside a Javadoc comment and shown as written: HTML-escaped, with
   * {@code @}, {@code /} and {@code \} as character references (so no tag, no end of comment and no
   * Unicode escape can form), non-ASCII as numeric character references, line breaks kept and other
   * control characters dropped.
   */
  public static String javadoc(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    StringBuilder out = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      int c = normalized.codePointAt(i);
      if (Character.isSupplementaryCodePoint(c)) {
        i++;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '/' -> out.append("&#47;");
        case '\\' -> out.append("&#92;");
        case '*' -> out.append("&#42;");
        case '$' -> out.append("&#36;");
        case '\n' -> out.append('\n');
        case '\t' -> out.append(' ');
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append((char) c);
          } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
            // Control and format characters (bidirectional overrides...) are dropped: a reader
            // cannot see them, and some reorder how the source displays.
            out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
          }
        }
      }
    }
    return out.toString();
  }
}
