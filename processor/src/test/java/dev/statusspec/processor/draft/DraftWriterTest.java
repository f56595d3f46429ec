package dev.statusspec.processor.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.draft.Draft.DraftOperation;
import dev.statusspec.processor.draft.Draft.DraftStatus;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.testing.DraftSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The YAML text of a draft: its layout, and texts that read back as exactly what was drafted. */
class DraftWriterTest {

  @Test
  void writesTheKeysInTheOrderOfTheSpecReferenceWithTheCommentsAboveWhatTheyAreAbout() {
    Draft draft =
        new Draft(
            List.of("Drafted from openapi.yaml.", "Review it."),
            Optional.of("Orders"),
            "The statuses of the Orders API.",
            Optional.of("code"),
            List.of("guessed: the error responses pin code (2 responses), kind (1 response)"),
            List.of(
                new DraftStatus(200, "OK", "OK", Optional.empty(), Optional.empty(), List.of()),
                new DraftStatus(
                    409,
                    "OUT_OF_STOCK",
                    "Conflict",
                    Optional.of("out-of-stock"),
                    Optional.empty(),
                    List.of("the document pins 2 errorCodes under 409")),
                new DraftStatus(
                    409,
                    "ILLEGAL_STATE",
                    "Conflict",
                    Optional.of("ILLEGAL_STATE"),
                    Optional.of("IllegalStateStatusException"),
                    List.of())),
            List.of(
                new DraftOperation(
                    "placeOrder",
                    Optional.of("place-order"),
                    "Places an order.",
                    List.of("OK", "OUT_OF_STOCK", "ILLEGAL_STATE"),
                    List.of("its responses default draft nothing"))));

    assertThat(DraftWriter.write(draft))
        .isEqualTo(
            """
            # Drafted from openapi.yaml.
            # Review it.
            name: Orders
            description: The statuses of the Orders API.
            # guessed: the error responses pin code (2 responses), kind (1 response)
            problem:
              errorCodeMember: code
            statuses:
              - code: 200
                name: OK
              # the document pins 2 errorCodes under 409
              - code: 409
                id: OUT_OF_STOCK
                name: Conflict
                errorCode: out-of-stock
              - code: 409
                id: ILLEGAL_STATE
                name: Conflict
                errorCode: ILLEGAL_STATE
                exception: IllegalStateStatusException
            operations:
              # its responses default draft nothing
              placeOrder:
                operationId: place-order
                description: Places an order.
                statuses: [OK, OUT_OF_STOCK, ILLEGAL_STATE]
            """);
    Spec spec = DraftSpecs.valid(DraftWriter.write(draft));
    assertThat(spec.problem().errorCodeMember()).isEqualTo("code");
    assertThat(spec.operations().get(0).wireId()).isEqualTo("place-order");
  }

  @Test
  void anIdIsWrittenOnlyWhereTheNameDoesNotDeriveIt() {
    String text =
        DraftWriter.write(
            draft(
                new DraftStatus(
                    404, "NOT_FOUND", "Not Found", Optional.empty(), Optional.empty(), List.of()),
                new DraftStatus(
                    499, "STATUS_499", "Status 499", Optional.empty(), Optional.empty(), List.of()),
                new DraftStatus(
                    418, "TEAPOT", "I'm a teapot", Optional.empty(), Optional.empty(), List.of())));

    assertThat(text)
        .contains("  - code: 404\n    name: Not Found\n")
        .contains("  - code: 499\n    name: Status 499\n")
        .contains("  - code: 418\n    id: TEAPOT\n    name: I'm a teapot\n");
    assertThat(DraftSpecs.valid(text).statuses())
        .extracting(Status::id)
        .containsExactly("NOT_FOUND", "STATUS_499", "TEAPOT");
  }

  @Test
  void idsAndOperationNamesThatYamlReadsAsSomethingElseAreQuoted() {
    Draft draft =
        new Draft(
            List.of(),
            Optional.empty(),
            "",
            Optional.empty(),
            List.of(),
            List.of(
                new DraftStatus(
                    400, "NULL", "Bad Request", Optional.of("null"), Optional.empty(), List.of()),
                new DraftStatus(
                    400, "YES", "Bad Request", Optional.of("yes"), Optional.empty(), List.of()),
                new DraftStatus(
                    400, "N", "Bad Request", Optional.of("n"), Optional.empty(), List.of())),
            List.of(
                new DraftOperation(
                    "null", Optional.empty(), "", List.of("NULL", "YES", "N"), List.of()),
                new DraftOperation("on", Optional.empty(), "", List.of("N"), List.of())));

    String text = DraftWriter.write(draft);

    assertThat(text)
        .contains("    id: \"NULL\"\n")
        .contains("  \"null\":\n    statuses: [\"NULL\", \"YES\", \"N\"]\n");
    Spec spec = DraftSpecs.valid(text);
    assertThat(spec.statuses()).extracting(Status::id).containsExactly("NULL", "YES", "N");
    assertThat(spec.operations()).extracting(o -> o.name()).containsExactly("null", "on");
  }

