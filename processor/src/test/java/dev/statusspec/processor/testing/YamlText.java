package dev.statusspec.processor.testing;

/** Writes any Java string as a YAML double-quoted scalar that reads back as exactly that string. */
public final class YamlText {

  private YamlText() {}

  /**
   * {@code text} in double quotes, with {@code "} and {@code \} escaped and every character that is
   * not printable ASCII written as a YAML escape ({@code \}{@code uXXXX}, or {@code \}{@code
   * UXXXXXXXX} for a code point outside the BMP), so no line break, tab or bidi control reaches the
   * file as itself.
   */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '"' || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append((char) c);
      } else if (c > 0xffff) {
        out.append(String.format("\\U%08X", c));
      } else {
        out.append(String.format("\\u%04X", c));
      }
    }
    return out.append('"').toString();
  }
}
