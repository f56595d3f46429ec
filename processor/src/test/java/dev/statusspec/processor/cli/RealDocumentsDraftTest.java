package dev.statusspec.processor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.cli.MainTest.Run;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.testing.DraftSpecs;
import dev.statusspec.processor.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real document under {@code src/test/resources/openapi/real/}: drafting it gives a valid
 * spec, and the draft compiled with the document as {@code openapi=} gives no diagnostic at all.
 */
class RealDocumentsDraftTest {

  static final Path REAL = Path.of("src/test/resources/openapi/real");

  static Stream<String> documents() throws IOException {
    try (Stream<Path> folders = Files.list(REAL)) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  /** The draft of the document in {@code folder}. */
  static String draft(String folder, String... more) {
    Path document = REAL.resolve(folder).resolve("openapi.yaml");
    String[] args =
        Stream.concat(Stream.of("init", "--from-openapi", document.toString()), Stream.of(more))
            .toArray(String[]::new);
    Run run = MainTest.run(args);
    assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
    return run.out();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void theDraftCompilesWithTheDocumentWithoutADiagnostic(String folder) throws IOException {
    assertThat(REAL.resolve(folder).resolve("LICENSE")).exists();
    String draft = draft(folder, "--name", "Api");
    DraftSpecs.valid(draft);

    Compilation compilation =
        compileWithDocument(draft, Files.readString(REAL.resolve(folder).resolve("openapi.yaml")));

    assertThat(compilation.status())
        .as("%s", messages(compilation))
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(messages(compilation)).isEmpty();
  }

  @Test
  void theCheckRunsOnTheseCompilations() throws IOException {
    String draft = draft("camara-sim-swap", "--name", "Api");
    String block = "      - QUOTA_EXCEEDED\n      - TOO_MANY_REQUESTS\n";
    int last = draft.lastIndexOf(block);
    assertThat(last).isGreaterThan(draft.indexOf(block));
    String planted = draft.substring(0, last) + draft.substring(last + block.length());

    Compilation compilation =
        compileWithDocument(
            planted, Files.readString(REAL.resolve("camara-sim-swap").resolve("openapi.yaml")));

    assertThat(messages(compilation))
        .singleElement()
        .asString()
        .startsWith("ERROR: [statusspec:openapi-response-extra] ");
  }

  @Test
  void theSameDocumentGivesTheSameDraft() {
    assertThat(draft("camara-quality-on-demand")).isEqualTo(draft("camara-quality-on-demand"));
  }

  @Test
  void simSwapPinsItsErrorCodesInTheMemberCode() {
    Spec spec = DraftSpecs.valid(draft("camara-sim-swap"));

    assertThat(spec.problem().errorCodeMember()).isEqualTo("code");
    assertThat(spec.statuses())
        .filteredOn(s -> s.code() == 400)
        .extracting(Status::errorCode)
        .containsExactly(Optional.of("INVALID_ARGUMENT"), Optional.of("OUT_OF_RANGE"));
    assertThat(spec.operations())
        .extracting(o -> o.name())
        .containsExactly("retrieveSimSwapDate", "checkSimSwap");
  }

  @Test
  void qualityOnDemandDraftsNoCallback() {
    Spec spec = DraftSpecs.valid(draft("camara-quality-on-demand"));
    assertThat(spec.operations())
        .extracting(o -> o.name())
        .containsExactly(
            "createSession",
            "getSession",
            "deleteSession",
            "extendQosSessionDuration",
            "retrieveSessionsByDevice");
    assertThat(spec.statuses())
        .extracting(Status::errorCode)
        .contains(Optional.of("QUALITY_ON_DEMAND.SESSION_EXTENSION_NOT_ALLOWED"));
  }

  @Test
  void museumDraftsNoWebhook() {
    Spec spec = DraftSpecs.valid(draft("redocly-museum"));
    assertThat(spec.operations()).extracting(o -> o.name()).doesNotContain("publishNewEvent");
    assertThat(spec.problem().errorCodeMember()).isEqualTo("errorCode");
  }

  @Test
  void petstoreHasNoErrorCodes() {
    Spec spec = DraftSpecs.valid(draft("petstore3"));
    assertThat(spec.statuses()).extracting(Status::errorCode).containsOnly(Optional.empty());
    assertThat(spec.statuses()).extracting(Status::code).containsExactly(200, 400, 404, 422);
  }

  /** The draft as {@code com/example/statuses.yaml}, the document beside it, and the interface. */
  static Compilation compileWithDocument(String draft, String document) {
    return Fixture.spec(draft)
        .withFile("openapi.yaml", document)
        .withInterface(
            "com.example.Api",
            "package com.example;\n\n@dev.statusspec.StatusSpec(value = \"statuses.yaml\","
                + " openapi = \"openapi.yaml\")\npublic interface Api {}\n")
        .compile("-Xlint:all");
  }

  /** Every error and warning of {@code compilation}, one a line. */
  static List<String> messages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + ": " + d.getMessage(null))
        .collect(Collectors.toList());
  }
}
