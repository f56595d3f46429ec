package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * javac run as Gradle's {@code compileJava} runs it (Gradle is not on these machines; the options
 * are those of Gradle's {@code JavaCompilerArgumentsBuilder}, through the in-process compiler API):
 * {@code -d build/classes/java/main}, {@code -s
 * build/generated/sources/annotationProcessor/java/main}, an empty {@code -sourcepath}, the
 * installed processor jar alone on {@code -processorpath}, only jars on the class path and no
 * resources anywhere, since {@code processResources} runs after. The spec beside the interface's
 * source is found; the spec in {@code src/main/resources} is not, and the error lists the places
 * tried and says what to do under Gradle.
 */
class GradleShapedCompileIT {

  private static final String INTERFACE =
      "package com.example;\n\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
          + "public interface Api {}\n";
  private static final String SPEC =
      "statuses:\n  - code: 200\n    name: OK\n  - code: 404\n    name: Not Found\n";

  @TempDir Path project;

  @Test
  void specNextToTheInterfaceSourceIsFound() throws Exception {
    write("src/main/java/com/example/Api.java", INTERFACE);
    write("src/main/java/com/example/statuses.yaml", SPEC);

    List<String> errors = compileJava();

    assertThat(errors).isEmpty();
    assertThat(project.resolve("build/generated/sources/annotationProcessor/java/main"))
        .isDirectoryRecursivelyContaining("glob:**/com/example/ApiStatus.java");
    Path classes = project.resolve("build/classes/java/main");
    assertThat(classes.resolve("META-INF/statusspec/com/example/Api.md")).exists();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      Class<?> status = loader.loadClass("com.example.ApiStatus");
      Object notFound = status.getMethod("fromCode", int.class).invoke(null, 404);
      assertThat(status.getMethod("reasonPhrase").invoke(notFound)).isEqualTo("Not Found");
    }
  }

  /**
   * What docs/guide/build-tools.md declares as inputs of {@code compileJava}: {@code
   * inputs.files(fileTree('src/main/java') { include '**}{@code /*.yaml', '**}{@code /*.yml' })}.
   */
  private static final java.nio.file.PathMatcher DOCUMENTED_INPUTS =
      java.nio.file.FileSystems.getDefault().getPathMatcher("glob:**.{yaml,yml}");

  @Test
  void theDocumentedInputsHoldEveryFileReadAndAnEditRegenerates() throws Exception {
    write("src/main/java/com/example/Api.java", INTERFACE);
    write("src/main/java/com/example/statuses.yaml", SPEC);
    assertThat(compileJava()).isEmpty();

    // Every file the processor read is one Gradle watches, with the documented lines.
    Path record =
        project.resolve(
            "build/classes/java/main/META-INF/statusspec/inputs/com/example/Api.inputs");
    List<String> inputs =
        Files.readAllLines(record).stream().filter(l -> l.startsWith("input ")).toList();
    assertThat(inputs).hasSize(1);
    assertThat(inputs.get(0)).startsWith("input spec source-folder ");
    String path = inputs.get(0).split(" ", 5)[4];
    assertThat(path).isEqualTo("com/example/statuses.yaml");
    assertThat(project.resolve("src/main/java").resolve(path)).exists();
    assertThat(DOCUMENTED_INPUTS.matches(Path.of("src/main/java").resolve(path))).isTrue();

    // An input changed: Gradle reruns compileJava (in full, as for any processor that does not
    // declare itself incremental); the processor regenerates from the edited spec.
    write("src/main/java/com/example/statuses.yaml", SPEC + "  - code: 429\n    name: Too Many\n");
    assertThat(compileJava()).isEmpty();
    assertThat(
            Files.readString(
                project.resolve(
                    "build/generated/sources/annotationProcessor/java/main/com/example/"
                        + "ApiStatus.java")))
        .contains("  TOO_MANY");
  }

  @Test
  void specInSrcMainResourcesIsNotFoundAndTheErrorSaysWhatToDo() throws IOException {
    write("src/main/java/com/example/Api.java", INTERFACE);
    write("src/main/resources/com/example/statuses.yaml", SPEC);

    List<String> errors = compileJava();

    assertThat(errors).hasSize(1);
    Path classes = project.resolve("build/classes/java/main");
    assertThat(errors.get(0))
        .startsWith(
            "[statusspec:spec-not-found] statuses.yaml: cannot find the status spec"
                + " com/example/statuses.yaml; looked in:\n- class output: "
                + classes.resolve("com/example/statuses.yaml").toUri()
                + " (no such file)\n- source path: com/example/statuses.yaml (no such file)"
                + "\n- class path: com/example/statuses.yaml (no such file)"
                + "\n- next to the source: "
                + project.resolve("src/main/java/com/example/statuses.yaml")
                + " (no such file)\n")
        .endsWith(
            "\nthe spec is in src/main/resources/com/example/statuses.yaml, which this"
                + " compilation does not see (Gradle's compileJava runs before processResources,"
                + " with an empty source path): under Gradle, move it next to Api.java, to"
                + " src/main/java/com/example/statuses.yaml, and declare it an input of compileJava"
                + " (see docs/guide/build-tools.md)");
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * Compiles {@code src/main/java} with the options Gradle gives javac; returns the errors, their
   * lines without the indentation javac gives a message's later lines.
   */
  private List<String> compileJava() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Path> sources;
    try (var files = Files.walk(project.resolve("src/main/java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    List<String> options =
        List.of(
            "--release",
            "17",
            "-d",
            dir("build/classes/java/main"),
            "-s",
            dir("build/generated/sources/annotationProcessor/java/main"),
            "-h",
            dir("build/generated/sources/headers/java/main"),
            "-g",
            "-sourcepath",
            "",
            "-processorpath",
            installed("statusspec-processor").toString(),
            "-XDuseUnsharedTable=true",
            "-classpath",
            installed("statusspec-annotations").toString());
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      javac
          .getTask(
              null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getMessage(Locale.ROOT).replaceAll("\n +", "\n"));
      }
    }
    return errors;
  }

  private String dir(String relative) throws IOException {
    return Files.createDirectories(project.resolve(relative)).toString();
  }

  private static Path installed(String artifactId) {
    Path jar =
        MavenProject.artifact(
            "dev.statusspec", artifactId, System.getProperty("statusspec.version"));
    assertThat(jar).exists();
    return jar;
  }
}
