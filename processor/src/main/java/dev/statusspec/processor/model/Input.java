package dev.statusspec.processor.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A file the processor read for one annotated interface, as its record in the class output names it
 * ({@code gen.InputRecord}): what it is, where the compilation found it, its path from there, and a
 * hash of its content. A build tool that compares the hash with the file as it is now knows whether
 * the code generated from it is out of date, which javac and Maven's compiler plugin do not see
 * (they follow {@code .java} files only). Nothing in it depends on the machine: the same files give
 * the same record in any folder.
 *
 * @param role what the file is to the interface
 * @param place where the compilation found it, which says what {@code path} is relative to
 * @param path the file's path from that place, with {@code /} between names
 * @param sha256 the SHA-256 of the bytes read, in lower-case hexadecimal
 */
public record Input(Role role, Place place, String path, String sha256) {

  /** The input of {@code bytes}, read from {@code path} at {@code place}. */
  public static Input of(Role role, Place place, String path, byte[] bytes) {
    return new Input(role, place, path, sha256(bytes));
  }

  /** The SHA-256 of {@code bytes}, in lower-case hexadecimal. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * What a file read is to the annotated interface. A new kind of input is a new constant, and the
   * record lists it with the others.
   */
  public enum Role {
    /** The spec that {@code @StatusSpec}'s {@code value} names. */
    SPEC,
    /** The baseline that {@code @StatusSpec}'s {@code baseline} names. */
    BASELINE,
    /**
     * The OpenAPI document that {@code @StatusSpec}'s {@code openapi} names, when it is compared.
     */
    OPENAPI;

    /** How the record names it: the constant in lower case with {@code -} for {@code _}. */
    public String token() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Where the compilation found a file, and so what its {@link Input#path()} is relative to. */
  public enum Place {
    /** The class output ({@code target/classes}, where Maven copied the resources). */
    CLASS_OUTPUT,
    /** A root of the source path ({@code src/main/java}). */
    SOURCE_PATH,
    /** An entry of the class path: a folder, or a jar. */
    CLASS_PATH,
    /**
     * Found as a file beside the interface's source (a root of the sources, like {@code
     * src/main/java}), or under kapt in the source set's resources (like {@code
     * src/main/resources}): the path is relative to that root.
     */
    SOURCE_FOLDER;

    /** How the record names it: the constant in lower case with {@code -} for {@code _}. */
    public String token() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
