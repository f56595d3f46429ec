package dev.statusspec.processor.testing;

import dev.statusspec.processor.testing.MatrixSpecs.MatrixSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project on disk for compilers run outside compile-testing: specs and sources under {@code
 * src/}, with {@code out/} (class output) and {@code generated/} (generated sources) beside them.
 */
public final class SourceTree {

  private final Path root;
  private final List<Path> sources = new ArrayList<>();

  private SourceTree(Path root) {
    this.root = root;
  }

  /** An empty tree in a new folder under {@code parent}. */
  public static SourceTree in(Path parent) {
    try {
      Path root = Files.createTempDirectory(parent, "tree");
      Files.createDirectories(root.resolve("src"));
      Files.createDirectories(root.resolve("out"));
      Files.createDirectories(root.resolve("generated"));
      return new SourceTree(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds {@code spec}'s YAML and its annotated interface under {@code src/}. */
  public SourceTree withSpec(MatrixSpec spec) {
    write(src().resolve(spec.specPath()), spec.yaml());
    return withSource(spec.interfaceName(), spec.interfaceSource());
  }

  /** Writes a file (an OpenAPI document, say) at {@code relative} under {@code src/}. */
  public SourceTree withFile(String relative, String text) {
    write(src().resolve(relative), text);
    return this;
  }

  /** Adds a compilation unit under {@code src/}. */
  public SourceTree withSource(String qualifiedName, String source) {
    Path file = src().resolve(qualifiedName.replace('.', '/') + ".java");
    write(file, source);
    sources.add(file);
    return this;
  }

  /** Copies {@code spec}'s YAML into the class output, where an IDE's build copies resources. */
  public SourceTree withSpecInClassOutput(MatrixSpec spec) {
    write(out().resolve(spec.specPath()), spec.yaml());
    return this;
  }

  /** Writes {@code spec}'s annotated interface alone, its YAML being elsewhere. */
  public SourceTree withInterfaceOf(MatrixSpec spec) {
    return withSource(spec.interfaceName(), spec.interfaceSource());
  }

  /** The source root. */
  public Path src() {
    return root.resolve("src");
  }

  /** The class output. */
  public Path out() {
    return root.resolve("out");
  }

  /** The generated sources' output. */
  public Path generated() {
    return root.resolve("generated");
  }

  /** The compilation units added, as paths for a command line. */
  public List<String> sourceFiles() {
    return sources.stream().map(Path::toString).toList();
  }

  /** Every regular file under {@code dir}, sorted. */
  public static List<Path> filesUnder(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
