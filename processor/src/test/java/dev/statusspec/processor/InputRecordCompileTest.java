package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.model.Input;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.LateTypesProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The record of the files read for each annotated interface ({@code
 * META-INF/statusspec/inputs/<package>/<interface>.inputs}), which the Maven plugin compares with
 * the files before the next compilation: its exact text for a spec and a baseline, the OpenAPI
 * document compared, the name of a nested interface's record and class file, and one record for an
 * interface deferred to a later round.
 */
class InputRecordCompileTest {

  private static final String SPEC =
      "statuses:\n  - code: 200\n    name: OK\n  - code: 404\n    name: Not Found\n";

  private static final String BASELINE = "statuses:\n  - code: 200\n    name: OK\n";

  private static String sha256(String text) {
    return Input.sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String record(Compilation compilation, String path) {
    try {
      return compilation
          .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/statusspec/inputs/" + path)
          .orElseThrow(() -> new AssertionError("no record " + path))
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> records(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .map(JavaFileObject::toUri)
        .map(uri -> uri.getPath())
        .filter(path -> path.contains("/META-INF/statusspec/inputs/"))
        .toList();
  }

  @Test
  void theSpecAndTheBaselineWithTheirPlacesAndHashes() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withFile("released/statuses.yaml", BASELINE)
            .withInterface(
                "com.example.Api",
                "package com.example;\n\n@dev.statusspec.StatusSpec(value = \"statuses.yaml\","
                    + " baseline = \"released/statuses.yaml\")\npublic interface Api {}\n")
            .compile();

    assertThat(compilation).succeeded();
    assertThat(record(compilation, "com/example/Api.inputs"))
        .isEqualTo(
            "# The files read to generate the code of com.example.Api, with their SHA-256.\n"
                + "# statusspec-maven-plugin compiles the module again when one has changed.\n"
                + "format 1\n"
                + "type com.example.Api com/example/Api.class\n"
                + "input spec source-path "
                + sha256(SPEC)
                + " com/example/statuses.yaml\n"
                + "input baseline source-path "
                + sha256(BASELINE)
                + " com/example/released/statuses.yaml\n");
  }

  @Test
  void theOpenApiDocumentComparedIsRecordedToo() {
    String document = "openapi: 3.1.0\ninfo: {title: Api, version: '1'}\npaths: {}\n";
    Compilation compilation =
        Fixture.spec(SPEC)
            .withFile("openapi.yaml", document)
            .withInterface(
                "com.example.Api",
                "package com.example;\n\n@dev.statusspec.StatusSpec(value = \"statuses.yaml\","
                    + " openapi = \"openapi.yaml\")\npublic interface Api {}\n")
            .compile();

    assertThat(compilation).succeeded();
    assertThat(record(compilation, "com/example/Api.inputs"))
        .endsWith(
            "input spec source-path "
                + sha256(SPEC)
                + " com/example/statuses.yaml\n"
                + "input openapi source-path "
                + sha256(document)
                + " com/example/openapi.yaml\n");
  }

  @Test
  void aNestedInterfaceIsRecordedByItsBinaryNameWithItsTopLevelClassFile() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withInterface(
                "com.example.Outer",
                "package com.example;\n\npublic class Outer {\n"
                    + "  @dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "  public interface Api {}\n}\n")
            .compile();

    assertThat(compilation).succeeded();
    assertThat(record(compilation, "com/example/Outer$Api.inputs"))
        .contains("type com.example.Outer.Api com/example/Outer.class\n");
  }

  @Test
  void anInterfaceDeferredToALaterRoundIsRecordedOnce() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withInterface(
                "com.example.Api",
                "package com.example;\n\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "public interface Api extends "
                    + LateTypesProcessor.LATER
                    + " {}\n")
            .withProcessor(new LateTypesProcessor())
            .compile();

    assertThat(compilation).succeeded();
    assertThat(records(compilation)).hasSize(1);
    assertThat(record(compilation, "com/example/Api.inputs"))
        .contains("input spec source-path " + sha256(SPEC) + " com/example/statuses.yaml\n");
  }
}
