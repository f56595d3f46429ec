package dev.statusspec.processor.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The naming rules of the spec format: ids, their PascalCase form, and Java type names. */
public final class Ids {

  /** The longest id or type name accepted; longer ones would give file names over 255 bytes. */
  public static final int MAX_LENGTH = 200;

  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");

  private Ids() {}

  /**
   * The id derived from a reason phrase: accents dropped by Unicode decomposition, apostrophes
   * removed, every other run of characters that are not ASCII letters or digits turned into one
   * {@code _}, none at either end, upper case. {@code I'm a teapot} gives {@code IM_A_TEAPOT}.
   *
   * @return the id, or empty when nothing usable is left or it would start with a digit
   */
  public static Optional<String> derive(String name) {
    String id = normalizeToSnake(name);
    return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? Optional.empty() : Optional.of(id);
  }

  /**
   * The raw UPPER_SNAKE form of {@code text} without the leading-letter check; used for
   * suggestions.
   */
  public static String normalizeToSnake(String text) {
    String plain = APOSTROPHES.matcher(withoutMarks(text)).replaceAll("");
    String snake = NOT_ALPHANUMERIC.matcher(plain).replaceAll("_");
    int start = 0;
    int end = snake.length();
    while (start < end && snake.charAt(start) == '_') {
      start++;
    }
    while (end > start && snake.charAt(end - 1) == '_') {
      end--;
    }
    return snake.substring(start, end).toUpperCase(Locale.ROOT);
  }

  /** Whether {@code id} is an UPPER_SNAKE Java identifier: {@code NOT_FOUND}, {@code HTTP2}. */
  public static boolean isValidId(String id) {
    return UPPER_SNAKE.matcher(id).matches();
  }

  /**
   * Whether {@code name} can name a generated type: an ASCII letter first, upper case, then letters
   * and digits.
   */
  public static boolean isValidTypeName(String name) {
    return TYPE_NAME.matcher(name).matches();
  }

  /**
   * A valid type name close to {@code name}, for a "did you mean": {@code fieldApi} gives {@code
   * FieldApi}, {@code field-api} gives {@code FieldApi}; may itself be invalid when nothing fits.
   */
  public static String suggestTypeName(String name) {
    if (LOWER_CAMEL.matcher(name).matches()) {
      return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
    return pascalCase(normalizeToSnake(name));
  }

  /**
   * Each {@code _}-separated word with its first letter upper case and the rest lower case: {@code
   * HTTP_VERSION_NOT_SUPPORTED} gives {@code HttpVersionNotSupported}, {@code OK} gives {@code Ok}.
   */
  public static String pascalCase(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (String word : id.split("_")) {
      if (!word.isEmpty()) {
        out.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code name} can name an operation: lowerCamelCase, an ASCII lower-case letter then
   * ASCII letters and digits ({@code createField}, {@code getV2}), at most {@link #MAX_LENGTH}
   * characters.
   */
  public static boolean isValidOperationName(String name) {
    return name.length() <= MAX_LENGTH && LOWER_CAMEL.matcher(name).matches();
  }

  /**
   * A lowerCamelCase name close to {@code name}, for a "did you mean": {@code CreateField} and
   * {@code create_field} give {@code createField}, {@code Get HTTP status} gives {@code
   * getHTTPStatus}; may itself be invalid when nothing fits.
   */
  public static String suggestOperationName(String name) {
    String plain = APOSTROPHES.matcher(withoutMarks(name)).replaceAll("");
    StringBuilder out = new StringBuilder(plain.length());
    for (String word : NOT_ALPHANUMERIC.split(plain)) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() == 0) {
        boolean allUpper = word.equals(word.toUpperCase(Locale.ROOT));
        out.append(
            allUpper
                ? word.toLowerCase(Locale.ROOT)
                : word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1));
      } else {
        out.append(
            word.equals(word.toUpperCase(Locale.ROOT)) ? pascalCase(word) : upperFirst(word));
      }
    }
    return out.toString();
  }

  /**
   * {@code text} with its first character in upper case: {@code createField} -> {@code
   * CreateField}.
   */
  public static String upperFirst(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * {@code text} with its accents dropped: decomposed (Unicode NFD) and its combining marks
   * removed. ASCII text, the usual case, is returned as it is without loading the JDK's
   * normalization data.
   */
  private static String withoutMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("");
      }
    }
    return text;
  }
}
