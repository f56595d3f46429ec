package dev.statusspec.processor.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one spec, collected in the order the checks find them and listed in the
 * order of the file. Each layer adds to it; the processor generates nothing while it holds any.
 */
public final class Diagnostics {

  private final String file;
  private final List<Diagnostic> all = new ArrayList<>();

  /**
   * @param file the spec's path as the user wrote it; prefixes every message
   */
  public Diagnostics(String file) {
    this.file = file;
  }

  /** The spec's path as the user wrote it. */
  public String file() {
    return file;
  }

  /** Records a problem at {@code position}; {@code args} fill the message's placeholders. */
  public void report(Message message, Position position, Object... args) {
    all.add(new Diagnostic(message, file, position, message.format(args)));
  }

  /** Whether any problem was recorded. */
  public boolean hasErrors() {
    return !all.isEmpty();
  }

  /** The problems, sorted by position (file-wide problems first), stable for equal positions. */
  public List<Diagnostic> list() {
    List<Diagnostic> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(Diagnostic::position));
    return Collections.unmodifiableList(sorted);
  }
}
