package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.CatalogueChecker;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real status catalogues (the IANA registry, Stripe, Kubernetes, and the quirks of others) compile
 * without a warning at Java 8 and 17, and every generated member answers exactly what the spec
 * says, as {@link CatalogueChecker} computes it from the YAML alone.
 */
class CataloguesTest {

  static Stream<Path> catalogues() throws IOException {
    return Files.list(Path.of("src/test/resources/catalogues")).sorted();
  }

  @ParameterizedTest
  @MethodSource("catalogues")
  void release17(Path spec) throws IOException {
    check(spec, "--release", "17");
  }

  @ParameterizedTest
  @MethodSource("catalogues")
  void release8(Path spec) throws IOException {
    check(spec, "--release", "8", "-Xlint:-options");
  }

  private static void check(Path spec, String... options) throws IOException {
    byte[] yaml = Files.readAllBytes(spec);
    String[] all =
        Stream.concat(Stream.of(options), Stream.of("-Xlint:all", "-Werror"))
            .toArray(String[]::new);
    Compilation compilation = Fixture.specBytes(yaml).compile(all);
    assertThat(compilation).succeededWithoutWarnings();
    CatalogueChecker.check(
        GeneratedClasses.of(compilation), Fixture.PACKAGE, Fixture.INTERFACE, yaml);
  }
}
