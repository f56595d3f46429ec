package dev.statusspec.processor.diag;

import java.util.Optional;

/**
 * One problem found in a spec or in the annotated interface, ready to be printed as {@code
 * [statusspec:<id>] <file>:<line>:<col>: <text>}.
 *
 * @param message the catalogue entry, which gives the stable id and the severity
 * @param file how the file is named ({@link ShownPath}: relative to the working directory when
 *     below it, else absolute), or the path as written in {@code @StatusSpec} for a file that was
 *     not found, or "" for a problem that concerns no spec
 * @param position where in the file, or {@link Position#UNKNOWN}
 * @param text the message with its values filled in
 * @param related a second place the message names, such as the baseline's line of a changed status
 * @param severity how it is reported: the message's own severity, unless an option decides it (see
 *     {@link Message#isCompatibility()})
 */
public record Diagnostic(
    Message message,
    String file,
    Position position,
    String text,
    Optional<Location> related,
    Severity severity) {

  /** A diagnostic that names no second place, with its message's severity. */
  public Diagnostic(Message message, String file, Position position, String text) {
    this(message, file, position, text, Optional.empty());
  }

  /** A diagnostic with its message's severity. */
  public Diagnostic(
      Message message, String file, Position position, String text, Optional<Location> related) {
    this(message, file, position, text, related, message.severity());
  }

  /**
   * A problem with no place in the spec (the annotated element, the file as a whole, the
   * processor), with {@code args} filled into the message.
   *
   * @param file the spec's path, or "" when the problem concerns no spec
   */
  public static Diagnostic of(Message message, String file, Object... args) {
    return new Diagnostic(message, file, Position.UNKNOWN, message.format(args));
  }

  /** The text a compiler prints: the id, then the file, line and column, then the message. */
  public String format() {
    StringBuilder out = new StringBuilder("[statusspec:").append(message.id()).append("] ");
    if (!file.isEmpty()) {
      out.append(new Location(file, position)).append(": ");
    }
    return out.append(text).toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
