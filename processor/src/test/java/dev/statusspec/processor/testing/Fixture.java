package dev.statusspec.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.statusspec.processor.StatusSpecProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * A spec and the interface that points at it, compiled through the processor with javac. The spec
 * is written to a source path, where the processor finds it as it would in a real build: {@link
 * #DIRECTORY}, below the working directory, so that diagnostics name it as they name a project's
 * file, {@code target/fixture/com/example/statuses.yaml:3:5} (it is emptied before each
 * compilation; tests do not compile in parallel).
 *
 * <pre>{@code
 * Compilation c = Fixture.spec("statuses:\n  - code: 200\n    name: OK\n").compile();
 * }</pre>
 */
public final class Fixture {

  /** The package of the default interface. */
  public static final String PACKAGE = "com.example";

  /** The default interface's simple name. */
  public static final String INTERFACE = "Api";

  /** The default spec file name. */
  public static final String SPEC_FILE = "statuses.yaml";

  /** The source path the spec is written to, below the working directory. */
  public static final Path DIRECTORY =
      Path.of("").toAbsolutePath().resolve("target").resolve("fixture");

  /** How diagnostics name the spec's folder: relative to the working directory. */
  public static final String SHOWN = "target/fixture/com/example/";

  private final byte[] spec;
  private String specFile = SPEC_FILE;
  private final List<JavaFileObject> sources = new ArrayList<>();
  private final java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
  private boolean defaultInterface = true;
  private List<File> classPath;
  private final List<Processor> otherProcessors = new ArrayList<>();

  private Fixture(byte[] spec) {
    this.spec = spec;
  }

  /** A fixture for {@code yaml}, annotated on {@code com.example.Api}. */
  public static Fixture spec(String yaml) {
    return new Fixture(yaml.getBytes(StandardCharsets.UTF_8));
  }

  /** A fixture for raw bytes (for encoding tests). */
  public static Fixture specBytes(byte[] bytes) {
    return new Fixture(bytes);
  }

  /** Names the spec file {@code name} (relative to {@code com/example/}). */
  public Fixture named(String name) {
    this.specFile = name;
    return this;
  }

  /**
   * Replaces the default interface ({@code @StatusSpec("statuses.yaml") public interface Api {}})
   * with {@code source}, a whole compilation unit named {@code qualifiedName}.
   */
  public Fixture withInterface(String qualifiedName, String source) {
    defaultInterface = false;
    sources.add(JavaFileObjects.forSourceString(qualifiedName, source));
    return this;
  }

  /**
   * Writes another file (a baseline spec, say) beside the spec, {@code name} relative to {@code
   * com/example/}.
   */
  public Fixture withFile(String name, String content) {
    files.put(name, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /**
   * Compiles with exactly {@code files} as javac's class path (plus the annotations), instead of
   * the test's own: for a compilation that must see some framework's jars, or none.
   */
  public Fixture withClassPath(List<File> files) {
    classPath = new ArrayList<>(files);
    try {
      classPath.add(
          new File(
              dev.statusspec.StatusSpec.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI()));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /**
   * Runs {@code processor} too, in the same compilation, before statusspec's (which claims
   * {@code @StatusSpec}, so one after it would not be offered that annotation).
   */
  public Fixture withProcessor(Processor processor) {
    otherProcessors.add(processor);
    return this;
  }

  /** Adds another compilation unit to compile with the interface. */
  public Fixture withSource(String qualifiedName, String source) {
    sources.add(JavaFileObjects.forSourceString(qualifiedName, source));
    return this;
  }

  /** The default interface's source. */
  public static String defaultInterface(String specFile) {
    return "package "
        + PACKAGE
        + ";\n\n@dev.statusspec.StatusSpec(\""
        + specFile
        + "\")\npublic interface "
        + INTERFACE
        + " {}\n";
  }

  /**
   * Compiles with the processor and {@code options} (e.g. {@code --release}, {@code -Xlint:all}).
   */
  public Compilation compile(String... options) {
    Path sourcePath = writeSpec();
    List<JavaFileObject> all = new ArrayList<>(sources);
    if (defaultInterface) {
      all.add(
          JavaFileObjects.forSourceString(PACKAGE + "." + INTERFACE, defaultInterface(specFile)));
    }
    List<String> allOptions = new ArrayList<>(List.of("-sourcepath", sourcePath.toString()));
    allOptions.addAll(List.of(options));
    List<Processor> processors = new ArrayList<>(otherProcessors);
    processors.add(new StatusSpecProcessor());
    Compiler compiler = javac().withProcessors(processors).withOptions(allOptions);
    if (classPath != null) {
      compiler = compiler.withClasspath(classPath);
    }
    return compiler.compile(all);
  }

  private Path writeSpec() {
    try {
      Path root = DIRECTORY;
      if (Files.exists(root)) {
        try (java.util.stream.Stream<Path> old = Files.walk(root)) {
          for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Path file = root.resolve(PACKAGE.replace('.', '/')).resolve(specFile).normalize();
      Files.createDirectories(file.getParent());
      Files.write(file, spec);
      for (java.util.Map.Entry<String, byte[]> other : files.entrySet()) {
        Path path = root.resolve(PACKAGE.replace('.', '/')).resolve(other.getKey()).normalize();
        Files.createDirectories(path.getParent());
        Files.write(path, other.getValue());
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
