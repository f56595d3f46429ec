package dev.statusspec.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.check.SpecValidator;
import dev.statusspec.processor.testing.ExternalProcess;
import dev.statusspec.processor.testing.Jdk25;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import dev.statusspec.processor.testing.SyntheticSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The largest spec the processor accepts compiles with javac's default thread stack, with no {@code
 * -J-Xss}: {@value #STATUSES} statuses ({@link SpecValidator#MAX_STATUSES}) and {@value
 * #OPERATIONS} operations of {@value #PER_OPERATION} statuses each, under {@code -Xlint:all
 * -Werror}, by the javac of the JDK that runs the tests (17 on CI) at {@code --release 8} and
 * {@code 17}, and by JDK 25's javac (found by {@link Jdk25}) at {@code --release 25}: javac 20 and
 * later attribute {@code permits} late, so javac 25 at the older releases is no deeper than at 25,
 * and each of these compilations takes tens of seconds on 2 cores. Each javac runs as a process of
 * its own, started as a user starts it, so its stack is the default of its JVM (1 MB on 64-bit
 * Linux, macOS and Windows), whatever this JVM's is.
 *
 * <p>javac 17 (and 18 and 19) attributes the {@code permits} clause of a sealed type while it
 * completes the hierarchy of the classes of a round (javac 20 moved it to a later phase,
 * JDK-8293348), so at {@code --release 17} it recurses depth first through the exceptions and the
 * sealed error types of the operations that list them, one nested completion (about 27 frames) per
 * type on the path; this spec stays within its default stack (docs/PERFORMANCE.md has the
 * measurements, and what larger numbers of operations need).
 */
class LimitsDefaultStackTest {

  /** The most statuses a spec may have. */
  static final int STATUSES = 2_500;

  /** Operations in the spec. */
  static final int OPERATIONS = 20;

  /** Statuses each operation lists. */
  static final int PER_OPERATION = 150;

  private static final String INTERFACE =
      "package com.example;\n\n"
          + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
          + "public interface Big {}\n";

  @TempDir static Path temp;

  private static String yaml;

  @BeforeAll
  static void spec() {
    assertThat(STATUSES).isEqualTo(SpecValidator.MAX_STATUSES);
    yaml = SyntheticSpec.withOperations(STATUSES, OPERATIONS, PER_OPERATION);
  }

  @ParameterizedTest(name = "javac {0} --release {1}")
  @CsvSource({"17, 8", "17, 17", "25, 25"})
  void compilesWithTheDefaultStackWithoutAWarning(int javacVersion, String release)
      throws IOException {
    Path javac = javacVersion == 25 ? Jdk25.javac() : runningJavac(javacVersion);
    SourceTree tree = SourceTree.in(temp).withSource("com.example.Big", INTERFACE);
    Files.writeString(tree.src().resolve("com/example/statuses.yaml"), yaml);
    List<String> command = new ArrayList<>();
    command.add(javac.toString());
    command.addAll(List.of("--release", release, "-Xlint:all,-options", "-Werror"));
    command.addAll(
        List.of(
            "-encoding", "UTF-8",
            "-cp", ProcessorPath.annotations().toString(),
            "-processorpath", ProcessorPath.processor(),
            "-sourcepath", tree.src().toString(),
            "-s", tree.generated().toString(),
            "-d", tree.out().toString()));
    command.addAll(tree.sourceFiles());
    assertThat(command).noneMatch(arg -> arg.startsWith("-J"));
    ExternalProcess run = ExternalProcess.run(temp, command);
    assertThat(run.output())
        .as("javac %d at --release %s", javacVersion, release)
        .doesNotContain("StackOverflowError")
        .isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(tree.out().resolve("com/example/BigOp19Handler.class")).exists();
    assertThat(tree.out().resolve("com/example/Error2499Exception.class")).exists();
  }

  /**
   * The javac of the JDK that runs the tests, which must be {@code version}; else the test is
   * skipped, saying so.
   */
  private static Path runningJavac(int version) {
    Assumptions.assumeTrue(
        Runtime.version().feature() == version,
        "the tests run on JDK " + Runtime.version().feature() + ", not " + version);
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    Assumptions.assumeTrue(Files.isExecutable(javac), "no javac in " + javac.getParent());
    return javac;
  }
}
