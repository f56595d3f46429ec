package dev.statusspec.processor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.testing.DraftSpecs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line, run in-process: its arguments, where the draft goes, its exit statuses, and
 * what it says about a document it cannot read (a message naming the file, exit status 2, nothing
 * on standard output, never a stack trace).
 */
class MainTest {

  static final String DOCUMENT =
      """
      openapi: 3.0.3
      info: {title: Orders, version: '1.0'}
      paths:
        /orders:
          post:
            operationId: place-order
            responses:
              '201': {description: Placed}
              '409':
                $ref: '#/components/responses/Conflict'
              default: {description: Anything else}
      components:
        responses:
          Conflict:
            description: The order conflicts
            content:
              application/problem+json:
                schema:
                  type: object
                  properties:
                    status: {enum: [409]}
                    errorCode: {enum: [out_of_stock, duplicate]}
      """;

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, out, errStream);
    }
    Run run =
        new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertThat(run.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception:");
    return run;
  }

  private Path document(String text) throws IOException {
    Path file = dir.resolve("openapi.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void draftsToStandardOutput() throws IOException {
    Path file = document(DOCUMENT);

    Run run = run("init", "--from-openapi", file.toString(), "--name", "Orders");

    assertThat(run.status()).isEqualTo(Main.OK);
    Spec spec = DraftSpecs.valid(run.out());
    assertThat(spec.name()).contains("Orders");
    assertThat(spec.statuses())
        .extracting(Status::id)
        .containsExactly("CREATED", "OUT_OF_STOCK", "DUPLICATE");
    assertThat(spec.operations().get(0).name()).isEqualTo("placeOrder");
    assertThat(spec.operations().get(0).wireId()).isEqualTo("place-order");
    assertThat(run.out())
        .startsWith("# Drafted by statusspec from openapi.yaml (OpenAPI 3.0.3).\n")
        .contains("# Responses under 'default' draft nothing: they name no single status code.\n");
    assertThat(run.err())
        .isEqualTo("statusspec: drafted 3 statuses and 1 operation from " + file + "\n");
  }

  @Test
  void aRefThatCannotBeFollowedIsSaidAndTheRestDrafted() throws IOException {
    Path file =
        document(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n"
                + "      operationId: getX\n      responses:\n        '200': {description: OK}\n"
                + "        '404':\n          $ref: 'common.yaml#/components/responses/NotFound'\n");

    Run run = run("init", "--from-openapi", file.toString());

    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(DraftSpecs.valid(run.out()).operations().get(0).ids())
        .containsExactly("OK", "NOT_FOUND");
    assertThat(run.out())
        .contains(
            "# 1 $ref(s) of the document could not be followed (the first:"
                + " common.yaml#/components/responses/NotFound at line 10): what they lead to is"
                + " not drafted.\n");
    assertThat(run.err())
        .startsWith(
            "statusspec: the check will report this $ref of the document; bundle the document or"
                + " fix it: [statusspec:openapi-ref-unresolved] "
                + file
                + ":10:")
        .endsWith("statusspec: drafted 2 statuses and 1 operation from " + file + "\n");
  }

  @Test
  void theEqualsFormOfOptionsAndNoName() throws IOException {
    Path file = document(DOCUMENT);
    Run run = run("init", "--from-openapi=" + file);
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(DraftSpecs.valid(run.out()).name()).isEmpty();
    assertThat(run.out()).contains("# No name: the generated types take the annotated interface's");
  }

  @Test
  void helpGoesToStandardOutput() {
    for (String[] args :
        new String[][] {
          {"--help"}, {"-h"}, {"help"}, {"init", "--help"}, {"init", "-o", "x", "-h"}
        }) {
      Run run = run(args);
      assertThat(run.status()).as(Arrays.toString(args)).isEqualTo(Main.OK);
      assertThat(run.out()).isEqualTo(Main.USAGE_TEXT);
      assertThat(run.err()).isEmpty();
    }
    assertThat(Main.USAGE_TEXT)
        .startsWith(
            "Usage: java -jar statusspec-processor-<version>.jar init --from-openapi FILE [--name"
                + " P] [-o FILE [--force]]\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "|no command given",
        "draft|unknown command 'draft'; the command is 'init'",
        "init|--from-openapi FILE is required",
        "init --from-openapi|--from-openapi needs a value",
        "init --from-openapi --name|--from-openapi needs a value",
        "init --from-openapi a.yaml --from-openapi b.yaml|--from-openapi is given twice",
        "init --from-openapi a.yaml -o x.yaml --output y.yaml|-o is given twice",
        "init --from-openapi a.yaml --force|--force only makes sense with -o FILE",
        "init --from-openapi a.yaml --force=yes -o x|--force takes no value",
        "init --from-openapi a.yaml --verbose|unknown option '--verbose'",
        "init --from-openapi a.yaml b.yaml|unexpected argument 'b.yaml'",
        "init --from-openapi a.yaml --name field-api|--name 'field-api' cannot prefix Java type"
            + " names: it takes an upper-case ASCII letter, then ASCII letters and digits; did you"
            + " mean FieldApi?",
        "init --from-openapi a.yaml --name=|--name '' cannot prefix Java type names",
        "init --from-openapi=|--from-openapi needs a value",
      })
  void usageErrors(String line, String message) {
    String[] args = line == null ? new String[0] : line.split(" ");

    Run run = run(args);

    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("statusspec: " + message)
        .endsWith("\nRun with --help for the usage.\n");
  }

  @Test
  void writesANewFileWithDashO() throws IOException {
    Path file = document(DOCUMENT);
    Path spec = dir.resolve("statuses.yaml");

    Run run = run("init", "--from-openapi", file.toString(), "-o", spec.toString());

    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).endsWith(" into " + spec + "\n");
    DraftSpecs.valid(Files.readString(spec));
  }

  @Test
  void neverReplacesAFileWithoutForce() throws IOException {
    Path file = document(DOCUMENT);
    Path spec = dir.resolve("statuses.yaml");
    Files.writeString(spec, "mine\n");

    Run run = run("init", "--from-openapi", file.toString(), "-o", spec.toString());

    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("statusspec: " + spec + " exists; add --force to replace it\n");
    assertThat(Files.readString(spec)).isEqualTo("mine\n");

    Run forced = run("init", "--from-openapi", file.toString(), "-o", spec.toString(), "--force");

    assertThat(forced.status()).isEqualTo(Main.OK);
    DraftSpecs.valid(Files.readString(spec));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary file left")
          .containsExactlyInAnyOrder("openapi.yaml", "statuses.yaml");
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsExitStatusOne() throws IOException {
    Path file = document(DOCUMENT);
    Path spec = dir.resolve("missing/folder/statuses.yaml");

    Run run = run("init", "--from-openapi", file.toString(), "-o", spec.toString());

    assertThat(run.status()).isEqualTo(Main.WRITE_FAILED);
    assertThat(run.err())
        .isEqualTo("statusspec: " + spec + " could not be written: no such file or folder\n");
    assertThat(Files.exists(spec)).isFalse();
  }

  @Test
  void aStandardOutputThatFailsIsExitStatusOne() throws IOException {
    Path file = document(DOCUMENT);
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        Main.run(
            new String[] {"init", "--from-openapi", file.toString()},
            broken,
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(Main.WRITE_FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("statusspec: standard output could not be written: Broken pipe\n");
  }

  @Test
  void aMissingFileOrAFolder() {
    Path missing = dir.resolve("nope.yaml");
    Run run = run("init", "--from-openapi", missing.toString());
    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("statusspec: " + missing + ": no such file\n");

    Run folder = run("init", "--from-openapi", dir.toString());
    assertThat(folder.status()).isEqualTo(Main.USAGE);
    assertThat(folder.err())
        .isEqualTo("statusspec: " + dir + " is a directory, not an OpenAPI document\n");
  }

  @Test
  void aDocumentWithNothingToDraft() throws IOException {
    Path file =
        document(
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n"
                + "      operationId: x\n      responses:\n        default: {description: any}\n");

    Run run = run("init", "--from-openapi", file.toString());

    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "statusspec: "
                + file
                + ": nothing to draft: no operation of the document documents an explicit status"
                + " code (like 200 or 404)\n");
  }
}
