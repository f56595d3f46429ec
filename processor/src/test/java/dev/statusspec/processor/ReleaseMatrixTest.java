package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.ExternalProcess;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.Jdk25;
import dev.statusspec.processor.testing.MatrixSpecs;
import dev.statusspec.processor.testing.MatrixSpecs.MatrixSpec;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated code compiles without a single warning under {@code -Xlint:all -Werror} at every
 * {@code --release} users target: 8, 11 and 17 with this JVM's javac (17), 21 and 25 with JDK 25's
 * javac run as a separate process (found by {@link Jdk25}: skipped without it, failed on CI). At 21
 * and above, a pattern switch without {@code default} over the sealed exceptions compiles, so the
 * hierarchy really is exhaustive.
 */
class ReleaseMatrixTest {

  /** {@code -options} because javac 17 warns that release 8 is deprecated, which is not ours. */
  private static final String[] STRICT = {"-Xlint:all,-options", "-Werror"};

  /**
   * A user's exhaustive switch over the sealed exceptions of {@link MatrixSpecs#SHARED_CODES}: a
   * missing case, or a hierarchy that is not sealed, makes it fail to compile.
   */
  private static final String PATTERN_SWITCH =
      """
      package com.example.shared;

      final class Recovery {
        private Recovery() {}

        static String of(SharedException e) {
          return switch (e) {
            case ConflictException c -> "merge: " + c.code();
            case TenantSuspendedException t -> "contact billing: " + t.status().errorCode();
            case InternalServerErrorException i -> "retry later";
          };
        }
      }
      """;

  static Stream<Arguments> specsAtJavac17Releases() {
    return MatrixSpecs.ALL.stream()
        .flatMap(spec -> Stream.of("8", "11", "17").map(release -> Arguments.of(spec, release)));
  }

  @ParameterizedTest(name = "{0} at --release {1}")
  @MethodSource("specsAtJavac17Releases")
  void compilesWithoutWarningsUnderJavac17(MatrixSpec spec, String release) {
    List<String> options = new ArrayList<>(List.of("--release", release));
    options.addAll(List.of(STRICT));
    Compilation compilation =
        Fixture.spec(spec.yaml())
            .named(spec.name() + "/statuses.yaml")
            .withInterface(spec.interfaceName(), spec.interfaceSource())
            .compile(options.toArray(String[]::new));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "all specs and a pattern switch at --release {0}")
  @ValueSource(strings = {"21", "25"})
  void compilesWithoutWarningsUnderJavac25(String release, @TempDir Path temp) throws Exception {
    Path javac = Jdk25.javac();
    SourceTree tree = SourceTree.in(temp);
    MatrixSpecs.ALL.forEach(tree::withSpec);
    tree.withSource("com.example.shared.Recovery", PATTERN_SWITCH);

    // -J-XX:TieredStopAtLevel=1: a one-shot javac starts faster with the C1 compiler alone.
    List<String> command =
        new ArrayList<>(
            List.of(javac.toString(), "-J-XX:TieredStopAtLevel=1", "--release", release));
    command.addAll(List.of(STRICT));
    command.addAll(
        List.of(
            "-cp", ProcessorPath.annotations().toString(),
            "-processorpath", ProcessorPath.processor(),
            "-sourcepath", tree.src().toString(),
            "-s", tree.generated().toString(),
            "-d", tree.out().toString()));
    command.addAll(tree.sourceFiles());
    ExternalProcess javac25 = ExternalProcess.run(temp, command);

    assertThat(javac25.output()).as("javac 25 output").isEmpty();
    assertThat(javac25.exitCode()).isZero();
    assertThat(tree.out().resolve("com/example/shared/Recovery.class")).exists();
    for (MatrixSpec spec : MatrixSpecs.ALL) {
      assertThat(tree.out().resolve(spec.generated("Status").replace('.', '/') + ".class"))
          .as("generated for %s", spec)
          .exists();
    }
  }

  /**
   * The framework adapters and {@code PProblems} under javac 25 at {@code --release 25}, against
   * the newest API jars (Jakarta REST 4.0, MicroProfile Rest Client 4.0, Feign 13, Jackson 3),
   * where javac lints more (e.g. {@code this-escape}) than at 17.
   */
  @Test
  void adaptersCompileWithoutWarningsUnderJavac25(@TempDir Path temp) throws Exception {
    Path javac = Jdk25.javac();
    SourceTree tree = SourceTree.in(temp).withSpec(MatrixSpecs.PROBLEM);
    StringBuilder classPath = new StringBuilder(ProcessorPath.annotations().toString());
    for (String framework :
        List.of("jakarta-rest-4.0", "microprofile-rest-client-4.0", "feign-13", "jackson-3")) {
      try (Stream<Path> jars =
          Files.list(Path.of("target/frameworks", framework).toAbsolutePath())) {
        jars.sorted().forEach(jar -> classPath.append(File.pathSeparator).append(jar));
      }
    }
    List<String> command =
        new ArrayList<>(List.of(javac.toString(), "-J-XX:TieredStopAtLevel=1", "--release", "25"));
    command.addAll(List.of(STRICT));
    command.addAll(
        List.of(
            "-cp", classPath.toString(),
            "-processorpath", ProcessorPath.processor(),
            "-sourcepath", tree.src().toString(),
            "-s", tree.generated().toString(),
            "-d", tree.out().toString()));
    command.addAll(tree.sourceFiles());
    ExternalProcess javac25 = ExternalProcess.run(temp, command);

    assertThat(javac25.output()).as("javac 25 output").isEmpty();
    assertThat(javac25.exitCode()).isZero();
    for (String adapter : List.of("ExceptionMapper", "ResponseExceptionMapper", "ErrorDecoder")) {
      assertThat(tree.out().resolve("com/example/problem/ProblemApi" + adapter + ".class"))
          .exists();
    }
  }
}
