package dev.statusspec.processor.model;

import dev.statusspec.processor.diag.Position;

/**
 * One file a generator declares it will write for a spec, known from the model before anything is
 * written, so that clashes between generated names (with each other, with the sources, with another
 * spec's) are found first and reported at the spec's line that gives the name.
 *
 * @param kind a Java type, or a resource of the class output
 * @param name the type's simple name (in the annotated interface's package), or the resource's path
 *     in the class output
 * @param position the place in the spec whose text gives the name: the status's {@code exception:}
 *     or id for an exception class, else the spec's {@code name:}
 * @param subject the output as a message names it when it is the one that clashes, e.g. {@code
 *     ConflictException (the exception of 409 Conflict)}
 * @param description the output as a message names it when another clashes with it, e.g. {@code the
 *     exception ConflictException of 409 Conflict (line 12)}
 * @param rename how to give it another name, for messages, e.g. {@code give the exception another
 *     name with 'exception:'}
 */
public record Output(
    Kind kind, String name, Position position, String subject, String description, String rename) {

  /** What kind of file. */
  public enum Kind {
    /** A Java source file of one top-level type. */
    TYPE,
    /** A resource of the class output. */
    RESOURCE
  }

  /** The rename hint of every type whose name is the spec's prefix and a fixed suffix. */
  public static final String RENAME_PREFIX = "set the spec's 'name:' to another prefix";

  /**
   * A resource of the class output whose path is the spec's prefix and a fixed ending ({@code
   * P.md}...), named in messages as {@code what} and its path ({@code the reference page ...}).
   */
  public static Output resource(String path, String what, Spec spec) {
    return new Output(
        Kind.RESOURCE, path, spec.namePosition(), path, what + " " + path, RENAME_PREFIX);
  }

  /** A type named after the spec's prefix ({@code PStatus}...). */
  public static Output prefixed(String name, Spec spec) {
    return new Output(
        Kind.TYPE, name, spec.namePosition(), name, "the generated " + name, RENAME_PREFIX);
  }
}
