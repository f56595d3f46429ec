package dev.statusspec.processor.diag;

/** How a diagnostic is reported: as javac reports its own errors, warnings and notes. */
public enum Severity {
  /** Fails the compilation; nothing is generated for the interface. */
  ERROR,
  /**
   * Printed as a warning: {@code -Werror} fails on it, and
   * {@code @SuppressWarnings("statusspec:<id>")} on the annotated interface silences it.
   */
  WARNING,
  /** Information only (Maven shows it as {@code [INFO]}); suppressible like a warning. */
  NOTE
}
