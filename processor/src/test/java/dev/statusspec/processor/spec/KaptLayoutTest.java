package dev.statusspec.processor.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.StatusSpecProcessor;
import dev.statusspec.processor.testing.ProcessorPath;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
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
 * The spec of a Kotlin interface under kapt, on javac as kapt runs it (measured with
 * kotlin-maven-plugin 2.2.21): {@code -proc:only}, the Java stub of the Kotlin interface as the
 * only source, kapt's {@code .kapt_metadata} beside it naming the {@code .kt} file, {@code -d
 * target/classes} before any resource is copied there, no source path, and the option {@code
 * kapt.kotlin.generated}. {@code KotlinKaptIT} builds the same with the real kotlin-maven-plugin.
 */
class KaptLayoutTest {

  private static final String SPEC = "statuses:\n  - code: 200\n    name: OK\n";
  private static final String NEWER_SPEC = SPEC + "  - code: 404\n    name: Not Found\n";

  @TempDir Path project;

  @Test
  void specInTheResourcesOfTheKotlinSourceSetIsFoundBeforeAnyCopy() throws IOException {
    stub("src/main/kotlin/com/example/api/FieldApi.kt", "com.example.api", "FieldApi", "s.yaml");
    write("src/main/resources/com/example/api/s.yaml", NEWER_SPEC);
    // What the previous build's process-resources left: older than the spec.
    write("target/classes/com/example/api/s.yaml", SPEC);

    Run run = kapt();

    assertThat(run.errors()).isEmpty();
    assertThat(generated("com/example/api/FieldApiStatus.java")).contains("NOT_FOUND");
  }

  @Test
  void specNextToTheKotlinSourceIsFound() throws IOException {
    stub("src/main/kotlin/com/example/api/FieldApi.kt", "com.example.api", "FieldApi", "s.yaml");
    write("src/main/kotlin/com/example/api/s.yaml", SPEC);

    assertThat(kapt().errors()).isEmpty();
    assertThat(generated("com/example/api/FieldApiStatus.java")).contains("OK");
  }

  @Test
  void kotlinFolderThatLeavesOutThePackagePrefixStillLeadsToTheResources() throws IOException {
    // Kotlin's coding conventions omit the common package prefix from the folders.
    stub("src/main/kotlin/api/FieldApi.kt", "com.example.api", "FieldApi", "s.yaml");
    write("src/main/resources/com/example/api/s.yaml", SPEC);

    assertThat(kapt().errors()).isEmpty();
    assertThat(generated("com/example/api/FieldApiStatus.java")).contains("OK");
  }

  @Test
  void rootedPathIsResolvedFromTheKotlinSourceRoot() throws IOException {
    stub("src/main/kotlin/com/example/api/FieldApi.kt", "com.example.api", "FieldApi", "/s.yaml");
    write("src/main/kotlin/s.yaml", SPEC);

    assertThat(kapt().errors()).isEmpty();
  }

  @Test
  void notFoundListsTheKotlinPlacesAndSaysWhy() throws IOException {
    stub("src/main/kotlin/com/example/api/FieldApi.kt", "com.example.api", "FieldApi", "s.yaml");
    write("target/classes/com/example/api/s.yaml", SPEC);

    String error = onlyError(kapt());

    Path kotlin = project.resolve("src/main/kotlin/com/example/api/s.yaml");
    Path resources = project.resolve("src/main/resources/com/example/api/s.yaml");
    assertThat(error)
        .startsWith(
            "[statusspec:spec-not-found] s.yaml: cannot find the status spec"
                + " com/example/api/s.yaml; looked in:\n- next to the Kotlin source: "
                + kotlin
                + " (no such file)\n- resources of the source set: "
                + resources
                + " (no such file)\n- class output: ")
        .contains("(not read under kapt: kapt runs before the build copies resources there")
        .contains("\n- source path: ", "\n- class path: ")
        .doesNotContain("kaptStubs")
        .endsWith(
            "\nput the spec at com/example/api/s.yaml in src/main/resources (Maven, Eclipse, kapt),"
                + " or next to the source of FieldApi (javac, Gradle, kapt); a path in @StatusSpec"
                + " without a leading '/' is relative to the interface's package");
  }

  @Test
  void metadataThatDoesNotListTheInterfaceIsNamedInTheList() throws IOException {
    Path stub =
        stub(
            "src/main/kotlin/com/example/api/FieldApi.kt", "com.example.api", "FieldApi", "s.yaml");
    metadata(stub, 1, "com/example/api/Other", "/elsewhere/Other.kt", false);
    write("src/main/resources/com/example/api/s.yaml", SPEC);

    assertThat(onlyError(kapt()))
        .contains(
            "\n- next to the Kotlin source of FieldApi (kapt's metadata does not say which file it"
                + " is: IOException: ")
        .contains("does not list com/example/api/FieldApi)");
  }

