package dev.statusspec.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.testing.MatrixSpecs;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same specs give the same bytes: two compilations in different folders, with the sources in
 * opposite orders, generate byte-identical sources, reference pages and class files, and nothing
 * generated names the folder it was built in (no paths, no timestamps, no hash order).
 */
class ReproducibleOutputTest {

  private static final Path EXAMPLE_SPEC =
      Path.of("../example/src/main/resources/dev/statusspec/example/field-api-statuses.yaml");

  @Test
  void twoBuildsGenerateIdenticalBytes(@TempDir Path temp) throws Exception {
    SourceTree first = tree(temp);
    SourceTree second = tree(temp);

    compile(first, first.sourceFiles());
    List<String> reversed = new ArrayList<>(second.sourceFiles());
    Collections.reverse(reversed);
    compile(second, reversed);

    Map<String, byte[]> generated = contents(first);
    assertThat(generated.keySet())
        .contains(
            "generated/com/example/FieldApiStatus.java",
            "out/META-INF/statusspec/com/example/FieldApi.md",
            "out/com/example/shared/SharedStatus.class");
    Map<String, byte[]> again = contents(second);
    assertThat(again.keySet()).containsExactlyElementsOf(generated.keySet());
    generated.forEach(
        (file, bytes) -> assertThat(again.get(file)).as("bytes of %s", file).isEqualTo(bytes));
    for (Map.Entry<String, byte[]> file : generated.entrySet()) {
      assertThat(new String(file.getValue(), StandardCharsets.ISO_8859_1))
          .as("%s names its build folder", file.getKey())
          .doesNotContain(temp.toString())
          .doesNotContain(first.src().getParent().getFileName().toString());
    }
  }

  private static SourceTree tree(Path temp) throws Exception {
    SourceTree tree = SourceTree.in(temp);
    MatrixSpecs.ALL.forEach(tree::withSpec);
    Path spec = tree.src().resolve("com/example/field-api-statuses.yaml");
    Files.copy(EXAMPLE_SPEC, spec);
    return tree.withSource(
        "com.example.FieldApi",
        "package com.example;\n\n"
            + "@dev.statusspec.StatusSpec(\"field-api-statuses.yaml\")\n"
            + "public interface FieldApi {}\n");
  }

  private static void compile(SourceTree tree, List<String> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args =
        new ArrayList<>(
            List.of(
                "-implicit:class",
                "-cp",
                ProcessorPath.annotations().toString(),
                "-processorpath",
                ProcessorPath.processor(),
                "-sourcepath",
                tree.src().toString(),
                "-s",
                tree.generated().toString(),
                "-d",
                tree.out().toString()));
    args.addAll(sources);
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int exit = javac.run(null, output, output, args.toArray(String[]::new));
    assertThat(exit).as("javac: %s", output.toString(StandardCharsets.UTF_8)).isZero();
  }

  /** Every file the build wrote (generated sources, class output), by path from its root. */
  private static Map<String, byte[]> contents(SourceTree tree) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    Path root = tree.src().getParent();
    for (Path dir : List.of(tree.generated(), tree.out())) {
      for (Path file : SourceTree.filesUnder(dir)) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
