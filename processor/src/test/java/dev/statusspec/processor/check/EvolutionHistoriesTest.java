package dev.statusspec.processor.check;

import static dev.statusspec.processor.testing.SpecPairs.compare;
import static dev.statusspec.processor.testing.SpecPairs.problems;
import static dev.statusspec.processor.testing.SpecPairs.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Location;
import dev.statusspec.processor.diag.Severity;
import dev.statusspec.processor.testing.SpecPairs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Baselines and successors from catalogues that really changed ({@code
 * src/test/resources/evolution/}): the IANA registry before and after RFC 9110, Kubernetes'
 * StatusReason values across releases, Spring's HttpStatus from 6.2 to 7.0; and a synthetic API
 * over five releases in which each kind of breaking change appears once. Each comparison must find
 * exactly the expected ids at the expected lines, and nothing for compatible changes.
 */
class EvolutionHistoriesTest {

  private static String spec(String name) {
    return resource("evolution/" + name + ".yaml");
  }

  /** The line (1-based) of the first line of {@code yaml} that contains {@code text}. */
  private static int line(String yaml, String text) {
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + text);
  }

  /**
   * The line of the first line containing {@code text} after the first containing {@code after}.
   */
  private static int line(String yaml, String after, String text) {
    String[] lines = yaml.split("\n", -1);
    for (int i = line(yaml, after); i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + text + " after " + after);
  }

  private static List<String> idsAndLines(List<Diagnostic> diagnostics) {
    List<String> all = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      all.add(d.message().id() + "@" + d.position().line());
    }
    return all;
  }

  private static Diagnostic onlyNote(List<Diagnostic> diagnostics) {
    assertThat(problems(diagnostics)).as("breaking changes").isEmpty();
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).severity()).isEqualTo(Severity.NOTE);
    return diagnostics.get(0);
  }

  @Test
  void ianaRegistryAfterRfc9110RenamesAreTextOnly() {
    Diagnostic note = onlyNote(compare(spec("iana-2021"), spec("iana-2022")));
    assertThat(note.message().id()).isEqualTo("statuses-added");
    assertThat(note.text()).contains(": UNUSED_418;").contains("IanaStatusHandler.onUnused418()");
  }

  @Test
  void ianaRenamesWithoutKeepingTheIdsRemoveTheStatusesAndSaySo() {
    String current =
        spec("iana-2022")
            .replace("    id: PAYLOAD_TOO_LARGE\n", "")
            .replace("    id: UNPROCESSABLE_ENTITY\n", "");
    List<Diagnostic> all = problems(compare(spec("iana-2021"), current));
    assertThat(idsAndLines(all))
        .containsExactly(
            "status-removed@" + line(current, "name: Content Too Large"),
            "status-removed@" + line(current, "name: Unprocessable Content"));
    assertThat(all.get(0).text())
        .startsWith(
            "status PAYLOAD_TOO_LARGE (413 Payload Too Large) of the baseline is gone (did you"
                + " mean 'id: PAYLOAD_TOO_LARGE'?)");
    assertThat(all.get(0).related().map(Location::position).map(p -> p.line()))
        .contains(line(spec("iana-2021"), "code: 413"));
  }

  @Test
  void kubernetesReasonsOnlyEverGrew() {
    Diagnostic first = onlyNote(compare(spec("kubernetes-1.2"), spec("kubernetes-1.31")));
    assertThat(first.text())
        .contains(
            ": TOO_MANY_REQUESTS, NOT_ACCEPTABLE, REQUEST_ENTITY_TOO_LARGE,"
                + " UNSUPPORTED_MEDIA_TYPE;")
        .contains("KubernetesExceptionHandler.onTooManyRequests(TooManyRequestsException)");
    Diagnostic second = onlyNote(compare(spec("kubernetes-1.31"), spec("kubernetes-1.32")));
    assertThat(second.text()).contains(": STORE_READ_ERROR;");
    assertThat(second.position().line())
        .isEqualTo(line(spec("kubernetes-1.32"), "name: Store Read Error") - 1);
  }

  @Test
  void springHttpStatusFrom62To70AsReleased() {
    String current = spec("spring-7.0");
    List<Diagnostic> all = problems(compare(spec("spring-6.2"), current));
    // Removed constants are reported where they would be: at the status that followed them in
    // 6.2 (INSUFFICIENT_SPACE_ON_RESOURCE, METHOD_FAILURE and DESTINATION_LOCKED all before
    // UNPROCESSABLE_ENTITY).
    assertThat(idsAndLines(all))
        .containsExactly(
            "status-removed@" + (line(current, "id: OK") - 1),
            "status-removed@" + (line(current, "id: SEE_OTHER") - 1),
            "status-removed@" + (line(current, "id: TEMPORARY_REDIRECT") - 1),
            "default-changed@" + (line(current, "id: CONTENT_TOO_LARGE") - 1),
            "status-removed@" + (line(current, "id: URI_TOO_LONG") - 1),
            "status-removed@" + (line(current, "id: UNSUPPORTED_MEDIA_TYPE") - 1),
            "default-changed@" + (line(current, "id: UNPROCESSABLE_CONTENT") - 1),
            "status-removed@" + (line(current, "id: UNPROCESSABLE_ENTITY") - 1),
            "status-removed@" + (line(current, "id: UNPROCESSABLE_ENTITY") - 1),
            "status-removed@" + (line(current, "id: UNPROCESSABLE_ENTITY") - 1),
            "error-code-changed@" + line(current, "errorCode: UNPROCESSABLE_ENTITY"));
    assertThat(all)
        .as("421 Misdirected Request is not 421 Destination Locked renamed")
        .noneMatch(d -> d.text().contains("did you mean"));
    assertThat(all)
        .filteredOn(d -> d.message().id().equals("status-removed"))
        .extracting(d -> d.text().substring(7, d.text().indexOf(' ', 7)))
        .containsExactlyInAnyOrder(
            "CHECKPOINT",
            "MOVED_TEMPORARILY",
            "USE_PROXY",
            "REQUEST_ENTITY_TOO_LARGE",
            "REQUEST_URI_TOO_LONG",
            "INSUFFICIENT_SPACE_ON_RESOURCE",
            "METHOD_FAILURE",
            "DESTINATION_LOCKED");
    assertThat(all)
        .filteredOn(d -> d.message().id().equals("default-changed"))
        .extracting(Diagnostic::text)
        .anyMatch(t -> t.contains("code 413 changed from PAYLOAD_TOO_LARGE to CONTENT_TOO_LARGE"))
        .anyMatch(
            t -> t.contains("code 422 changed from UNPROCESSABLE_ENTITY to UNPROCESSABLE_CONTENT"));
  }

  @Test
  void springHttpStatus70WithTheRemovedConstantsRetiredStillReuses421() {
    String current = spec("spring-7.0-retired");
    List<Diagnostic> errors = problems(compare(spec("spring-6.2"), current));
    assertThat(idsAndLines(errors))
        .as("the spec's own retired-reused does not stop the comparison")
        .containsExactly(
            "default-changed@" + (line(current, "id: CONTENT_TOO_LARGE") - 1),
            "retired-reused@" + (line(current, "id: MISDIRECTED_REQUEST") - 1),
            "default-changed@" + (line(current, "id: UNPROCESSABLE_CONTENT") - 1),
            "error-code-changed@" + line(current, "errorCode: UNPROCESSABLE_ENTITY"));
    assertThat(errors).allMatch(d -> d.severity() == Severity.ERROR);
    List<Diagnostic> all =
        problems(compare(spec("spring-6.2"), current, Optional.of(Severity.WARNING)));
    assertThat(idsAndLines(all))
        .as("as warnings, the same")
        .containsExactly(
            "default-changed@" + (line(current, "id: CONTENT_TOO_LARGE") - 1),
            "retired-reused@" + (line(current, "id: MISDIRECTED_REQUEST") - 1),
            "default-changed@" + (line(current, "id: UNPROCESSABLE_CONTENT") - 1),
            "error-code-changed@" + line(current, "errorCode: UNPROCESSABLE_ENTITY"));
    Diagnostic reused = all.get(1);
    assertThat(reused.text())
        .startsWith(
            "status MISDIRECTED_REQUEST uses code 421 without an errorCode of the retired status"
                + " DESTINATION_LOCKED (421)");
    assertThat(reused.related())
        .contains(
            new Location(
                SpecPairs.CURRENT,
                new dev.statusspec.processor.diag.Position(
                    line(current, "id: DESTINATION_LOCKED", "code: 421"), 5)));
  }

  @Test
  void fiveReleasesEachKindOfChangeOnce() {
    String v10 = spec("orders-1.0");
    String v11 = spec("orders-1.1");
    String v12 = spec("orders-1.2");
    String v13 = spec("orders-1.3");
    String v14 = spec("orders-1.4");
    List<String> kinds = new ArrayList<>();

    List<Diagnostic> first = compare(v10, v11);
    assertThat(idsAndLines(first))
        .containsExactly(
            "code-changed@" + line(v11, "code: 201"),
            "statuses-added@" + line(v11, "code: 402"),
            "exception-renamed@" + line(v11, "exception: BackendUnavailableException"));
    kinds.addAll(idsAndLines(problems(first)));

    List<Diagnostic> second = compare(v11, v12);
    assertThat(idsAndLines(second))
        .as("LEGACY_CONFLICT is retired: no status-removed")
        .containsExactly("error-code-changed@" + line(v12, "errorCode: stock_exhausted"));
    kinds.addAll(idsAndLines(problems(second)));

    List<Diagnostic> third = compare(v12, v13);
    assertThat(idsAndLines(third))
        .containsExactly(
            "default-changed@" + (line(v13, "name: Out Of Stock") - 1),
            "status-removed@" + (line(v13, "name: Service Unavailable") - 1));
    assertThat(third.get(1).related().orElseThrow())
        .isEqualTo(
            new Location(
                SpecPairs.BASELINE,
                new dev.statusspec.processor.diag.Position(line(v12, "name: Gone") - 1, 5)));
    kinds.addAll(idsAndLines(problems(third)));

    List<Diagnostic> fourth = compare(v13, v14);
    assertThat(idsAndLines(fourth))
        .as("the spec's own retired list refuses the errorCode; the comparison still runs")
        .containsExactly(
            "statuses-added@" + (line(v14, "name: Duplicate Order") - 1),
            "retired-reused@" + line(v14, "name: Duplicate Order", "errorCode:"));
    kinds.addAll(idsAndLines(problems(fourth)));

    // 1.4 was refused: 1.5 follows 1.3, and breaks four things in one release.
    String v15 = spec("orders-1.5");
    List<Diagnostic> fifth = compare(v13, v15);
    assertThat(idsAndLines(fifth))
        .containsExactly(
            "name-changed@" + line(v15, "name: Shop"),
            "code-changed@" + line(v15, "code: 410"),
            "statuses-added@" + (line(v15, "name: Duplicate Order") - 1),
            "retired-reused@" + line(v15, "name: Duplicate Order", "errorCode:"),
            "retired-removed@" + line(v15, "retired:"));
    assertThat(fifth.get(4).related().orElseThrow())
        .isEqualTo(
            new Location(
                SpecPairs.BASELINE,
                new dev.statusspec.processor.diag.Position(line(v13, "id: LEGACY_CONFLICT"), 5)));
    assertThat(fifth.get(3).related().orElseThrow().file()).isEqualTo(SpecPairs.BASELINE);
    kinds.addAll(idsAndLines(problems(fifth)));

    assertThat(kinds.stream().map(k -> k.substring(0, k.indexOf('@'))).distinct())
        .containsExactlyInAnyOrder(
            "status-removed",
            "code-changed",
            "error-code-changed",
            "exception-renamed",
            "default-changed",
            "retired-reused",
            "retired-removed",
            "name-changed");
  }

  @Test
  void undoingABreakingChangeIsItselfBreakingOnlyWhereItBreaks() {
    // 1.1 back to 1.0: ORDER_QUEUED's code and the exception change back, and PAYMENT_REQUIRED
    // disappears: each is reported again.
    assertThat(idsAndLines(problems(compare(spec("orders-1.1"), spec("orders-1.0")))))
        .extracting(s -> s.substring(0, s.indexOf('@')))
        .containsExactlyInAnyOrder("code-changed", "status-removed", "exception-renamed");
  }

  @Test
  void warnTurnsEachHistorysBreakingChangesIntoWarnings() {
    List<Diagnostic> all =
        compare(spec("spring-6.2"), spec("spring-7.0"), Optional.of(Severity.WARNING));
    assertThat(problems(all)).hasSize(11).allMatch(d -> d.severity() == Severity.WARNING);
  }
}
