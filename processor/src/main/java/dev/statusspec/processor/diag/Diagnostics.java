package dev.statusspec.processor.diag;

import static java.util.stream.Collectors.joining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The problems found in one spec, collected in the order the checks find them and listed in the
 * order of the file. Each layer adds to it; the processor generates nothing while it holds any.
 */
public final class Diagnostics {

  private final String file;
  private final Optional<Severity> compatibility;
  private final Optional<Severity> openapi;
  private final List<Diagnostic> all = new ArrayList<>();
  private int errors;
  private int breakingChanges;

  /**
   * Diagnostics reported with the catalogue's severities.
   *
   * @param file the spec's path as the user wrote it; prefixes every message
   */
  public Diagnostics(String file) {
    this(file, Optional.of(Severity.ERROR));
  }

  /**
   * Diagnostics whose breaking changes ({@link Message#isCompatibility()}) are reported with {@code
   * compatibility} instead of the catalogue's severity, or dropped when it is empty: how {@code
   * -Astatusspec.compatibility} turns the same ids into errors, warnings or nothing without a
   * second catalogue.
   *
   * @param file the spec's path as the user wrote it; prefixes every message
   * @param compatibility the severity of breaking changes, empty to leave them out
   */
  public Diagnostics(String file, Optional<Severity> compatibility) {
    this(file, compatibility, Optional.of(Severity.ERROR));
  }

  /**
   * Diagnostics whose breaking changes are reported with {@code compatibility}, and whose
   * disagreements with the OpenAPI document ({@link Message#isOpenApi()}) with {@code openapi}
   * ({@code -Astatusspec.openapi}), each left out when empty.
   *
   * @param file the path as the user wrote it; prefixes every message
   * @param compatibility the severity of breaking changes, empty to leave them out
   * @param openapi the severity of the OpenAPI agreement's findings, empty to leave them out
   */
  public Diagnostics(String file, Optional<Severity> compatibility, Optional<Severity> openapi) {
    this.file = file;
    this.compatibility = compatibility;
    this.openapi = openapi;
  }

  /**
   * Diagnostics of another file (a baseline, an OpenAPI document) that report breaking changes and
   * disagreements as these do.
   */
  public Diagnostics forFile(String other) {
    return new Diagnostics(other, compatibility, openapi);
  }

  /** How {@code message} is reported here, or empty when it is left out. */
  public Optional<Severity> severity(Message message) {
    return message.isCompatibility()
        ? compatibility
        : message.isOpenApi() ? openapi : Optional.of(message.severity());
  }

  /** The spec's path as the user wrote it. */
  public String file() {
    return file;
  }

  /** The most problems kept for one spec; later ones are counted but not kept. */
  public static final int MAX_KEPT = 1_000;

  /** The most characters of one text (from the spec, mostly) that a message quotes. */
  public static final int MAX_QUOTED = 400;

  /**
   * Records a diagnostic at {@code position}; {@code args} fill the message's placeholders. Texts
   * are shown {@linkplain #visible visibly}; a list is shown one item a line.
   */
  public void report(Message message, Position position, Object... args) {
    add(message, position, Optional.empty(), args);
  }

  /**
   * Records a diagnostic at {@code position} that names a second place, {@code related} (the
   * baseline's line of a changed status, say), which fills the template's last placeholder after
   * {@code args}.
   */
  public void report(Message message, Position position, Location related, Object... args) {
    Object[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = related;
    add(message, position, Optional.of(related), all);
  }

  private void add(Message message, Position position, Optional<Location> related, Object[] args) {
    Optional<Severity> severity = severity(message);
    if (severity.isEmpty()) {
      return;
    }
    if (severity.get() == Severity.ERROR) {
      errors++;
      if (message.isCompatibility()) {
        breakingChanges++;
      }
    }
    if (all.size() >= MAX_KEPT) {
      return; // javac shows 100 errors by default; a hostile file could make millions
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] =
          args[i] instanceof List<?> list
              ? list.stream()
                  .map(item -> "\n  - " + visible(String.valueOf(item)))
                  .collect(joining())
              : args[i] instanceof String text ? visible(text) : args[i];
    }
    all.add(
        new Diagnostic(message, file, position, message.format(shown), related, severity.get()));
  }

  /**
   * {@code text} as a compiler message may quote it: text from a spec must not move the cursor,
   * change colours, reverse the line or start a line that looks like another diagnostic, so line
   * breaks, control and format characters (escape sequences, bidirectional overrides) and unpaired
   * surrogates are written as {@code \}{@code uXXXX}, and a text longer than {@link #MAX_QUOTED}
   * characters is cut.
   */
  public static String visible(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED + 3));
    int shown = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (++shown > MAX_QUOTED) {
        out.append("...");
        break;
      }
      int type = Character.getType(c);
      if (Character.isISOControl(c)
          || type == Character.FORMAT
          || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        out.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  /** Whether any error was recorded (warnings and notes do not count). */
  public boolean hasErrors() {
    return errors > 0;
  }

  /**
   * Whether any error other than a breaking change ({@link Message#isCompatibility()}) was
   * recorded. A spec whose only errors are breaking changes (a status that takes a retired id, say)
   * is still whole: it is compared with its baseline, so that every breaking change of a release is
   * reported in one build, and then nothing is generated because it has errors.
   */
  public boolean hasErrorsOtherThanBreakingChanges() {
    return errors > breakingChanges;
  }

  /**
   * How many errors were reported, also those past {@link #MAX_KEPT}; takes constant time. A step
   * that compares it before and after knows whether it found an error.
   */
  public int count() {
    return errors;
  }

  /** The problems, sorted by position (file-wide problems first), stable for equal positions. */
  public List<Diagnostic> list() {
    List<Diagnostic> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(Diagnostic::position));
    return Collections.unmodifiableList(sorted);
  }
}
