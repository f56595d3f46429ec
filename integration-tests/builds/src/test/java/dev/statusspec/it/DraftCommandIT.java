package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed processor jar as a command: {@code java -jar statusspec-processor-<v>.jar init
 * --from-openapi FILE} drafts a spec, and the same jar, on javac's processor path, compiles the
 * draft with the document as {@code openapi=} under {@code -Xlint:all -Werror}: the manifest's
 * Main-Class works and takes nothing from the processor.
 */
class DraftCommandIT {

  private static final String DOCUMENT =
      """
      openapi: 3.1.0
      info: {title: Orders, version: '1.0'}
      paths:
        /orders:
          post:
            operationId: place-order
            responses:
              '201': {description: Placed}
              '409':
                $ref: '#/components/responses/Conflict'
              '503': {description: Try later}
        /orders/{id}:
          get:
            operationId: getOrder
            responses:
              '200': {description: The order}
              '404': {description: No such order}
      components:
        schemas:
          Problem:
            type: object
            properties:
              type: {type: string}
              status: {type: integer}
              errorCode: {type: string}
        responses:
          Conflict:
            description: The order conflicts with the stock
            content:
              application/problem+json:
                schema:
                  allOf:
                    - $ref: '#/components/schemas/Problem'
                    - properties:
                        status: {const: 409}
                        errorCode: {enum: [out_of_stock, duplicate_order]}
      """;

  /** What the command printed and returned. */
  private record Result(int status, String out, String err) {}

  @TempDir Path dir;

  @Test
  void theManifestNamesTheCommand() throws IOException {
    try (JarFile jar = new JarFile(processorJar().toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("dev.statusspec.processor.cli.Main");
    }
  }

  @Test
  void draftsASpecThatJavacCompilesWithTheDocument() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/com/example"));
    Path document = Files.writeString(src.resolve("openapi.yaml"), DOCUMENT);

    Result result =
        java(
            "-jar",
            processorJar().toString(),
            "init",
            "--from-openapi",
            document.toString(),
            "--name",
            "Orders",
            "-o",
            src.resolve("statuses.yaml").toString());

    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("statusspec: drafted 6 statuses and 2 operations from ");
    String spec = Files.readString(src.resolve("statuses.yaml"));
    assertThat(spec)
        .contains("name: Orders\n")
        .contains("    errorCode: out_of_stock\n")
        .contains("  placeOrder:\n    operationId: place-order\n");

    Files.writeString(
        src.resolve("Orders.java"),
        "package com.example;\n@dev.statusspec.StatusSpec(value = \"statuses.yaml\","
            + " openapi = \"openapi.yaml\")\npublic interface Orders {}\n");
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int javac =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                output,
                output,
                "-Xlint:all",
                "-Werror",
                "-cp",
                installed("statusspec-annotations").toString(),
                "-processorpath",
                processorJar().toString(),
                "-sourcepath",
                dir.resolve("src").toString(),
                "-d",
                Files.createDirectories(dir.resolve("out")).toString(),
                src.resolve("Orders.java").toString());
    assertThat(javac).as("javac: %s", output.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(dir.resolve("out/com/example/OrdersPlaceOrderHandler.class")).exists();
  }

  @Test
  void anUnreadableDocumentIsExitStatusTwoAndNothingOnStandardOutput() throws Exception {
    Path document = Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.1.0\npaths: [\n");

    Result result =
        java("-jar", processorJar().toString(), "init", "--from-openapi", document.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains(document.toString()).doesNotContain("\tat ");
  }

  @Test
  void helpAndUsageErrors() throws Exception {
    Result help = java("-jar", processorJar().toString(), "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("Usage: java -jar statusspec-processor-<version>.jar init");

    Result none = java("-jar", processorJar().toString());
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err())
        .isEqualTo("statusspec: no command given\nRun with --help for the usage.\n");
  }

  private Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar did not end within 2 minutes: " + command);
    }
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static Path processorJar() {
    return installed("statusspec-processor");
  }

  /** A dev.statusspec artifact's jar as invoker:install put it in target/local-repo. */
  private static Path installed(String artifactId) {
    String version = System.getProperty("statusspec.version");
    Path file =
        MavenProject.property("statusspec.it.localRepo")
            .resolve("dev/statusspec/" + artifactId + "/" + version)
            .resolve(artifactId + "-" + version + ".jar");
    assertThat(file).exists();
    return file;
  }
}
