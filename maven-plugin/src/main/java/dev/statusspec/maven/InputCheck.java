package dev.statusspec.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Compares the files a record lists with the files as they are now, in the places one compilation
 * reads them from.
 *
 * @param basedir the project's folder, to name files shortly in messages
 * @param classes the compilation's class output ({@code target/classes} or {@code
 *     target/test-classes}), where Maven has copied the resources
 * @param sourceRoots the compile source roots, in order (javac's source path)
 * @param resourceRoots the resources folders, in order (only to name a copied file's source in
 *     messages, and for files kapt found in the source set's resources)
 * @param classPath the compilation's class path, folders and jars, in order
 */
record InputCheck(
    Path basedir,
    Path classes,
    List<Path> sourceRoots,
    List<Path> resourceRoots,
    List<Path> classPath) {

  InputCheck {
    sourceRoots = List.copyOf(sourceRoots);
    resourceRoots = List.copyOf(resourceRoots);
    classPath = List.copyOf(classPath);
  }

  /**
   * Why the code generated for {@code record} is out of date: the first input that has changed or
   * is gone, said in words; empty when every input is as the compilation read it.
   */
  Optional<String> whyStale(InputRecord record) {
    for (InputRecord.Input input : record.inputs()) {
      Optional<Current> current;
      try {
        current = current(input);
      } catch (IOException | RuntimeException e) {
        return Optional.of(
            "its " + input.role() + " " + input.path() + " cannot be read (" + e + ")");
      }
      if (current.isEmpty()) {
        return Optional.of(
            "its "
                + input.role()
                + " "
                + input.path()
                + " is gone from the "
                + describe(input.place())
                + " it was read from");
      }
      if (!current.get().sha256().equals(input.sha256())) {
        return Optional.of("its " + input.role() + " " + current.get().shown() + " has changed");
      }
    }
    return Optional.empty();
  }

  /**
   * A file as it is now.
   *
   * @param sha256 the SHA-256 of its content
   * @param shown how a message names it
   */
  private record Current(String sha256, String shown) {}

  /** {@code input}'s file as the compilation would find it now, or empty when it is gone. */
  private Optional<Current> current(InputRecord.Input input) throws IOException {
    switch (input.place()) {
      case CLASS_OUTPUT -> {
        Optional<Path> file = file(classes, input.path());
        if (file.isEmpty()) {
          return Optional.empty();
        }
        // Name the file the user edits (the resource Maven copied) where there is one.
        Path shown = file.get();
        for (Path root : resourceRoots) {
          Optional<Path> source = file(root, input.path());
          if (source.isPresent()) {
            shown = source.get();
            break;
          }
        }
        return Optional.of(new Current(sha256(file.get()), shown(shown)));
      }
      case SOURCE_PATH -> {
        return firstFile(sourceRoots, input.path());
      }
      case SOURCE_FOLDER -> {
        Optional<Current> found = firstFile(sourceRoots, input.path());
        return found.isPresent() ? found : firstFile(resourceRoots, input.path());
      }
      case CLASS_PATH -> {
        for (Path entry : classPath) {
          if (Files.isDirectory(entry)) {
            Optional<Path> file = file(entry, input.path());
            if (file.isPresent()) {
              return Optional.of(new Current(sha256(file.get()), shown(file.get())));
            }
          } else if (Files.isRegularFile(entry)) {
            Optional<String> hash = sha256InJar(entry, input.path());
            if (hash.isPresent()) {
              return Optional.of(new Current(hash.get(), input.path() + " in " + shown(entry)));
            }
          }
        }
        return Optional.empty();
      }
      default -> throw new AssertionError(input.place());
    }
  }

  private Optional<Current> firstFile(List<Path> roots, String path) throws IOException {
    for (Path root : roots) {
      Optional<Path> file = file(root, path);
      if (file.isPresent()) {
        return Optional.of(new Current(sha256(file.get()), shown(file.get())));
      }
    }
    return Optional.empty();
  }

  /** The regular file at {@code path} below {@code root}, if there is one. */
  private static Optional<Path> file(Path root, String path) {
    Path file = root.resolve(path).normalize();
    return file.startsWith(root.normalize()) && Files.isRegularFile(file)
        ? Optional.of(file)
        : Optional.empty();
  }

  /** {@code file} relative to the project's folder when it is below it, else as it is. */
  private String shown(Path file) {
    Path base = basedir.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(base)
        ? base.relativize(absolute).toString().replace('\\', '/')
        : absolute.toString();
  }

  private static String describe(InputRecord.Place place) {
    return switch (place) {
      case CLASS_OUTPUT -> "class output";
      case SOURCE_PATH -> "source path";
      case CLASS_PATH -> "class path";
      case SOURCE_FOLDER -> "source folders";
    };
  }

  /** The SHA-256 of a file's content, in lower-case hexadecimal. */
  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    }
  }

  private static Optional<String> sha256InJar(Path jar, String path) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry(path);
      if (entry == null || entry.isDirectory()) {
        return Optional.empty();
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return Optional.of(sha256(in));
      }
    }
  }

  private static String sha256(InputStream in) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
