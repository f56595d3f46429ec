package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
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

  /** The most characters of 3 bytes a string constant holds: 65,535 bytes. */
  private static final int LIMIT = 65_535 / 3;

  @Test
  void descriptionAtTheLimitCompilesAndRoundTrips() throws Exception {
    String description = CHARACTER.repeat(LIMIT);
    Compilation compilation = Fixture.spec(spec(description)).compile();

    assertThat(compilation).succeeded();
    Class<?> status = GeneratedClasses.of(compilation).load("com.example.ApiStatus");
    Object ok = status.getEnumConstants()[0];
    assertThat(status.getMethod("description").invoke(ok)).isEqualTo(description);
  }

  @Test
  void descriptionPastTheLimitIsAnError() {
    Compilation compilation = Fixture.spec(spec(CHARACTER.repeat(LIMIT + 1))).compile();

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:text-too-long] target/fixture/com/example/statuses.yaml:4:18:"
                + " 'description' takes 65,538 bytes");
  }

  private static String spec(String description) {
    return "statuses:\n  - code: 200\n    name: OK\n    description: \"" + description + "\"\n";
  }
}
