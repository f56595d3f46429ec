package dev.statusspec.processor.draft;

import dev.statusspec.processor.draft.Draft.DraftOperation;
import dev.statusspec.processor.draft.Draft.DraftStatus;
import dev.statusspec.processor.model.Ids;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link Draft} as the YAML text of a status spec: the keys in the order of the spec
 * reference, each comment above what it is about, texts plain where YAML reads them back as the
 * same text and double-quoted otherwise. The same draft gives the same bytes.
 */
public final class DraftWriter {

  /** The widest line a list of ids is written on before it is written one id a line. */
  static final int WIDTH = 100;

  /** The most characters of one comment line; a longer text is cut with "...". */
  static final int COMMENT_WIDTH = 200;

  /**
   * A text YAML reads back as itself when written plain: a letter first, then letters, digits,
   * spaces and punctuation that neither starts a YAML construct nor ends a key (no {@code :}, no
   * {@code #}, no brackets or quotes at the start).
   */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 _.,;()/'&+*!?=-]*");

  /** Texts YAML 1.1 or 1.2 read as booleans or null when plain. */
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

  private DraftWriter() {}

  /** The spec's text. */
  public static String write(Draft draft) {
    StringBuilder out = new StringBuilder(4096);
    comments(out, "", draft.header());
    draft.name().ifPresent(name -> out.append("name: ").append(scalar(name)).append('\n'));
    if (!draft.description().isEmpty()) {
      out.append("description: ").append(scalar(draft.description())).append('\n');
    }
    if (draft.errorCodeMember().isPresent() || !draft.problemComments().isEmpty()) {
      comments(out, "", draft.problemComments());
      if (draft.errorCodeMember().isPresent()) {
        out.append("problem:\n  errorCodeMember: ")
            .append(scalar(draft.errorCodeMember().get()))
            .append('\n');
      }
    }
    out.append("statuses:\n");
    for (DraftStatus status : draft.statuses()) {
      status(out, status);
    }
    if (!draft.operations().isEmpty()) {
      out.append("operations:\n");
      for (DraftOperation operation : draft.operations()) {
        operation(out, operation);
      }
    }
    return out.toString();
  }

  private static void status(StringBuilder out, DraftStatus status) {
    comments(out, "  ", status.comments());
    out.append("  - code: ").append(status.code()).append('\n');
    Optional<String> derived = Ids.derive(status.name());
    if (!derived.equals(Optional.of(status.id()))) {
      out.append("    id: ").append(scalar(status.id())).append('\n');
    }
    out.append("    name: ").append(scalar(status.name())).append('\n');
    status.errorCode().ifPresent(e -> out.append("    errorCode: ").append(scalar(e)).append('\n'));
    status.exception().ifPresent(e -> out.append("    exception: ").append(e).append('\n'));
  }

  private static void operation(StringBuilder out, DraftOperation operation) {
    comments(out, "  ", operation.comments());
    out.append("  ").append(scalar(operation.name())).append(":\n");
    operation
        .operationId()
        .ifPresent(id -> out.append("    operationId: ").append(scalar(id)).append('\n'));
    if (!operation.description().isEmpty()) {
      out.append("    description: ").append(scalar(operation.description())).append('\n');
    }
    List<String> ids = operation.statusIds().stream().map(DraftWriter::scalar).toList();
    String flow = "    statuses: [" + String.join(", ", ids) + "]";
    if (flow.length() <= WIDTH) {
      out.append(flow).append('\n');
    } else {
      out.append("    statuses:\n");
      for (String id : ids) {
        out.append("      - ").append(id).append('\n');
      }
    }
  }

  private static void comments(StringBuilder out, String indent, List<String> lines) {
    for (String line : lines) {
      String text = commentText(line);
      out.append(indent).append(text.isEmpty() ? "#" : "# " + text).append('\n');
    }
  }

  /**
   * {@code text} as one comment line: every line break and other control character a space, runs of
   * spaces one, at most {@link #COMMENT_WIDTH} characters.
   */
  static String commentText(String text) {
    StringBuilder line = new StringBuilder(Math.min(text.length(), COMMENT_WIDTH + 3));
    boolean space = false;
    for (int i = 0; i < text.length() && line.length() < COMMENT_WIDTH; i++) {
      char c = text.charAt(i);
      boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || isBreak(c);
      if (blank) {
        space = line.length() > 0;
        continue;
      }
      if (space) {
        line.append(' ');
        space = false;
      }
      if (pairedAt(text, i)) {
        line.append(c).append(text.charAt(++i));
      } else {
        line.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    if (line.length() >= COMMENT_WIDTH) {
      if (Character.isHighSurrogate(line.charAt(line.length() - 1))) {
        line.setLength(line.length() - 1);
      }
      line.append("...");
    }
    return line.toString();
  }

  /**
   * {@code text} as a YAML scalar that reads back as exactly {@code text}: plain when that is safe,
   * else double-quoted with escapes for quotes, backslashes, line breaks and every other character
   * YAML does not allow printed (an unpaired surrogate, which no YAML file can hold, becomes
   * U+FFFD).
   */
  public static String scalar(String text) {
    if (PLAIN.matcher(text).matches()
        && !text.endsWith(" ")
        && !text.contains("  ")
        && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (Character.isSurrogate(c)) {
            if (pairedAt(text, i)) {
              out.append(c).append(text.charAt(++i));
            } else {
              out.append('\uFFFD');
            }
          } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBreak(c) || c == '\uFEFF') {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Whether the surrogate at {@code i} is the high half of a pair. */
  private static boolean pairedAt(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i))
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1));
  }

  /** Line and paragraph separators, which YAML would read as line breaks. */
  private static boolean isBreak(char c) {
    return c == '\u2028' || c == '\u2029' || c == '\u0085';
  }
}
