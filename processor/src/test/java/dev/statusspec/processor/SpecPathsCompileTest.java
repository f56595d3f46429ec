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

  private static final String SPEC =
      """
      statuses:
        - code: 200
          name: OK
        - code: 404
          nmae: Not Found
          name: Not Found
      """;

  private static final String API =
      """
      package com.example;

      @dev.statusspec.StatusSpec("statuses.yaml")
      public interface Api {}
      """;

  private static final String UNKNOWN_KEY =
      "[statusspec:unknown-key] %s:5:5: unknown key 'nmae' (did you mean 'name'?); the keys allowed"
          + " here are: code, name, id, description, errorCode, retryable, deprecated, exception,"
          + " type";

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
        "# filtered\n" + SPEC.replace("\n  - code: 200\n    name: OK", ""),
        StandardCharsets.UTF_8);
    assertThat(javac(project))
        .containsExactly(
            UNKNOWN_KEY
                .formatted(shown(project.resolve("target/classes/com/example/statuses.yaml")))
                .replace(":5:5:", ":4:5:"));
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

  @Test
  void aNearMissInAFolderLookedInIsSuggested() {
    Compilation compilation =
        Fixture.spec(SPEC.replace("  nmae: Not Found\n", ""))
            .named("payments-api-statuses.yaml")
            .withInterface("com.example.Api", API.replace("statuses.yaml", "payment-api-statuses.yaml"))
            .compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation)).hasSize(1);
    assertThat(messages(compilation).get(0))
        .startsWith(
            "[statusspec:spec-not-found] payment-api-statuses.yaml: cannot find the status spec"
                + " com/example/payment-api-statuses.yaml (did you mean"
                + " 'payments-api-statuses.yaml'? it is in target/fixture/com/example); looked in:");
  }

  @Test
  void aFileOfThatNameInTheRootIsShownWithThePathToWrite() {
    Compilation compilation =
        Fixture.spec(SPEC.replace("  nmae: Not Found\n", "")).named("../../statuses.yaml").compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation).get(0))
        .startsWith(
            "[statusspec:spec-not-found] statuses.yaml: cannot find the status spec"
                + " com/example/statuses.yaml (a file of that name is at"
                + " target/fixture/statuses.yaml: to use it, write the path \"/statuses.yaml\" in"
                + " @StatusSpec); looked in:");
  }

  @Test
  void aFileOfThatNameInAnotherPackagesFolderIsShownWithThePathToWrite() throws Exception {
    Compilation compilation =
        Fixture.spec(SPEC.replace("  nmae: Not Found\n", ""))
            .named("../payments/statuses.yaml")
            .compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation).get(0))
        .startsWith(
            "[statusspec:spec-not-found] statuses.yaml: cannot find the status spec"
                + " com/example/statuses.yaml (a file of that name is at"
                + " target/fixture/com/payments/statuses.yaml: to use it, write the path"
                + " \"/com/payments/statuses.yaml\" in @StatusSpec); looked in:");

    // ecj, with the spec on its source path: the same, with the temporary folder's absolute path.
    SourceTree tree = SourceTree.in(temp);
    Path spec = tree.src().resolve("com/payments/statuses.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
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
  void nothingCloseIsNothingSaid() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withInterface("com.example.Api", API.replace("statuses.yaml", "errors.yaml"))
            .compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation).get(0))
        .startsWith(
            "[statusspec:spec-not-found] errors.yaml: cannot find the status spec"
                + " com/example/errors.yaml; looked in:");
  }

  /** A project folder below the working directory, emptied, with Maven's layout and the copy. */
  private static Path project(String name) throws IOException {
    Path project = Path.of("").toAbsolutePath().resolve("target").resolve(name);
    if (Files.exists(project)) {
      try (Stream<Path> old = Files.walk(project)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Path java = project.resolve("src/main/java/com/example/Api.java");
    Path resource = project.resolve("src/main/resources/com/example/statuses.yaml");
    Path copy = project.resolve("target/classes/com/example/statuses.yaml");
    for (Path file : List.of(java, resource, copy)) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(java, API, StandardCharsets.UTF_8);
    Files.writeString(resource, SPEC, StandardCharsets.UTF_8);
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
