package dev.statusspec.processor.diag;

/**
 * One problem found in a spec or in the annotated interface, ready to be printed as {@code
 * [statusspec:<id>] <file>:<line>:<col>: <text>}.
 *
 * @param message the catalogue entry, which gives the stable id
 * @param file the spec's path as the user wrote it in {@code @StatusSpec}
 * @param position where in the file, or {@link Position#UNKNOWN}
 * @param text the message with its arguments filled in
 */
public record Diagnostic(Message message, String file, Position position, String text) {

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
      out.append(file);
      if (position.isKnown()) {
        out.append(':').append(position.line()).append(':').append(position.column());
      }
      out.append(": ");
    }
    return out.append(text).toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
