package dev.statusspec.processor.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue itself: stable, unique, kebab-case ids, and the README documents every one. */
class MessageTest {

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
