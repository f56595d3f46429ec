package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.BadSpecs;
import dev.statusspec.processor.testing.BadSpecs.BadSpec;
import dev.statusspec.processor.testing.Ecj;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each broken spec of {@code bad/}, compiled with javac through the processor: the compilation
 * fails with exactly one error, on the annotated interface, that starts with the id, the spec file,
 * the line and the column. And each again under Eclipse's compiler (ecj, in-process, as a batch
 * build with the spec on {@code -sourcepath}): exactly one error, on the annotation's line of the
 * interface, whose text has the same {@code [statusspec:<id>] statuses.yaml:<line>:<column>: } as
 * under javac.
 */
class DiagnosticsCompileTest {

  /** The id and location a processor error starts with. */
  private static final Pattern LOCATION =
      Pattern.compile("\\[statusspec:[a-z0-9-]+\\] [^:\\s]+:\\d+:\\d+: ");

  /** The head of one problem in ecj's output: {@code 1. ERROR in /x/Api.java (at line 3)}. */
  private static final Pattern ECJ_PROBLEM =
      Pattern.compile("^\\d+\\. (ERROR|WARNING|INFO) in (.+) \\(at line (\\d+)\\)$");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> eachBadSpecFailsTheCompilation() {
    return BadSpecs.all().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
  }

  @TestFactory
  Stream<DynamicTest> eachBadSpecFailsTheCompilationUnderEcjAsUnderJavac() {
    return BadSpecs.all().stream()
        .map(s -> DynamicTest.dynamicTest(s.name(), () -> checkUnderEcj(s)));
  }

  private static void check(BadSpec spec) {
    Compilation compilation = Fixture.specBytes(spec.bytes()).compile();
    assertThat(compilation).failed();
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertThat(errors).as("errors of %s", spec).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertThat(error.getMessage(Locale.ROOT))
        .startsWith(spec.location(Fixture.SHOWN + Fixture.SPEC_FILE));
    assertThat(error.getSource().getName()).endsWith("Api.java");
    assertThat(error.getLineNumber()).as("the error is on the annotation").isEqualTo(3);
  }

  private void checkUnderEcj(BadSpec spec) throws Exception {
    Compilation javac = Fixture.specBytes(spec.bytes()).compile();
    assertThat(javac.errors()).as("javac errors of %s", spec).hasSize(1);
    String javacMessage = javac.errors().get(0).getMessage(Locale.ROOT);
    Matcher javacLocation = LOCATION.matcher(javacMessage);
    assertThat(javacLocation.lookingAt()).as("javac: %s", javacMessage).isTrue();

    SourceTree tree = SourceTree.in(temp);
    Path specFile =
        tree.src().resolve(Fixture.PACKAGE.replace('.', '/')).resolve(Fixture.SPEC_FILE);
    Files.createDirectories(specFile.getParent());
    Files.write(specFile, spec.bytes());
    tree.withSource(
        Fixture.PACKAGE + "." + Fixture.INTERFACE, Fixture.defaultInterface(Fixture.SPEC_FILE));
    Ecj.Result ecj =
        Ecj.compile(tree, ProcessorPath.annotations().toString(), true, "--release", "17");
    String output = ecj.output();
    boolean compiled = ecj.compiled();

    assertThat(compiled).as("ecj compiled %s:\n%s", spec, output).isFalse();
    List<EcjProblem> problems = EcjProblem.parse(output);
    assertThat(problems).as("ecj problems of %s:\n%s", spec, output).hasSize(1);
    EcjProblem problem = problems.get(0);
    assertThat(problem.kind()).as("ecj output:\n%s", output).isEqualTo("ERROR");
    assertThat(Path.of(problem.file()).getFileName())
        .as("ecj output:\n%s", output)
        .hasToString(Fixture.INTERFACE + ".java");
    assertThat(problem.line()).as("the error is on the annotation: %s", output).isEqualTo(3);
    Matcher ecjLocation = LOCATION.matcher(problem.message());
    assertThat(ecjLocation.find()).as("ecj: %s", problem.message()).isTrue();
    // javac's spec is below the working directory, ecj's in a temporary folder: each by its path.
    assertThat(javacLocation.group())
        .as("javac's diagnostic of %s, against the file's '# expect:'", spec)
        .isEqualTo(spec.location(Fixture.SHOWN + Fixture.SPEC_FILE));
    assertThat(ecjLocation.group())
        .as("ecj's diagnostic of %s, against the file's '# expect:'", spec)
        .isEqualTo(spec.location(specFile.toString()));
    // The whole text too, but for indentation: ecj prints the lines of a message left-aligned.
    assertThat(unindented(problem.message()).replace(specFile.toString(), Fixture.SPEC_FILE))
        .as("ecj's message of %s, against javac's", spec)
        .isEqualTo(
            unindented(javacMessage).replace(Fixture.SHOWN + Fixture.SPEC_FILE, Fixture.SPEC_FILE));
  }

  private static String unindented(String text) {
    return text.strip().lines().map(String::strip).collect(Collectors.joining("\n"));
  }

  /**
   * One problem ecj printed: its kind, file and line, and its message (the lines after the source
   * line and its {@code ^^^} marker, up to the next {@code ----------}).
   */
  private record EcjProblem(String kind, String file, int line, String message) {

    static List<EcjProblem> parse(String output) {
      List<EcjProblem> problems = new ArrayList<>();
      for (String block : output.split("(?m)^----------\\R")) {
        List<String> lines = block.lines().toList();
        if (lines.isEmpty()) {
          continue;
        }
        Matcher head = ECJ_PROBLEM.matcher(lines.get(0));
        if (head.matches()) {
          problems.add(
              new EcjProblem(
                  head.group(1),
                  head.group(2),
                  Integer.parseInt(head.group(3)),
                  String.join("\n", lines.subList(Math.min(3, lines.size()), lines.size()))));
        } else if (lines.get(0).matches("^\\d+\\. .*")) {
          throw new AssertionError("an ecj problem not understood: " + block);
        }
      }
      return problems;
    }
  }
}
