package dev.statusspec.processor.diag;

/**
 * A place in a file other than the one a diagnostic is about, such as the baseline spec a change is
 * compared with; printed as {@code file:line:col}.
 *
 * @param file how the file is named ({@link ShownPath})
 * @param position where in it
 */
public record Location(String file, Position position) {

  @Override
  public String toString() {
    return position.isKnown() ? file + ":" + position : file;
  }
}