  @Test
  void nestedInterfaceIsLookedUpByItsBinaryName() throws IOException {
    Path kt = project.resolve("src/main/kotlin/com/example/api/Outer.kt");
    write("src/main/kotlin/com/example/api/Outer.kt", "// the Kotlin source");
    Path stub =
        write(
            "target/kaptStubs/compile/com/example/api/Outer.java",
            "package com.example.api;\npublic final class Outer {\n"
                + "  @dev.statusspec.StatusSpec(\"s.yaml\")\n  public interface NestedApi {}\n}\n");
    metadata(stub, 1, "com/example/api/Outer$NestedApi", kt.toString(), false);
    write("src/main/resources/com/example/api/s.yaml", SPEC);

    assertThat(kapt().errors()).isEmpty();
    assertThat(generated("com/example/api/NestedApiStatus.java")).contains("OK");
  }

  @Test
  void otherFormatVersionOrRelativePathIsRefusedNotGuessed() throws IOException {
    Path stub = project.resolve("Api.java");
    metadata(stub, 2, "Api", "/Api.kt", false);
    assertThat(failure(stub, "Api")).contains("has format version 2, not 1");

    metadata(stub, 1, "Api", "Api.kt", true);
    assertThat(failure(stub, "Api")).contains("gives the Kotlin source as a relative path: Api.kt");

    Files.write(KaptStubs.metadataOf(stub), new byte[] {1, 2, 3});
    assertThat(failure(stub, "Api")).isNotEmpty();
  }

  @Test
  void sourceRootIsAbovePackageFoldersElseTheNearestKotlinOrJavaFolder() {
    Path base = Path.of("/p/src/main");
    assertThat(SpecLocator.sourceRoot(base.resolve("kotlin/com/example"), "com.example"))
        .contains(base.resolve("kotlin"));
    assertThat(SpecLocator.sourceRoot(base.resolve("kotlin/example"), "com.example"))
        .contains(base.resolve("kotlin"));
    assertThat(SpecLocator.sourceRoot(base.resolve("java"), "")).contains(base.resolve("java"));
    assertThat(SpecLocator.sourceRoot(Path.of("/p/sources/x"), "com.example")).isEmpty();
  }

  private static String failure(Path stub, String binaryName) {
    try {
      KaptStubs.kotlinSource(stub, binaryName);
      throw new AssertionError("read " + KaptStubs.metadataOf(stub));
    } catch (IOException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /**
   * Writes the Kotlin file at {@code kotlinFile}, the Java stub kapt would make of it, and the
   * metadata beside the stub; returns the stub.
   */
  private Path stub(String kotlinFile, String packageName, String name, String specPath)
      throws IOException {
    Path kt = write(kotlinFile, "package " + packageName + "\n// the Kotlin source\n");
    Path stub =
        write(
            "target/kaptStubs/compile/" + packageName.replace('.', '/') + "/" + name + ".java",
            "package "
                + packageName
                + ";\n\n@dev.statusspec.StatusSpec(value = \""
                + specPath
                + "\")\npublic abstract interface "
                + name
                + " {\n}\n");
    metadata(stub, 1, packageName.replace('.', '/') + "/" + name, kt.toString(), false);
    return stub;
  }

  /** kapt's metadata beside {@code stub}: one class, then an empty table of signatures. */
  private static void metadata(
      Path stub, int version, String binaryName, String kotlinFile, boolean relative)
      throws IOException {
    try (OutputStream file = Files.newOutputStream(KaptStubs.metadataOf(stub));
        ObjectOutputStream out = new ObjectOutputStream(file)) {
      out.writeInt(version);
      out.writeInt(1);
      out.writeUTF(binaryName);
      out.writeUTF(kotlinFile);
      out.writeBoolean(relative);
      out.writeInt(59);
      out.writeInt(0);
    }
  }

  private Path write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private String generated(String relative) throws IOException {
    return Files.readString(project.resolve("target/generated-sources/kapt/compile/" + relative));
  }

  /**
   * What a javac run did.
   *
   * @param diagnostics every diagnostic
   * @param output javac's other output
   */
  private record Run(List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {
    List<String> errors() {
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(d.getMessage(Locale.ROOT));
        }
      }
      return errors;
    }
  }

  /** The only error, its lines without the indentation javac gives a message's later lines. */
  private static String onlyError(Run run) {
    assertThat(run.errors()).as("%s", run).hasSize(1);
    return run.errors().get(0).replaceAll("\n +", "\n");
  }

  /** javac with the options kapt gives it, over every stub. */
  private Run kapt() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    Path sources =
        Files.createDirectories(project.resolve("target/generated-sources/kapt/compile"));
    List<Path> stubs;
    try (var files = Files.walk(project.resolve("target/kaptStubs"))) {
      stubs = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              output,
              files,
              diagnostics,
              List.of(
                  "-proc:only",
                  "-A"
                      + SpecLocator.KAPT_OPTION
                      + "="
                      + project.resolve("target/generated-sources/kaptKotlin/compile"),
                  "--class-path",
                  ProcessorPath.annotations().toString(),
                  "-s",
                  sources.toString(),
                  "-d",
                  classes.toString(),
                  "-encoding",
                  "UTF-8"),
              null,
              files.getJavaFileObjectsFromPaths(stubs));
      task.setProcessors(List.of(new StatusSpecProcessor()));
      task.call();
    }
    return new Run(diagnostics.getDiagnostics(), output.toString());
  }
}
