package dev.statusspec.processor.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue itself: stable, unique, kebab-case ids (the README documents every one, see
 * ReadmeTest), and whole templates that take exactly the values they declare.
 */
class MessageTest {

  private static final Pattern CONVERSION =
      Pattern.compile("%(?:[-#+ 0,(]*\\d*(?:\\.\\d+)?)([a-zA-Z%])");

  /** One value of the right type for each placeholder of {@code template}. */
  private static Object[] valuesFor(String template) {
    List<Object> values = new ArrayList<>();
    Matcher m = CONVERSION.matcher(template);
    while (m.find()) {
      switch (m.group(1)) {
        case "n", "%" -> {}
        case "d", "x", "X" -> values.add(7);
        case "s" -> values.add("v");
        default -> throw new AssertionError("unexpected conversion %" + m.group(1));
      }
    }
    return values.toArray();
  }

  @Test
  void everyTemplateFormatsWithExactlyItsDeclaredValues() {
    for (Message message : Message.values()) {
      Object[] values = valuesFor(message.template());
      assertThat(message.arity()).as("arity of %s", message).isEqualTo(values.length);
      assertThat(message.format(values)).as("%s", message).isNotBlank().doesNotContain("%");
      assertThatThrownBy(() -> message.format(Arrays.copyOf(values, values.length + 1)))
          .as("%s with a value too many", message)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(message.id());
    }
  }

  @Test
  void everyHintFormatsWithExactlyItsValues() {
    for (Hint hint : Hint.values()) {
      String template = hint.with(valuesFor(hint.template())).toString();
      assertThat(template).as("%s", hint).doesNotContain("%");
    }
    assertThat(Hint.NONE).hasToString("");
    assertThat(Hint.NAME_STARTS_WITH_DIGIT.with("4XX").toString())
        .isEqualTo("the result, 4XX, starts with a digit");
    assertThatThrownBy(() -> Hint.NAME_STARTS_WITH_DIGIT.with().toString())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void arityCountsValuesNotLineBreaksOrPercentSigns() {
    assertThat(Message.arity("a %s and %,d%n100%% %02X")).isEqualTo(3);
    assertThat(Message.arity("nothing")).isZero();
  }

  @Test
  void aSecondPlaceFillsTheLastPlaceholderAndIsKept() {
    Diagnostics diagnostics = new Diagnostics("now.yaml");
    Location was = new Location("then.yaml", new Position(12, 5));
    diagnostics.report(Message.UNKNOWN_KEY, new Position(3, 1), was, "cod", Suggestion.NONE);
    Diagnostic d = diagnostics.list().get(0);
    assertThat(d.text()).endsWith("the keys allowed here are: then.yaml:12:5");
    assertThat(d.related()).contains(was);
    assertThat(was).hasToString("then.yaml:12:5");
  }

  @Test
  void idsAreUniqueKebabCase() {
    Set<String> ids = Arrays.stream(Message.values()).map(Message::id).collect(Collectors.toSet());
    assertThat(ids).hasSize(Message.values().length);
    assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  @Test
  void formatPutsTheLocationBeforeTheText() {
    Diagnostic d =
        new Diagnostic(
            Message.DUPLICATE_ID,
            "field-api-statuses.yaml",
            new Position(12, 5),
            Message.DUPLICATE_ID.format("CONFLICT", 9, ""));
    assertThat(d.format())
        .startsWith(
            "[statusspec:duplicate-id] field-api-statuses.yaml:12:5: duplicate id CONFLICT (first"
                + " at line 9)");
    Diagnostic fileWide =
        new Diagnostic(Message.SPEC_TOO_LARGE, "s.yaml", Position.UNKNOWN, "too large");
    assertThat(fileWide.format()).isEqualTo("[statusspec:spec-too-large] s.yaml: too large");
  }
}
