package dev.statusspec.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records the processor writes are the records this plugin reads: javac runs the processor as
 * Maven's compiler plugin does (resources copied to the class output, a source path), and the
 * plugin's check reads the record it left, compares it with the files, and sees an edit.
 */
class InputRecordContractTest {

  private static final String SPEC =
      "statuses:\n  - code: 200\n    name: OK\n  - code: 404\n    name: Not Found\n";

  @TempDir Path project;

  @Test
  void theProcessorRecordsTheSpecAndTheBaselineAsThisPluginReadsThem() throws IOException {
    write(
        "src/main/java/com/example/api/Api.java",
        "package com.example.api;\n\n"
            + "@dev.statusspec.StatusSpec(value = \"api-statuses.yaml\", baseline ="
            + " \"/released/api-statuses.yaml\")\npublic interface Api {}\n");
    write("target/classes/com/example/api/api-statuses.yaml", SPEC);
    write("src/main/java/released/api-statuses.yaml", SPEC);

    compile();

    Path classes = project.resolve("target/classes");
    Path file = classes.resolve("META-INF/statusspec/inputs/com/example/api/Api.inputs");
    InputRecord record = InputRecord.read(file);
    assertThat(record.type()).isEqualTo("com.example.api.Api");
    assertThat(record.classFile()).isEqualTo("com/example/api/Api.class");
    assertThat(classes.resolve(record.classFile())).exists();
    assertThat(record.inputs())
        .extracting(InputRecord.Input::role, InputRecord.Input::place, InputRecord.Input::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "spec", InputRecord.Place.CLASS_OUTPUT, "com/example/api/api-statuses.yaml"),
            org.assertj.core.groups.Tuple.tuple(
                "baseline", InputRecord.Place.SOURCE_PATH, "released/api-statuses.yaml"));
    InputCheck check =
        new InputCheck(
            project,
            classes,
            List.of(project.resolve("src/main/java")),
            List.of(project.resolve("src/main/resources")),
            List.of(classes));
    assertThat(check.whyStale(record)).isEmpty();

    write("src/main/java/released/api-statuses.yaml", SPEC + "# released again\n");
    assertThat(check.whyStale(record))
        .hasValue("its baseline src/main/java/released/api-statuses.yaml has changed");
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** javac with the processor from this test's class path, as the compiler plugin runs it. */
  private void compile() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path sources = project.resolve("src/main/java");
    List<String> options =
        List.of(
            "-d",
            project.resolve("target/classes").toString(),
            "-s",
            Files.createDirectories(project.resolve("target/generated-sources")).toString(),
            "-sourcepath",
            sources.toString(),
            "-classpath",
            System.getProperty("java.class.path"),
            "-processorpath",
            System.getProperty("java.class.path"));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjects(sources.resolve("com/example/api/Api.java")))
              .call();
      assertThat(ok).as("%s", diagnostics.getDiagnostics()).isTrue();
    }
  }
}
