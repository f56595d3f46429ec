package dev.statusspec.processor.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.check.SpecValidator;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which spec errors leave a model to generate from: the binder returns the spec without the values
 * in error, and the errors are still reported (so the build fails); an error in what names or
 * identifies a status, or a value that names something left unread, leaves none.
 */
class ModelKeptTest {

  private static final String SPEC =
      "statuses:\n  - code: 200\n    name: OK\n  - code: 404\n    name: Not Found\n";

  private record Result(Optional<Spec> spec, Diagnostics diagnostics) {
    Set<String> ids() {
      return diagnostics.list().stream()
          .map(Diagnostic::message)
          .map(Message::id)
          .collect(Collectors.toSet());
    }
  }

  private static Result read(String yaml) {
    Diagnostics diagnostics = new Diagnostics("s.yaml");
    Optional<Spec> spec =
        YamlSpecFormat.INSTANCE.read(yaml.getBytes(StandardCharsets.UTF_8), diagnostics);
    spec.ifPresent(s -> SpecValidator.validate(s, diagnostics));
    return new Result(diagnostics.hasBlockingErrors() ? Optional.empty() : spec, diagnostics);
  }

  private static Status status(Result result, int index) {
    return result.spec().orElseThrow().statuses().get(index);
  }

  @Test
  void anUnknownKeyIsReportedAndIgnored() {
    Result result = read(SPEC.replace("name: Not Found", "name: Not Found\n    descripton: x"));
    assertThat(result.ids()).containsExactly("unknown-key");
    assertThat(result.diagnostics().hasErrors()).isTrue();
    assertThat(status(result, 1).description()).isEmpty();
  }

  @Test
  void valuesOfTheWrongKindAreLeftOutAndTheirDefaultsApply() {
    Result result =
        read(
            SPEC.replace(
                "name: Not Found",
                "name: Not Found\n    description: [a]\n    retryable: yes\n    type: 'a b'"
                    + "\n    deprecated: 3"));
    assertThat(result.ids())
        .containsExactlyInAnyOrder("wrong-type", "ambiguous-boolean", "invalid-problem-type");
    Status notFound = status(result, 1);
    assertThat(notFound.description()).isEmpty();
    assertThat(notFound.retryable()).isFalse();
    assertThat(notFound.type()).isEmpty();
    assertThat(notFound.isDeprecated()).isFalse();
  }

  @Test
  void aBadProblemSectionFallsBackToItsDefaults() {
    Result result = read("problem:\n  typeBase: relative/\n  errorCodeMember: status\n" + SPEC);
    assertThat(result.ids())
        .containsExactlyInAnyOrder("invalid-type-base", "reserved-error-code-member");
    assertThat(result.spec().orElseThrow().problem().typeBase()).isEmpty();
    assertThat(result.spec().orElseThrow().problem().errorCodeMember()).isEqualTo("errorCode");
  }

  @Test
  void anExceptionOnASuccessIsLeftOut() {
    Result result = read(SPEC.replace("name: OK", "name: OK\n    exception: OkException"));
    assertThat(result.ids()).containsExactly("exception-not-error");
    assertThat(status(result, 0).exception()).isEmpty();
  }

  /** A value that names or identifies a status, written but not read, leaves no model. */
  @Test
  void aNameIdErrorCodeOrExceptionInErrorLeavesNoModel() {
    for (String broken :
        Stream.of(
                "name: [Not, Found]",
                "name: Not Found\n    id: [X]",
                "name: Not Found\n    errorCode: [x]",
                "name: Not Found\n    exception: [X]",
                "name: Not Found\n    exception: not-a-class")
            .toList()) {
      Result result = read(SPEC.replace("name: Not Found", broken));
      assertThat(result.spec()).as(broken).isEmpty();
      assertThat(result.diagnostics().hasErrors()).as(broken).isTrue();
    }
    assertThat(read("name: [X]\n" + SPEC).spec()).isEmpty();
  }

  /** The validator's findings about ids, codes and errorCodes leave no model either. */
  @Test
  void duplicateIdsAndSharedCodesLeaveNoModel() {
    assertThat(read(SPEC + "  - code: 410\n    id: OK\n    name: Gone\n").spec()).isEmpty();
    assertThat(read(SPEC + "  - code: 404\n    name: Gone\n").spec()).isEmpty();
  }

  /**
   * The catalogue's list, pinned: a message added to it must be one after which the binder leaves
   * the value out (or the validator's model is unaffected).
   */
  @Test
  void theErrorsThatKeepTheModel() {
    Set<Message> keeping = EnumSet.noneOf(Message.class);
    for (Message m : Message.values()) {
      if (m.keepsModel() && m.severity() == dev.statusspec.processor.diag.Severity.ERROR) {
        if (!m.isCompatibility()) {
          keeping.add(m);
        }
      }
    }
    assertThat(keeping)
        .containsExactlyInAnyOrder(
            Message.UNKNOWN_KEY,
            Message.WRONG_TYPE,
            Message.EMPTY_VALUE,
            Message.YAML_1_1_BOOLEAN,
            Message.TEXT_TOO_LONG,
            Message.PROBLEM_NOT_MAPPING,
            Message.INVALID_TYPE_BASE,
            Message.INVALID_PROBLEM_TYPE,
            Message.INVALID_ERROR_CODE_MEMBER,
            Message.RESERVED_ERROR_CODE_MEMBER,
            Message.EXCEPTION_NOT_ERROR);
    assertThat(Message.CODE_CHANGED.keepsModel()).isTrue();
    assertThat(Message.OUTDATED_REASON_PHRASE.keepsModel()).isTrue();
    assertThat(Message.DUPLICATE_ID.keepsModel()).isFalse();
  }
}
