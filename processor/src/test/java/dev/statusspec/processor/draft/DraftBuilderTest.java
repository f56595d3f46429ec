package dev.statusspec.processor.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statusspec.processor.draft.Draft.DraftOperation;
import dev.statusspec.processor.draft.Draft.DraftStatus;
import dev.statusspec.processor.draft.DraftBuilder.Operation;
import dev.statusspec.processor.draft.DraftBuilder.Response;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.testing.DraftSpecs;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The names and phrases a draft gets, and the comments where they were guessed. */
class DraftBuilderTest {

  private static final Predicate<String> JAVA_LANG =
      Set.of("IllegalArgumentException", "SecurityException", "RuntimeException")::contains;

  @Test
  void standardCodesGetTheIanaPhraseAndItsId() {
    Draft draft =
        build(
            op("getPet", "GET /pets/{id}", r("200", "A pet"), r("404", "Pet not found")),
            op("deletePet", "DELETE /pets/{id}", r("204", ""), r("404", ""), r("422", "")));

    assertThat(draft.statuses())
        .extracting(DraftStatus::code, DraftStatus::id, DraftStatus::name)
        .containsExactly(
            tuple(200, "OK", "OK"),
            tuple(204, "NO_CONTENT", "No Content"),
            tuple(404, "NOT_FOUND", "Not Found"),
            tuple(422, "UNPROCESSABLE_CONTENT", "Unprocessable Content"));
    assertThat(draft.operations())
        .extracting(DraftOperation::name, DraftOperation::statusIds)
        .containsExactly(
            tuple("getPet", List.of("OK", "NOT_FOUND")),
            tuple("deletePet", List.of("NO_CONTENT", "NOT_FOUND", "UNPROCESSABLE_CONTENT")));
    assertThat(draft.guesses()).isZero();
    valid(draft);
  }

  @Test
  void aCodeWithoutAnIanaPhraseIsNamedAfterTheDocumentsDescription() {
    Draft draft =
        build(
            op(
                "op",
                "GET /",
                r("499", "Client Closed Request.\nThe client went away."),
                r("418", ""),
                r("599", "   ")));

    assertThat(draft.statuses())
        .extracting(DraftStatus::code, DraftStatus::id, DraftStatus::name)
        .containsExactly(
            tuple(418, "STATUS_418", "Status 418"),
            tuple(499, "CLIENT_CLOSED_REQUEST", "Client Closed Request"),
            tuple(599, "STATUS_599", "Status 599"));
    assertThat(draft.statuses().get(1).comments())
        .containsExactly(
            "guessed: 499 has no IANA reason phrase: named after the document's description of"
                + " it");
    assertThat(draft.guesses()).isEqualTo(3);
    valid(draft);
  }

  @Test
  void aLongDescriptionIsCutAtAWord() {
    String long_ = "word ".repeat(40);
    Draft draft = build(op("op", "GET /", r("520", long_)));
    assertThat(draft.statuses().get(0).name())
        .hasSizeLessThanOrEqualTo(DraftBuilder.MAX_NAME)
        .endsWith("word");
    valid(draft);
  }

  @Test
  void pinnedErrorCodesGiveOneStatusEachTheFirstTheDefault() {
    Draft draft =
        build(
            op(
                "createSession",
                "POST /sessions",
                r("201", ""),
                r("400", "", "INVALID_ARGUMENT", "OUT_OF_RANGE"),
                r("409", "", "CONFLICT")),
            op("getSession", "GET /sessions/{id}", r("200", ""), r("400", "", "INVALID_ARGUMENT")));

    assertThat(draft.statuses())
        .extracting(DraftStatus::code, DraftStatus::id, DraftStatus::name, DraftStatus::errorCode)
        .containsExactly(
            tuple(200, "OK", "OK", Optional.empty()),
            tuple(201, "CREATED", "Created", Optional.empty()),
            tuple(400, "INVALID_ARGUMENT", "Bad Request", Optional.of("INVALID_ARGUMENT")),
            tuple(400, "OUT_OF_RANGE", "Bad Request", Optional.of("OUT_OF_RANGE")),
            tuple(409, "CONFLICT", "Conflict", Optional.of("CONFLICT")));
    assertThat(draft.statuses().get(2).comments())
        .containsExactly(
            "the document pins 2 errorCodes under 400: one status each; the first is the code's"
                + " default");
    assertThat(draft.operations())
        .extracting(DraftOperation::statusIds)
        .containsExactly(
            List.of("CREATED", "INVALID_ARGUMENT", "OUT_OF_RANGE", "CONFLICT"),
            List.of("OK", "INVALID_ARGUMENT"));
    Spec spec = valid(draft);
    assertThat(spec.statuses()).extracting(Status::errorCode).contains(Optional.of("OUT_OF_RANGE"));
  }

