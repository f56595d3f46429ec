package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated code passes javac's strictest Javadoc check, {@code -Xdoclint:all} with {@code
 * -Werror}, so users who turn it on for their own code are not stopped by ours. Every shape of the
 * output is covered: the example's catalogue, deprecated statuses (with and without a reason),
 * codes shared through errorCodes, a status named UNKNOWN, hostile text, and a spec with no error
 * status at all (no exception subclasses); at Java 8 and at Java 17 (sealed, switch expressions).
 */
class DoclintTest {

  private static final String INTERFACE =
      "package com.example;\n\n"
          + "/** The API whose statuses are generated. */\n"
          + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
          + "public interface Api {}\n";

  private static final String DEPRECATED_AND_SHARED =
      "description: |\n"
          + "  Statuses of an API with <b>HTML</b>, */ comment ends, \\u0041 escapes\n"
          + "  and @param at a line start.\n"
          + "statuses:\n"
          + "  - code: 200\n"
          + "    name: OK\n"
          + "  - code: 202\n"
          + "    name: Accepted\n"
          + "    deprecated: true\n"
          + "  - code: 299\n"
          + "    id: UNKNOWN\n"
          + "    name: Unknown\n"
          + "  - code: 409\n"
          + "    name: Conflict\n"
          + "    errorCode: conflict\n"
          + "    description: A <duplicate> entry & more; see {@link Object}.\n"
          + "  - code: 409\n"
          + "    id: TENANT_SUSPENDED\n"
          + "    name: Tenant Suspended\n"
          + "    errorCode: tenant_suspended\n"
          + "    deprecated: 'use 403 with errorCode suspended; @since 2.0'\n"
          + "  - code: 503\n"
          + "    name: Service Unavailable\n"
          + "    retryable: true\n"
          + "    exception: BackendDownException\n"
          + "    deprecated: true\n";

  private static final String NO_ERRORS =
      "statuses:\n"
          + "  - code: 100\n"
          + "    name: Continue\n"
          + "  - code: 200\n"
          + "    name: OK\n"
          + "  - code: 304\n"
          + "    name: Not Modified\n";

  private static final String ONLY_CLIENT_ERRORS =
      "statuses:\n  - code: 404\n    name: Not Found\n    deprecated: gone\n";

  static Stream<Arguments> specs() {
    Stream.Builder<Arguments> all = Stream.builder();
    String[][] specs = {
      {"example", exampleSpec()},
      {"deprecated and shared codes", DEPRECATED_AND_SHARED},
      {"no errors", NO_ERRORS},
      {"only client errors", ONLY_CLIENT_ERRORS},
      {"operations", dev.statusspec.processor.testing.MatrixSpecs.shopSpec()}
    };
    for (String[] spec : specs) {
      all.add(Arguments.of(spec[0], spec[1], "8"));
      all.add(Arguments.of(spec[0], spec[1], "17"));
    }
    return all.build();
  }

  @ParameterizedTest(name = "{0} at --release {2}")
  @MethodSource("specs")
  void generatedCodePassesDoclintAll(String name, String yaml, String release) {
    Compilation compilation =
        Fixture.spec(yaml)
            .withInterface("com.example.Api", INTERFACE)
            .compile(
                "--release", release, "-Xlint:all", "-Xlint:-options", "-Xdoclint:all", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
  }

  private static String exampleSpec() {
    try {
      return Files.readString(
          Path.of("../example/src/main/resources/dev/statusspec/example/field-api-statuses.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
