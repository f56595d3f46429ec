package dev.statusspec.processor.diag;

/**
 * A place in the spec file: 1-based line and column, or {@link #UNKNOWN} for problems that concern
 * the file as a whole (not found, unreadable).
 */
public record Position(int line, int column) implements Comparable<Position> {

  /** The position of a problem that has no place in the file. */
  public static final Position UNKNOWN = new Position(0, 0);

  /** Whether this is a real place in the file. */
  public boolean isKnown() {
    return line > 0;
  }

  @Override
  public int compareTo(Position other) {
    return line != other.line
        ? Integer.compare(line, other.line)
        : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
