package dev.statusspec.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the processor recorded, in the class output, of the files it read for one annotated
 * interface ({@code META-INF/statusspec/inputs/<package path>/<binary simple name>.inputs}): the
 * interface, the class file whose absence makes the compiler plugin compile again, and each file
 * read with the SHA-256 of its content. The processor's {@code gen.InputRecord} writes the format
 * this class reads; {@code InputRecordContractTest} runs the one on the other's output.
 *
 * @param type the annotated interface's canonical name, for messages
 * @param classFile the path, from the class output, of the class file of the interface's top-level
 *     class
 * @param inputs the files read, in the order the processor read them
 */
record InputRecord(String type, String classFile, List<Input> inputs) {

  /** The folder of the records, from the class output. */
  static final String FOLDER = "META-INF/statusspec/inputs";

  /** The ending of a record's file name. */
  static final String EXTENSION = ".inputs";

  /** The only format this plugin reads; a record of another is treated as changed. */
  static final int FORMAT = 1;

  InputRecord {
    inputs = List.copyOf(inputs);
  }

  /**
   * One file the processor read.
   *
   * @param role what it is to the interface: {@code spec}, {@code baseline}, or a role a newer
   *     processor knows (read as any other)
   * @param place where the compilation found it, which says what {@code path} is relative to
   * @param sha256 the SHA-256 of the content read, in lower-case hexadecimal
   * @param path its path from {@code place}, with {@code /} between names
   */
  record Input(String role, Place place, String sha256, String path) {}

  /** Where the compilation found a file, as the record names it. */
  enum Place {
    /** The class output: the path is from the compilation's output folder. */
    CLASS_OUTPUT,
    /** The source path: the path is from one of the compile source roots. */
    SOURCE_PATH,
    /** The class path: the path is from one of its folders or jars. */
    CLASS_PATH,
    /**
     * A file found beside the interface's source (or, under kapt, in the source set's resources):
     * the path is from a compile source root or a resources folder.
     */
    SOURCE_FOLDER;

    /** The place a record's token names, if any. */
    static Optional<Place> of(String token) {
      for (Place place : values()) {
        if (place.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(token)) {
          return Optional.of(place);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Reads the record at {@code file}.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is not a record of the format this plugin knows, with
   *     why
   */
  static InputRecord read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Parses the text of a record.
   *
   * @throws IllegalArgumentException if it is not a record of the format this plugin knows, with
   *     why
   */
  static InputRecord parse(String text) {
    Integer format = null;
    String type = null;
    String classFile = null;
    List<Input> inputs = new ArrayList<>();
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split(" ", -1);
      switch (words[0]) {
        case "format" -> {
          if (words.length != 2 || !words[1].equals(String.valueOf(FORMAT))) {
            throw new IllegalArgumentException(
                "format " + line.substring("format".length()).trim() + " is not format " + FORMAT);
          }
          format = FORMAT;
        }
        case "type" -> {
          if (words.length != 3 || !safe(words[2]) || !words[2].endsWith(".class")) {
            throw new IllegalArgumentException("line " + number + " is no 'type' line: " + line);
          }
          type = words[1];
          classFile = words[2];
        }
        case "input" -> {
          String[] fields = line.split(" ", 5);
          Optional<Place> place = fields.length == 5 ? Place.of(fields[2]) : Optional.empty();
          if (place.isEmpty() || !fields[3].matches("[0-9a-f]{64}") || !safe(fields[4])) {
            throw new IllegalArgumentException("line " + number + " is no 'input' line: " + line);
          }
          inputs.add(new Input(fields[1], place.get(), fields[3], fields[4]));
        }
        default -> {
          // A line a newer format would add; the format line says whether it may be ignored.
        }
      }
    }
    if (format == null) {
      throw new IllegalArgumentException("it has no 'format' line");
    }
    if (type == null) {
      throw new IllegalArgumentException("it has no 'type' line");
    }
    return new InputRecord(type, classFile, inputs);
  }

  /**
   * Whether {@code path} is a relative path that stays below the folder it is resolved against: no
   * leading {@code /}, no {@code ..} or empty name, no back slash.
   */
  static boolean safe(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0) {
      return false;
    }
    for (String name : path.split("/", -1)) {
      if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains(":")) {
        return false;
      }
    }
    return true;
  }
}
