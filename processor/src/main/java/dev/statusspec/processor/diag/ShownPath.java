package dev.statusspec.processor.diag;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a diagnostic names a file the processor read (a spec, a baseline, an OpenAPI document): by a
 * path a terminal and an IDE's console can open, so that {@code path:line:col} is a link.
 *
 * <ul>
 *   <li>A file below the working directory: relative to it ({@code
 *       src/main/resources/com/example/api/statuses.yaml}), in the platform's separators. That is
 *       the directory Maven, javac or the IDE was started in; with {@code mvn -f} or a reactor
 *       build it is often above the module, and the path then starts with the module's folder.
 *   <li>Any other file: absolute (a Gradle daemon's working directory is its own, not the
 *       project's; a file on another drive cannot be relative at all).
 *   <li>Symbolic links are not resolved in what is shown; but when the working directory or the
 *       file is reached through one, the file counts as below the working directory when its real
 *       path is below the real working directory, and is then shown relative to it.
 *   <li>A file in a jar: the jar's path by the same rules, {@code !/}, and the entry.
 *   <li>Anything else (a compiler's in-memory file): the fallback the caller gives, the file's path
 *       in the class path.
 * </ul>
 *
 * Never used for generated files, which must not depend on the machine: they name the spec as the
 * annotation writes it.
 */
public final class ShownPath {

  private ShownPath() {}

  /** The working directory of this JVM (the compiler's), from {@code user.dir}. */
  public static Path workingDirectory() {
    return Path.of(System.getProperty("user.dir", "")).toAbsolutePath().normalize();
  }

  /**
   * How to name the file at {@code uri}.
   *
   * @param fallback the name for a URI that is neither a file nor in a jar file
   * @param workingDirectory an absolute path
   */
  public static String of(URI uri, String fallback, Path workingDirectory) {
    if (uri == null || uri.getScheme() == null) {
      return fallback;
    }
    try {
      if (uri.getScheme().equals("file")) {
        return of(Path.of(uri), workingDirectory);
      }
      if (uri.getScheme().equals("jar")) {
        String spec = uri.getRawSchemeSpecificPart();
        int bang = spec.indexOf("!/");
        if (bang > 0) {
          URI jar = new URI(spec.substring(0, bang));
          if ("file".equals(jar.getScheme())) {
            return of(Path.of(jar), workingDirectory)
                + "!/"
                + URI.create("x:/" + spec.substring(bang + 2)).getPath().substring(1);
          }
        }
      }
    } catch (RuntimeException | java.net.URISyntaxException e) {
      // A URI some file system provider does not take: name the file as the caller can.
    }
    return fallback;
  }

  /**
   * How to name {@code file}: relative to {@code workingDirectory} when below it (also through
   * symbolic links), else absolute.
   */
  public static String of(Path file, Path workingDirectory) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = workingDirectory.toAbsolutePath().normalize();
    Optional<Path> relative = below(absolute, base);
    if (relative.isEmpty()) {
      relative = real(absolute).flatMap(f -> real(base).flatMap(b -> below(f, b)));
    }
    return relative.map(Path::toString).orElse(absolute.toString());
  }

  private static Optional<Path> below(Path file, Path base) {
    if (!file.startsWith(base) || file.equals(base) || base.getNameCount() == 0) {
      // The root as working directory (a service's, a container's): an absolute path is as short.
      return Optional.empty();
    }
    return Optional.of(base.relativize(file));
  }

  private static Optional<Path> real(Path path) {
    try {
      return Optional.of(path.toRealPath());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
