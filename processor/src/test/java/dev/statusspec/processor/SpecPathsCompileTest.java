package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Ecj;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a compilation's diagnostics name the spec: by a path a terminal and an IDE's console open,
 * relative to the working directory when the spec is below it; the source file in {@code
 * src/main/resources} when javac read Maven's copy of it; and, when it is not found, a file of
 * almost that name in a folder looked in, or of that name in another folder of a root. Under javac
 * and ecj.
 */
class SpecPathsCompileTest {

  private static final String VALID =
      """
      statuses:
        - code: 200
          name: OK
        - code: 404
          name: Not Found
      """;

  private static final String SPEC =
      VALID.replace("Not Found\n", "Not Found\n    descripton: Gone.\n");

  private static final String API =
      """
      package com.example;

      @dev.statusspec.StatusSpec("statuses.yaml")
      public interface Api {}
      """;

  private static final String UNKNOWN_KEY =
      "[statusspec:unknown-key] %s:6:5: unknown key 'descripton' (did you mean 'description'?); the"
          + " keys allowed here are: code, name, id, description, errorCode, retryable, deprecated,"
          + " exception, type, grpc";

  @TempDir Path temp;

  /** The fixture's spec is below the working directory: its path is relative. */
  @Test
  void aSpecBelowTheWorkingDirectoryIsNamedRelativeToIt() {
    Compilation compilation = Fixture.spec(SPEC).compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation))
        .containsExactly(UNKNOWN_KEY.formatted("target/fixture/com/example/statuses.yaml"));
  }

  /**
   * Maven's layout, compiled as Maven's compiler plugin does (resources copied to the class output,
   * which is on the class path; {@code -sourcepath src/main/java}): javac read the copy, the
   * message names the file to edit, in {@code src/main/resources}. When the copy differs (Maven's
   * resource filtering), it names the copy: its lines are the ones the message gives.
   */
  @Test
  void javacNamesTheResourceMavenCopied() throws IOException {
    Path project = project("maven-layout");
    assertThat(javac(project))
        .containsExactly(
            UNKNOWN_KEY.formatted(
                shown(project.resolve("src/main/resources/com/example/statuses.yaml"))));

    Files.writeString(
        project.resolve("target/classes/com/example/statuses.yaml"),
        "# filtered\n" + SPEC.replace("  - code: 200\n    name: OK\n", ""),
        StandardCharsets.UTF_8);
    assertThat(javac(project))
        .containsExactly(
            UNKNOWN_KEY
                .formatted(shown(project.resolve("target/classes/com/example/statuses.yaml")))
                .replace(":6:5:", ":5:5:"));
  }

  /** ecj gives no source file to look next to: it names the file it read, by the same rule. */
  @Test
  void ecjNamesTheFileItRead() throws Exception {
    SourceTree tree = SourceTree.in(temp);
    Path spec = tree.src().resolve("com/example/statuses.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
    tree.withSource("com.example.Api", API);
    Ecj.Result ecj = Ecj.compile(tree, ProcessorPath.annotations().toString(), true);
    assertThat(ecj.compiled()).isFalse();
    // The temporary folder is not below the working directory: the path is absolute.
    assertThat(ecj.output()).contains(UNKNOWN_KEY.formatted(spec.toString()));
  }

  /**
   * Maven's layout, the annotation naming {@code payment-api-statuses.yaml}: the folder of {@code
   * src/main/resources} looked in has {@code payments-api-statuses.yaml}.
   */
  @Test
  void aNearMissInAFolderLookedInIsSuggested() throws IOException {
    Path project =
        project(
            "near-miss",
            API.replace("statuses.yaml", "payment-api-statuses.yaml"),
            "com/example/payments-api-statuses.yaml");
    List<String> errors = javac(project);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0))
        .startsWith(
            "[statusspec:spec-not-found] payment-api-statuses.yaml: cannot find the status spec"
                + " com/example/payment-api-statuses.yaml (did you mean"
                + " 'payments-api-statuses.yaml'? it is in "
                + shown(project.resolve("src/main/resources/com/example"))
                + "); looked in:");
  }

  @Test
  void aFileOfThatNameInTheRootIsShownWithThePathToWrite() throws IOException {
    Path project = project("in-root", API, "statuses.yaml");
    assertThat(javac(project).get(0))
        .startsWith(
            "[statusspec:spec-not-found] statuses.yaml: cannot find the status spec"
                + " com/example/statuses.yaml (a file of that name is at "
                + shown(project.resolve("src/main/resources/statuses.yaml"))
                + ": to use it, write the path \"/statuses.yaml\" in @StatusSpec); looked in:");
  }

  @Test
  void aFileOfThatNameInAnotherPackagesFolderIsShownWithThePathToWrite() throws Exception {
    Path project = project("other-package", API, "com/payments/statuses.yaml");
    assertThat(javac(project).get(0))
        .startsWith(
            "[statusspec:spec-not-found] statuses.yaml: cannot find the status spec"
                + " com/example/statuses.yaml (a file of that name is at "
                + shown(project.resolve("src/main/resources/com/payments/statuses.yaml"))
                + ": to use it, write the path \"/com/payments/statuses.yaml\" in @StatusSpec);"
                + " looked in:");

    // ecj, with the spec on its source path.
    SourceTree tree = SourceTree.in(temp);
    Path spec = tree.src().resolve("com/payments/statuses.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, VALID, StandardCharsets.UTF_8);
    tree.withSource("com.example.Api", API);
    Ecj.Result ecj = Ecj.compile(tree, ProcessorPath.annotations().toString(), true);
    assertThat(ecj.compiled()).isFalse();
    assertThat(ecj.output())
        .contains(
            "[statusspec:spec-not-found] statuses.yaml: cannot find the status spec"
                + " com/example/statuses.yaml (a file of that name is at "
                + spec
                + ": to use it, write the path \"/com/payments/statuses.yaml\" in @StatusSpec);"
                + " looked in:");
  }

  @Test
  void nothingCloseIsNothingSaid() throws IOException {
    Path project =
        project(
            "nothing-close",
            API.replace("statuses.yaml", "errors.yaml"),
            "com/example/statuses.yaml");
    assertThat(javac(project).get(0))
        .startsWith(
            "[statusspec:spec-not-found] errors.yaml: cannot find the status spec"
                + " com/example/errors.yaml; looked in:");
  }

  /** A project folder below the working directory, emptied, with Maven's layout and the copy. */
  private static Path project(String name) throws IOException {
    return project(name, API, "com/example/statuses.yaml");
  }

  /**
   * A project folder below the working directory, emptied, with Maven's layout: {@code api} as
   * {@code com.example.Api}, and the spec at {@code resource} in {@code src/main/resources} and in
   * Maven's copy of it, {@code target/classes}.
   */
  private static Path project(String name, String api, String resource) throws IOException {
    Path project = Path.of("").toAbsolutePath().resolve("target").resolve(name);
    if (Files.exists(project)) {
      try (Stream<Path> old = Files.walk(project)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Path java = project.resolve("src/main/java/com/example/Api.java");
    Path spec = project.resolve("src/main/resources").resolve(resource);
    Path copy = project.resolve("target/classes").resolve(resource);
    for (Path file : List.of(java, spec, copy)) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(java, api, StandardCharsets.UTF_8);
    Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
    Files.writeString(copy, SPEC, StandardCharsets.UTF_8);
    return project;
  }

  /** javac on {@code project}, as Maven runs it; the errors' messages. */
  private static List<String> javac(Path project) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = project.resolve("target/classes");
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> options =
          List.of(
              "-d",
              classes.toString(),
              "-s",
              Files.createDirectories(project.resolve("target/generated-sources/annotations"))
                  .toString(),
              "-cp",
              classes + File.pathSeparator + ProcessorPath.annotations(),
              "-sourcepath",
              project.resolve("src/main/java").toString());
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(),
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjects(project.resolve("src/main/java/com/example/Api.java")));
      task.setProcessors(List.of(new StatusSpecProcessor()));
      assertThat(task.call()).isFalse();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  private static String shown(Path file) {
    return Path.of("").toAbsolutePath().relativize(file).toString();
  }

  private static List<String> messages(Compilation compilation) {
    return compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }
}