  @Test
  void aResponseThatPinsNothingUnderACodeOthersPinListsEveryStatusOfTheCode() {
    Draft draft =
        build(
            op("a", "GET /a", r("400", "", "bad_email", "bad_name")),
            op("b", "GET /b", r("400", "Bad input")));

    assertThat(draft.operations().get(1).statusIds()).containsExactly("BAD_EMAIL", "BAD_NAME");
    assertThat(draft.operations().get(1).comments())
        .containsExactly(
            "guessed: its 400 response pins no errorCode: it lists every status of 400");
    valid(draft);
  }

  @Test
  void errorCodesThatGiveNoIdOrClashGetAnotherIdSaidInAComment() {
    Draft draft =
        build(
            op(
                "op",
                "GET /",
                r("400", "", "1001", "not-found", "\u65e5\u672c", "Not_Found"),
                r("404", "")));

    assertThat(draft.statuses())
        .extracting(DraftStatus::id)
        .containsExactly(
            "BAD_REQUEST_1001", "NOT_FOUND", "BAD_REQUEST", "NOT_FOUND_400", "NOT_FOUND_404");
    assertThat(draft.statuses().get(0).comments())
        .contains("guessed: the errorCode 1001 gives no id by itself: id BAD_REQUEST_1001");
    assertThat(draft.statuses().get(3).comments())
        .containsExactly(
            "guessed: NOT_FOUND was taken (its handler method would clash): id NOT_FOUND_400");
    valid(draft);
  }

  @Test
  void idsThatDifferOnlyInTheirUnderscoresClash() {
    Draft draft = build(op("op", "GET /", r("500", "", "HTTP2_ERROR", "HTTP_2_ERROR")));
    assertThat(draft.statuses())
        .extracting(DraftStatus::id)
        .containsExactly("HTTP2_ERROR", "HTTP_2_ERROR_500");
    valid(draft);
  }

  @Test
  void aVeryLongErrorCodeGivesAnIdOfTheLongestLengthAllowed() {
    String errorCode = "x".repeat(300);
    Draft draft = build(op("op", "GET /", r("400", "", errorCode, errorCode + "y")));
    assertThat(draft.statuses()).extracting(s -> s.id().length()).containsOnly(200);
    assertThat(draft.statuses().get(1).id()).endsWith("_400");
    valid(draft);
  }

  @Test
  void anExceptionThatWouldHideAJavaLangTypeOrTheRootsIsRenamed() {
    DraftBuilder builder = new DraftBuilder(JAVA_LANG).name("Pet");
    builder.operation(
        op(
            "op",
            "GET /",
            r(
                "400",
                "",
                "illegal_argument",
                "security",
                "pet",
                "pet_client",
                "illegal_argument_status"),
            r("200", "", "runtime")));
    Draft draft = builder.build();

    assertThat(draft.statuses())
        .extracting(DraftStatus::id, DraftStatus::exception)
        .containsExactly(
            tuple("RUNTIME", Optional.empty()),
            tuple("ILLEGAL_ARGUMENT", Optional.of("IllegalArgumentStatusException")),
            tuple("SECURITY", Optional.of("SecurityStatusException")),
            tuple("PET", Optional.of("PetStatusException")),
            tuple("PET_CLIENT", Optional.of("PetClientStatusException")),
            tuple("ILLEGAL_ARGUMENT_STATUS", Optional.of("IllegalArgumentStatusStatusException")));
    assertThat(draft.statuses().get(1).comments())
        .contains(
            "guessed: IllegalArgumentException would hide java.lang.IllegalArgumentException:"
                + " exception IllegalArgumentStatusException");
    assertThat(draft.statuses().get(3).comments())
        .containsExactly(
            "guessed: PetException would clash with another generated type: exception"
                + " PetStatusException");
    valid(draft);
  }

  @Test
  void operationNamesAreLowerCamelCaseWithTheOperationIdWhereItDiffers() {
    Draft draft =
        build(
            op("listPets", "GET /pets", r("200", "")),
            op("create-pet", "POST /pets", r("201", "")),
            op("DeletePet", "DELETE /pets/{id}", r("204", "")),
            op("2fa_verify", "POST /2fa", r("200", "")),
            op("\u4f5c\u6210", "POST /things/{id}/copies", r("201", "")),
            op("listpets", "GET /v2/pets", r("200", "")),
            op("list_pets", "GET /v3/pets", r("200", "")));

    assertThat(draft.operations())
        .extracting(DraftOperation::name, DraftOperation::operationId)
        .containsExactly(
            tuple("listPets", Optional.empty()),
            tuple("createPet", Optional.of("create-pet")),
            tuple("deletePet", Optional.of("DeletePet")),
            tuple("op2faVerify", Optional.of("2fa_verify")),
            tuple("postThingsIdCopies", Optional.of("\u4f5c\u6210")),
            tuple("listpets2", Optional.of("listpets")),
            tuple("listPets3", Optional.of("list_pets")));
    assertThat(draft.operations().get(4).comments())
        .containsExactly(
            "guessed: the operationId gives no Java name: named after its method and path");
    assertThat(draft.operations().get(5).comments())
        .containsExactly(
            "guessed: listpets was taken (its generated types would clash): named listpets2");
    valid(draft);
  }

