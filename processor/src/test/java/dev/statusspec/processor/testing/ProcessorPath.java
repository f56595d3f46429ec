package dev.statusspec.processor.testing;

import dev.statusspec.StatusSpec;
import dev.statusspec.processor.StatusSpecProcessor;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the processor and the annotation live on this test's class path, to hand them to a compiler
 * started apart from this JVM (javac 25, ecj) as {@code -processorpath} and {@code -cp}.
 */
public final class ProcessorPath {

  private static final List<String> PROCESSOR_CLASSES =
      List.of(
          StatusSpecProcessor.class.getName(),
          "com.palantir.javapoet.JavaFile",
          "com.fasterxml.jackson.core.JsonParser",
          "com.fasterxml.jackson.databind.ObjectMapper",
          "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
          "org.yaml.snakeyaml.LoaderOptions");

  private ProcessorPath() {}

  /** The processor's classes and its dependencies, joined with the platform's path separator. */
  public static String processor() {
    Set<Path> entries = new LinkedHashSet<>();
    for (String name : PROCESSOR_CLASSES) {
      try {
        entries.add(locationOf(Class.forName(name)));
      } catch (ClassNotFoundException e) {
        throw new AssertionError("not on the test class path: " + name, e);
      }
    }
    return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** The folder or jar of {@code @StatusSpec}, for the class path of a compilation. */
  public static Path annotations() {
    return locationOf(StatusSpec.class);
  }

  private static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
