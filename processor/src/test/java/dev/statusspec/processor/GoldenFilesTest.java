package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact text generated for the example module's spec, at Java 8 and 17 (the two shapes of
 * the output: classic switches, and switch expressions with sealed exceptions). When a change to
 * the generators is intended, regenerate with {@code mvn -pl processor test -Dtest=GoldenFilesTest
 * -Dstatusspec.updateGoldens=true} and review the diff.
 */
class GoldenFilesTest {

  private static final Path EXAMPLE_SPEC =
      Path.of("../example/src/main/resources/dev/statusspec/example/field-api-statuses.yaml");

  private static final String INTERFACE =
      "package com.example;\n\n"
          + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
          + "public interface FieldApi {}\n";

  @Test
  void release17() {
    check("release17", "--release", "17");
  }

  @Test
  void release8() {
    check("release8", "--release", "8", "-Xlint:-options");
  }

  private static void check(String name, String... options) {
    Compilation compilation =
        Fixture.specBytes(read(EXAMPLE_SPEC))
            .withInterface("com.example.FieldApi", INTERFACE)
            .compile(options);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> actual = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.SOURCE || file.getName().endsWith(".md")) {
        String path = file.toUri().getPath();
        if (path.endsWith(".md")) {
          assertThat(path).endsWith("/META-INF/statusspec/com/example/FieldApi.md");
        }
        actual.put(path.substring(path.lastIndexOf('/') + 1), content(file));
      }
    }
    assertThat(actual).containsKey("FieldApi.md");
    Path dir = goldenDir().resolve(name);
    if (Boolean.getBoolean("statusspec.updateGoldens")) {
      rewrite(dir, actual);
      return;
    }
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(
          f ->
              expected.put(
                  f.getFileName().toString(), new String(read(f), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new AssertionError(
          "no goldens in " + dir + "; run with -Dstatusspec.updateGoldens=true", e);
    }
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    actual.forEach(
        (file, text) ->
            assertThat(text)
                .as(
                    "%s differs from its golden; regenerate with -Dstatusspec.updateGoldens=true",
                    file)
                .isEqualTo(expected.get(file)));
  }

  private static void rewrite(Path dir, Map<String, String> files) {
    try {
      List<String> rewritten = new ArrayList<>();
      Files.createDirectories(dir);
      try (Stream<Path> old = Files.list(dir)) {
        for (Path file : old.toList()) {
          if (!files.containsKey(file.getFileName().toString())) {
            Files.delete(file);
            rewritten.add("deleted " + file);
          }
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(path) || !java.util.Arrays.equals(Files.readAllBytes(path), bytes)) {
          Files.write(path, bytes);
          rewritten.add("wrote " + path);
        }
      }
      System.out.println(
          "GoldenFilesTest: "
              + (rewritten.isEmpty()
                  ? "all goldens in " + dir + " were up to date"
                  : String.join("\n  ", rewritten)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path goldenDir() {
    String configured = System.getProperty("statusspec.goldenDir");
    return configured == null || configured.isEmpty()
        ? Path.of("src/test/resources/golden")
        : Path.of(configured);
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