  @Test
  void operationsWithoutAnOperationIdOrAnExplicitCodeAreNotDraftedButSaid() {
    Draft draft =
        build(
            new Operation(Optional.empty(), "GET /health", "", List.of(r("200", ""), r("503", ""))),
            op("onlyDefault", "GET /x", r("default", "Error"), r("4XX", "Client error")),
            op("mixed", "GET /y", r("200", ""), r("5XX", ""), r("default", ""), r("600", "")),
            op("mixed", "GET /z", r("200", "")));

    assertThat(draft.statuses()).extracting(DraftStatus::code).containsExactly(200, 503);
    assertThat(draft.operations()).extracting(DraftOperation::name).containsExactly("mixed");
    assertThat(draft.operations().get(0).comments())
        .containsExactly("its responses 5XX, 600 draft nothing: they name no single status code");
    assertThat(draft.header())
        .containsExactly(
            "GET /health has no operationId: not drafted as an operation (the check matches"
                + " operations by operationId)",
            "GET /x (onlyDefault) documents no explicit status code: not drafted (an operation"
                + " lists at least one status)",
            "GET /z repeats the operationId mixed: only the first operation with it is drafted",
            "Responses under 'default' draft nothing: they name no single status code.");
    valid(draft);
  }

  @Test
  void aDocumentWithoutAnExplicitCodeHasNothingToDraft() {
    DraftBuilder builder = new DraftBuilder(JAVA_LANG);
    builder.operation(op("x", "GET /x", r("default", "")));
    assertThatThrownBy(builder::build)
        .isInstanceOf(DraftBuilder.NothingToDraftException.class)
        .hasMessageContaining("explicit status code");
    assertThatThrownBy(new DraftBuilder(JAVA_LANG)::build)
        .isInstanceOf(DraftBuilder.NothingToDraftException.class);
  }

  @Test
  void moreStatusesThanASpecHoldsIsNothingToDraft() {
    assertThat(DraftBuilder.MAX_STATUSES)
        .isEqualTo(dev.statusspec.processor.check.SpecValidator.MAX_STATUSES);
    String[] errorCodes = new String[DraftBuilder.MAX_STATUSES];
    for (int i = 0; i < errorCodes.length; i++) {
      errorCodes[i] = "e" + i;
    }
    DraftBuilder fits = new DraftBuilder(JAVA_LANG);
    fits.operation(op("x", "GET /x", r("400", "", errorCodes)));
    assertThat(fits.build().statuses()).hasSize(DraftBuilder.MAX_STATUSES);

    DraftBuilder over = new DraftBuilder(JAVA_LANG);
    over.operation(op("x", "GET /x", r("400", "", errorCodes), r("200", "")));
    assertThatThrownBy(over::build)
        .isInstanceOf(DraftBuilder.NothingToDraftException.class)
        .hasMessage(
            "the document's operations use 2501 (code, errorCode) pairs, more than the 2500"
                + " statuses one spec holds: split the document, or draft from a part of it");
  }

  @Test
  void theSameInputGivesTheSameText() {
    Operation[] operations = {
      op("a", "GET /a", r("400", "", "z", "y", "x"), r("200", "")),
      op("b", "GET /b", r("404", ""), r("400", "", "x"))
    };
    assertThat(DraftWriter.write(build(operations)))
        .isEqualTo(DraftWriter.write(build(operations)));
  }

  static Spec valid(Draft draft) {
    return DraftSpecs.valid(DraftWriter.write(draft));
  }

  private static Draft build(Operation... operations) {
    DraftBuilder builder = new DraftBuilder(JAVA_LANG);
    for (Operation operation : operations) {
      builder.operation(operation);
    }
    return builder.build();
  }

  static Operation op(String operationId, String where, Response... responses) {
    return new Operation(Optional.of(operationId), where, "", List.of(responses));
  }

  static Response r(String key, String description, String... errorCodes) {
    return new Response(key, description, List.of(errorCodes));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