  @Test
  void aLongListOfIdsIsWrittenOneALine() {
    List<DraftStatus> statuses = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String id = "SOMETHING_RATHER_LONG_" + i;
      ids.add(id);
      statuses.add(
          new DraftStatus(
              400, id, "Bad Request", Optional.of("e" + i), Optional.empty(), List.of()));
    }
    Draft draft =
        new Draft(
            List.of(),
            Optional.empty(),
            "",
            Optional.empty(),
            List.of(),
            statuses,
            List.of(new DraftOperation("op", Optional.empty(), "", ids, List.of())));

    String text = DraftWriter.write(draft);

    assertThat(text).contains("    statuses:\n      - SOMETHING_RATHER_LONG_0\n");
    assertThat(DraftSpecs.valid(text).operations().get(0).ids()).isEqualTo(ids);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "OK",
        "Non-Authoritative Information",
        "I'm a teapot",
        "yes",
        "No",
        "ON",
        "null",
        "Null",
        "~",
        "1001",
        "0x1F4",
        "1e3",
        "0o17",
        ".inf",
        "-.inf",
        ".NaN",
        "2024-01-01",
        "12:30:00",
        "- item",
        "-",
        "a: b",
        "a:b",
        "a #b",
        "#x",
        "'quoted'",
        "\"double\"",
        "back\\slash",
        "tab\there",
        "line\nbreak",
        "crlf\r\nend",
        "para\u2029graph",
        "next\u0085line",
        "\uFEFFbom",
        "bell\u0007",
        "del\u007f",
        "c1\u0090",
        "emoji \uD83D\uDE00",
        "trailing ",
        " leading",
        "two  spaces",
        "*alias",
        "&anchor",
        "!tag",
        "%directive",
        "@at",
        "`tick",
        "{a: 1}",
        "[a]",
        ">",
        "|",
        "? key",
        ",a",
        "a, b",
        "Café",
        "<<",
        "=",
        "---",
        "...",
        "\u202Ereversed",
        "日本語"
      })
  void textsReadBackAsWritten(String text) {
    assertRoundTrip(text, text);
  }

  @Test
  void anUnpairedSurrogateBecomesTheReplacementCharacter() {
    assertRoundTrip("a\uD800b", "a\uFFFDb");
    assertRoundTrip("end\uDC00", "end\uFFFD");
  }

  @Test
  void randomTextsReadBackAsWritten() {
    SplittableRandom random = new SplittableRandom(22);
    String alphabet = "aZ09 _-:#'\"\\\t\n\r,[]{}&*!|>%@`?=~.\u2028\u0085\u00e9\u00ff\uFEFF\u0001";
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder("x");
      int length = random.nextInt(1, 30);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertRoundTrip(text.toString(), text.toString());
      assertRoundTrip(text.substring(1), text.substring(1));
    }
  }

  @Test
  void commentsAreOneLineEachAndCut() {
    assertThat(DraftWriter.commentText("one\ntwo\r\n\tthree\u2028four"))
        .isEqualTo("one two three four");
    assertThat(DraftWriter.commentText("  x  ")).isEqualTo("x");
    assertThat(DraftWriter.commentText("a\uD800b\uD83D\uDE00")).isEqualTo("a\uFFFDb\uD83D\uDE00");
    String cut = DraftWriter.commentText("y".repeat(1000));
    assertThat(cut).hasSize(DraftWriter.COMMENT_WIDTH + 3).endsWith("...");
    Draft draft =
        new Draft(
            List.of("first\n  - code: 999\nname: injected"),
            Optional.empty(),
            "",
            Optional.empty(),
            List.of(),
            List.of(
                new DraftStatus(200, "OK", "OK", Optional.empty(), Optional.empty(), List.of())),
            List.of());
    String text = DraftWriter.write(draft);
    assertThat(text).startsWith("# first - code: 999 name: injected\nstatuses:\n");
    assertThat(DraftSpecs.valid(text).statuses()).hasSize(1);
  }

  /** Drafts {@code text} as a reason phrase and as an errorCode, and reads it back. */
  private static void assertRoundTrip(String text, String expected) {
    if (text.isBlank()) {
      return; // the spec format refuses blank names and errorCodes; the builder never drafts them
    }
    Draft draft =
        draft(
            new DraftStatus(
                409, "CONFLICT", "Conflict", Optional.of("first"), Optional.empty(), List.of()),
            new DraftStatus(409, "SECOND", text, Optional.of(text), Optional.empty(), List.of()));
    Spec spec = DraftSpecs.valid(DraftWriter.write(draft));
    Status second = spec.statuses().get(1);
    assertThat(second.reasonPhrase()).isEqualTo(expected);
    assertThat(second.errorCode()).contains(expected);
  }

  private static Draft draft(DraftStatus... statuses) {
    return new Draft(
        List.of(), Optional.empty(), "", Optional.empty(), List.of(), List.of(statuses), List.of());
  }
}
