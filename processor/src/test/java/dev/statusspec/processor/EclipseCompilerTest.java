package dev.statusspec.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.testing.Ecj;
import dev.statusspec.processor.testing.MatrixSpecs;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The processor under Eclipse's compiler (ecj, run in-process through its batch entry point), in
 * the two ways Eclipse users meet it: as the IDE builds (resources copied to the class output, no
 * source path) and as a batch build with {@code -sourcepath}. The generated code compiles with
 * ecj's default warnings plus the usual extra ones, a user class implementing a generated handler
 * compiles against it, and runs.
 *
 * <p>Not asserted: ecj's opt-in checks under {@code -warn:all} still flag generated code for string
 * literals without {@code //$NON-NLS-n$} markers, unqualified access to the enum's own fields, the
 * unread {@code message} of {@code PException.of} and the unused {@code R} of {@code
 * PExceptionHandler} in a spec without error statuses; ecj also prints an INFO (not a warning) for
 * members of a deprecated exception that are not themselves marked deprecated.
 */
class EclipseCompilerTest {

  /**
   * Warnings Eclipse projects commonly turn on, on top of ecj's defaults (which already include
   * missing {@code serialVersionUID}, deprecation, raw and unchecked use, unused imports and
   * privates, and unnecessary {@code @SuppressWarnings}).
   */
  private static final String EXTRA_WARNINGS =
      "-warn:+over-ann,+dep-ann,+uselessTypeCheck,+unusedAllocation,+unusedThrown,+semicolon";

  private static final Pattern PROBLEM =
      Pattern.compile("^\\d+\\. (WARNING|ERROR) in (\\S+)", Pattern.MULTILINE);

  /** A user of the generated code of {@link MatrixSpecs#SHARED_CODES}. */
  private static final String CLIENT =
      """
      package com.example.shared;

      public final class Client implements SharedStatusHandler<String> {
        @Override public String onOk() { return "ok"; }
        @Override public String onConflict() { return "conflict"; }
        @Override public String onTenantSuspended() { return "suspended"; }
        @Override public String onInternalServerError() { return "retry"; }
        @Override public String onUnknown(int code) { return "unknown " + code; }

        public static String run() {
          Client client = new Client();
          SharedException e = SharedStatus.fromCode(500).toException("boom");
          InternalServerErrorException typed =
              new InternalServerErrorException("busy")
                  .withMember("decline_code", "insufficient_funds")
                  .retryAfter(java.time.Duration.ofSeconds(3));
          return SharedStatus.dispatch(409, "tenant_suspended", client)
              + ", " + SharedStatus.dispatch(409, "conflict", client)
              + ", " + SharedStatus.dispatch(418, null, client)
              + ", " + e.getClass().getSimpleName() + " " + e.code()
              + ", " + typed.members() + " " + typed.retryAfter().get().getSeconds();
        }
      }
      """;

  /** A user of an operation's handler and error type, of {@link MatrixSpecs#OPERATIONS}. */
  private static final String OPERATIONS_CLIENT =
      """
      package com.example.operations;

      public final class Orders implements ShopCancelOrderHandler<String> {
        @Override public String onOk() { return "cancelled"; }
        @Override public String onConflict() { return "shipped"; }
        @Override public String onNotFound() { return "missing"; }
        @Override public String onUnknown(int code) { return "unknown " + code; }

        public static String run() {
          Orders orders = new Orders();
          ShopCancelOrderError error = new ConflictException("x");
          return ShopCancelOrderHandler.dispatch(409, "conflict", orders)
              + ", " + ShopCancelOrderHandler.dispatch(409, "out_of_stock", orders)
              + ", " + ShopCancelOrderHandler.dispatch(404, null, orders)
              + ", " + ShopCancelOrderHandler.dispatch(201, null, orders)
              + ", " + error.status()
              + ", " + ShopCancelOrderHandler.dispatch(new ConflictException("x"), orders)
              + ", " + ShopCancelOrderHandler.dispatch(new OutOfStockException("x"), orders);
        }
      }
      """;

  @ParameterizedTest(name = "{0} at --release {1}")
  @CsvSource({"IDE, 17", "IDE, 8", "BATCH, 17", "BATCH, 8"})
  void generatedCodeCompilesWithoutWarningsAndRuns(Mode mode, String release, @TempDir Path temp)
      throws Exception {
    SourceTree tree = SourceTree.in(temp);
    for (MatrixSpecs.MatrixSpec spec : MatrixSpecs.ALL) {
      if (mode == Mode.IDE) {
        tree.withSpecInClassOutput(spec).withInterfaceOf(spec);
      } else {
        tree.withSpec(spec);
      }
    }
    tree.withSource("com.example.shared.Client", CLIENT);
    tree.withSource("com.example.operations.Orders", OPERATIONS_CLIENT);

    Ecj.Result ecj =
        Ecj.compile(
            tree,
            ProcessorPath.annotations().toString(),
            mode == Mode.BATCH,
            "--release",
            release,
            EXTRA_WARNINGS);
    String output = ecj.output();
    boolean compiled = ecj.compiled();
    assertThat(compiled).as("ecj output:\n%s", output).isTrue();
    assertThat(problemsIn(output, tree.generated()))
        .as("ecj problems in generated code:\n%s", output)
        .isEmpty();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {tree.out().toUri().toURL()}, null)) {
      Object result = loader.loadClass("com.example.shared.Client").getMethod("run").invoke(null);
      assertThat(result)
          .isEqualTo(
              "suspended, conflict, unknown 418, InternalServerErrorException 500,"
                  + " {decline_code=insufficient_funds} 3");
      assertThat(loader.loadClass("com.example.operations.Orders").getMethod("run").invoke(null))
          .isEqualTo(
              "shipped, unknown 409, missing, unknown 201, CONFLICT, shipped, unknown 409");
    }
  }

  /**
   * The Jakarta REST, MicroProfile Rest Client, Feign and MicroProfile OpenAPI adapters and {@code
   * PProblems}, generated against those frameworks' API jars (and Jackson 2), compile under ecj as
   * they do under javac.
   */
  @ParameterizedTest(name = "--release {0}")
  @CsvSource({"17", "11"})
  void adaptersCompileWithoutWarnings(String release, @TempDir Path temp) throws Exception {
    SourceTree tree = SourceTree.in(temp).withSpec(MatrixSpecs.PROBLEM);
    StringBuilder classPath = new StringBuilder(ProcessorPath.annotations().toString());
    for (String framework :
        List.of(
            "jakarta-rest-3.1",
            "microprofile-rest-client-4.0",
            "feign-13",
            "jackson-2",
            "microprofile-openapi-4.0")) {
      try (Stream<Path> jars =
          Files.list(Path.of("target/frameworks", framework).toAbsolutePath())) {
        jars.sorted().forEach(jar -> classPath.append(File.pathSeparator).append(jar));
      }
    }
    Ecj.Result ecj =
        Ecj.compile(tree, classPath.toString(), true, "--release", release, EXTRA_WARNINGS);
    String output = ecj.output();
    boolean compiled = ecj.compiled();

    assertThat(compiled).as("ecj output:\n%s", output).isTrue();
    try (Stream<Path> files = Files.walk(tree.generated())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains(
              "ProblemApiProblems.java",
              "ProblemApiExceptionMapper.java",
              "ProblemApiResponseExceptionMapper.java",
              "ProblemApiErrorDecoder.java",
              "ProblemApiOASFilter.java");
    }
    assertThat(problemsIn(output, tree.generated()))
        .as("ecj problems in generated code:\n%s", output)
        .isEmpty();
  }

  /** How Eclipse hands the spec to the processor. */
  enum Mode {
    /** As the IDE builds: the spec copied to the class output, no source path. */
    IDE,
    /** As a batch build: the spec on {@code -sourcepath}. */
    BATCH
  }

  private static List<String> problemsIn(String output, Path generated) {
    List<String> problems = new ArrayList<>();
    Matcher matcher = PROBLEM.matcher(output);
    while (matcher.find()) {
      if (matcher.group(2).startsWith(generated.toString())) {
        problems.add(matcher.group());
      }
    }
    return problems;
  }
}
