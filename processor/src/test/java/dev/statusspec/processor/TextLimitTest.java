package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.check.SpecValidator;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import org.junit.jupiter.api.Test;

/**
 * Texts at the limit of a Java string constant compile and round-trip; one character more is a
 * positioned error instead of javac's "constant string too long".
 */
class TextLimitTest {

  /** The worst case: every character takes 3 bytes of modified UTF-8. */
  private static final String CHARACTER = "\u20ac";

  @Test
  void descriptionAtTheLimitCompilesAndRoundTrips() throws Exception {
    String description = CHARACTER.repeat(SpecValidator.MAX_TEXT_LENGTH);
    Compilation compilation = Fixture.spec(spec(description)).compile();

    assertThat(compilation).succeeded();
    Class<?> status = GeneratedClasses.of(compilation).load("com.example.ApiStatus");
    Object ok = status.getEnumConstants()[0];
    assertThat(status.getMethod("description").invoke(ok)).isEqualTo(description);
  }

  @Test
  void descriptionPastTheLimitIsAnError() {
    Compilation compilation =
        Fixture.spec(spec(CHARACTER.repeat(SpecValidator.MAX_TEXT_LENGTH + 1))).compile();

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[statusspec:text-too-long] statuses.yaml:2:5: the description of status OK");
  }

  private static String spec(String description) {
    return "statuses:\n  - code: 200\n    name: OK\n    description: \"" + description + "\"\n";
  }
}
