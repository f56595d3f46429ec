package dev.statusspec.processor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.cli.MainTest.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents that are not readable OpenAPI, many of them made to hurt a parser: each ends with a
 * message naming the file (with its line and column where there is one), exit status 2, nothing on
 * standard output and no stack trace ({@link MainTest#run} checks the last).
 */
class HostileDocumentTest {

  @TempDir Path dir;

  private Run refused(byte[] bytes) throws IOException {
    Path file = dir.resolve("hostile.yaml");
    Files.write(file, bytes);
    Run run = MainTest.run("init", "--from-openapi", file.toString());
    assertThat(run.status()).as(run.err()).isEqualTo(Main.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(file.toString());
    return run;
  }

  private Run refused(String text) throws IOException {
    return refused(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aliasBomb() throws IOException {
    StringBuilder yaml = new StringBuilder("openapi: 3.0.0\na0: &a0 [lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("paths: {}\n");
    Run run = refused(yaml.toString());
    assertThat(run.err()).containsPattern(":[0-9]+:[0-9]+: ").contains("alias");
  }

  @Test
  void fiftyMegabytes() throws IOException {
    Path file = dir.resolve("big.yaml");
    byte[] line =
        "# padding padding padding padding padding padding padding padding\n"
            .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("openapi: 3.0.0\npaths: {}\n".getBytes(StandardCharsets.US_ASCII));
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Run run = MainTest.run("init", "--from-openapi", file.toString());
    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(file.toString()).contains("bytes");
  }

  @Test
  void deepNestingInJson() throws IOException {
    refused("[".repeat(100_000) + "]".repeat(100_000));
    refused(
        "{\"openapi\": \"3.0.0\", \"paths\": "
            + "{\"a\": ".repeat(50_000)
            + "1"
            + "}".repeat(50_001));
  }

  @Test
  void deepNestingInYaml() throws IOException {
    refused("openapi: 3.0.0\npaths: " + "{a: ".repeat(50_000) + "1" + "}".repeat(50_000) + "\n");
    StringBuilder block = new StringBuilder("openapi: 3.0.0\npaths:\n");
    for (int i = 0; i < 2_000; i++) {
      block.append(" ".repeat(i + 1)).append("k").append(i).append(":\n");
    }
    refused(block.toString());
  }

  @Test
  void keysThatAreNotTexts() throws IOException {
    refused("openapi: 3.0.0\n? [a, b]\n: c\npaths: {}\n");
    refused("openapi: 3.0.0\npaths:\n  ? {x: 1}\n  : {}\n");
  }

  @Test
  void notUtf8NotYamlNotOpenApi() throws IOException {
    refused(new byte[] {'o', 'p', (byte) 0xff, (byte) 0xfe, '\n'});
    refused("");
    refused("openapi: 3.0.0\npaths: [unclosed\n");
    refused("swagger: '2.0'\npaths: {}\n");
    refused("openapi: 3.0.0\npaths:\n  /x:\n    get:\n      responses: nope\n");
    refused("- just\n- a list\n");
    refused("openapi: 3.0.0\n---\nopenapi: 3.0.0\n");
    refused("openapi: 3.0.0\nopenapi: 3.1.0\npaths: {}\n");
    byte[] garbage = new byte[4096];
    new java.util.SplittableRandom(22).nextBytes(garbage);
    refused(garbage);
  }
}
