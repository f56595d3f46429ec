package dev.statusspec.processor.spec;

import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds a spec the way {@code Class.getResource} resolves a name, in every place a build can hand
 * it to javac: the class output (where Maven copies {@code src/main/resources}, and the only place
 * Eclipse offers), the source path, the folder of the interface's own source file (the only place
 * under Gradle), and the class path. Each attempt that fails is remembered, to be listed when none
 * succeeds.
 */
public final class SpecLocator {

  /** What the search found. */
  public sealed interface Result {}

  /**
   * The spec's bytes, at most {@link SpecReader#MAX_BYTES} + 1 of them.
   *
   * @param bytes the content read
   * @param location where it was found, for messages
   * @param size the file's size in bytes: {@code bytes.length}, or more when the file is larger
   *     than what was read (counted up to {@link #MAX_COUNTED})
   */
  public record Found(byte[] bytes, String location, long size) implements Result {}

  /** The most bytes counted of a spec too large to read, when its size cannot be asked. */
  public static final long MAX_COUNTED = 1L << 30;

  /**
   * The spec is in none of the places.
   *
   * @param tried each place tried, with why it failed
   */
  public record NotFound(String resourcePath, List<String> tried) implements Result {
    public NotFound {
      tried = List.copyOf(tried);
    }
  }

  /**
   * The spec was found but could not be read.
   *
   * @param location where
   * @param reason why not
   */
  public record Unreadable(String location, String reason) implements Result {}

  private static final StandardLocation[] LOCATIONS = {
    StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH
  };

  private final ProcessingEnvironment env;

  public SpecLocator(ProcessingEnvironment env) {
    this.env = env;
  }

  /**
   * Resolves {@code path} against {@code type}'s package (or the root, with a leading {@code /})
   * and reads the first copy found.
   */
  public Result locate(TypeElement type, String path) {
    PackageElement pkg = env.getElementUtils().getPackageOf(type);
    Optional<String> resolved = resolve(pkg.getQualifiedName().toString(), path);
    if (resolved.isEmpty()) {
      return new NotFound(
          path, List.of("nowhere: the path leaves the root of the class path with '..'"));
    }
    String resource = resolved.get();
    List<String> tried = new ArrayList<>();
    for (StandardLocation location : LOCATIONS) {
      Optional<Result> result = fromFiler(env.getFiler(), location, resource, tried);
      if (result.isPresent()) {
        return result.get();
      }
    }
    return nextToSource(type, pkg, path, tried).orElseGet(() -> new NotFound(resource, tried));
  }

  /**
   * The path of {@code path} from the root, as {@code Class.getResource} resolves it against {@code
   * packageName}; empty when {@code ..} climbs above the root.
   */
  public static Optional<String> resolve(String packageName, String path) {
    String joined =
        path.startsWith("/")
            ? path.substring(1)
            : (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + path;
    List<String> segments = new ArrayList<>();
    for (String segment : joined.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.remove(segments.size() - 1);
      } else {
        segments.add(segment);
      }
    }
    return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
  }

  private static Optional<Result> fromFiler(
      Filer filer, JavaFileManager.Location location, String resource, List<String> tried) {
    String where = describe(location) + ": " + resource;
    URI uri = null;
    try {
      FileObject file = filer.getResource(location, "", resource);
      uri = file.toUri();
      where = describe(location) + ": " + uri;
      try (InputStream in = file.openInputStream()) {
        return Optional.of(read(in, where));
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      if (e instanceof IOException && isExistingFile(uri)) {
        // It is there but cannot be read (a folder, no permission): say so, not "not found".
        return Optional.of(new Unreadable(where, reason(e)));
      }
      // Missing files surface here as NoSuchFileException / FileNotFoundException; locations the
      // compiler does not support (Eclipse, some build tools) as IllegalArgumentException.
      tried.add(where + " (" + reason(e) + ")");
      return Optional.empty();
    }
  }

  private static boolean isExistingFile(URI uri) {
    try {
      return uri != null && "file".equals(uri.getScheme()) && Files.exists(Path.of(uri));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private Optional<Result> nextToSource(
      TypeElement type, PackageElement pkg, String path, List<String> tried) {
    Path file;
    try {
      URI source = Trees.instance(env).getPath(type).getCompilationUnit().getSourceFile().toUri();
      Path folder = Path.of(source).getParent();
      if (path.startsWith("/")) {
        int depth = pkg.isUnnamed() ? 0 : pkg.getQualifiedName().toString().split("\\.").length;
        for (int i = 0; i < depth && folder != null; i++) {
          folder = folder.getParent();
        }
        file = folder == null ? null : folder.resolve(path.substring(1)).normalize();
      } else {
        file = folder.resolve(path).normalize();
      }
    } catch (RuntimeException | LinkageError e) {
      // In-memory sources, and compilers other than javac, have no file to look next to.
      tried.add(
          "next to the source of "
              + type.getSimpleName()
              + " (the compiler gives no file to look next to: "
              + reason(e)
              + ")");
      return Optional.empty();
    }
    if (file == null || !Files.isRegularFile(file)) {
      tried.add("next to the source: " + file + " (no such file)");
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(read(in, "next to the source: " + file));
    } catch (IOException | RuntimeException e) {
      return Optional.of(new Unreadable(file.toString(), reason(e)));
    }
  }

  /**
   * At most {@link SpecReader#MAX_BYTES} + 1 bytes of {@code in}; past that, the rest is only
   * counted (up to {@link #MAX_COUNTED}), so the error can give the file's size.
   */
  private static Found read(InputStream in, String where) throws IOException {
    byte[] bytes = in.readNBytes(SpecReader.MAX_BYTES + 1);
    long size = bytes.length;
    if (bytes.length > SpecReader.MAX_BYTES) {
      byte[] buffer = new byte[1 << 16];
      for (int n; size < MAX_COUNTED && (n = in.read(buffer)) > 0; ) {
        size += n;
      }
    }
    return new Found(bytes, where, size);
  }

  private static String describe(JavaFileManager.Location location) {
    if (location == StandardLocation.CLASS_OUTPUT) {
      return "class output";
    } else if (location == StandardLocation.SOURCE_PATH) {
      return "source path";
    } else {
      return "class path";
    }
  }

  private static String reason(Throwable e) {
    String name = e.getClass().getSimpleName();
    if (e instanceof java.nio.file.NoSuchFileException
        || e instanceof java.io.FileNotFoundException) {
      return "no such file";
    }
    return e.getMessage() == null ? name : name + ": " + e.getMessage();
  }
}
