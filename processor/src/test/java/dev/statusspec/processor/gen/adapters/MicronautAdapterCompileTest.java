package dev.statusspec.processor.gen.adapters;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statusspec.processor.gen.adapters.AdapterVersionsTest.jars;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Ecj;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.Goldens;
import dev.statusspec.processor.testing.MatrixSpecs;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Micronaut adapter generated through the processor against Micronaut 4.10's own API jars
 * (micronaut-http, -http-server, -http-client-core, -json-core, -core, -inject, jakarta.inject) and
 * compiled under javac's {@code -Xlint:all,-processing -Werror} and under ecj: its goldens, which
 * of its two types each part of Micronaut brings, its absence without Micronaut, and the error when
 * it is asked for without it.
 *
 * <p>{@code -processing}: the generated beans carry {@code @Singleton}, {@code @ClientFilter} and
 * {@code @ResponseFilter}, which this processor leaves unclaimed so that micronaut-inject-java,
 * which reads the round's annotation set, defines the beans whichever processor runs first; without
 * micronaut-inject-java on the path (as here) javac says no processor claimed them.
 * integration-tests/micronaut compiles with both processors, in both orders.
 */
class MicronautAdapterCompileTest {

  private static final String HANDLER = "com.example.ApiMicronautExceptionHandler";
  private static final String FILTER = "com.example.ApiMicronautClientFilter";
  private static final String PROBLEMS = "com.example.ApiProblems";

  private static Compilation compile(List<File> classPath, String... options) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all,-processing", "-Werror"));
    all.addAll(List.of(options));
    return Fixture.spec(AdapterVersionsTest.SPEC)
        .withClassPath(classPath)
        .compile(all.toArray(String[]::new));
  }

  private static Set<String> generated(Compilation compilation) {
    Set<String> names = new TreeSet<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      names.add(
          path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length())
              .replace(".java", "")
              .replace('/', '.'));
    }
    return names;
  }

  /** Micronaut's jars, without those whose file name contains one of {@code leftOut}. */
  private static List<File> micronaut(String... leftOut) {
    return jars("micronaut-4.10").stream()
        .filter(f -> Stream.of(leftOut).noneMatch(f.getName()::contains))
        .toList();
  }

  @Test
  void bothBeansCompileWithoutAWarningAndArePinned() {
    Compilation compilation = compile(micronaut(), "--release", "17");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation)).contains(HANDLER, FILTER, PROBLEMS);
    SortedMap<String, String> pinned = new TreeMap<>();
    for (Map.Entry<String, String> file : Goldens.generatedFiles(compilation).entrySet()) {
      if (file.getKey().contains("Micronaut")) {
        pinned.put(file.getKey(), file.getValue());
      }
    }
    assertThat(pinned).hasSize(2);
    Goldens.check(MicronautAdapterCompileTest.class, "micronaut410", pinned);
  }

  @Test
  void theServerAloneGetsTheHandlerAndTheClientAloneTheFilter() {
    Compilation server = compile(micronaut("http-client-core"), "--release", "17");
    assertThat(server).succeededWithoutWarnings();
    assertThat(generated(server)).contains(HANDLER, PROBLEMS).doesNotContain(FILTER);

    Compilation client = compile(micronaut("http-server"), "--release", "17");
    assertThat(client).succeededWithoutWarnings();
    assertThat(generated(client)).contains(FILTER, PROBLEMS).doesNotContain(HANDLER);
  }

  @Test
  void withoutMicronautNothingOfItIsGenerated() {
    Compilation compilation = compile(jars("jakarta-rest-3.1"), "--release", "17");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation)).doesNotContain(HANDLER, FILTER);
    // PProblems stays: the JDK's own HTTP client (the jdkhttp adapter) needs it at release 11+.
    assertThat(generated(compile(List.of()))).doesNotContain(HANDLER, FILTER);
  }

  @Test
  void adaptersNoneLeavesItOut() {
    Compilation compilation = compile(micronaut(), "--release", "17", "-Astatusspec.adapters=none");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation)).doesNotContain(HANDLER, FILTER, PROBLEMS);
  }

  @Test
  void micronautNamedWithoutItIsOneClearError() {
    Compilation compilation = compile(List.of(), "-Astatusspec.adapters=micronaut");
    assertThat(compilation).failed();
    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>(compilation.errors());
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getMessage(null))
        .contains("[statusspec:adapter-framework-missing]")
        .contains("-Astatusspec.adapters names micronaut")
        .contains("(no io.micronaut.http.annotation.ClientFilter)");
  }

  @Test
  void shadowedMicronautNamesAreQualified() {
    // An interface named HttpResponse shadows io.micronaut.http.HttpResponse in its package.
    Compilation compilation =
        Fixture.spec(AdapterVersionsTest.SPEC)
            .withInterface(
                "com.example.HttpResponse",
                "package com.example;\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "public interface HttpResponse {}\n")
            .withClassPath(micronaut())
            .compile("-Xlint:all,-processing", "-Werror", "--release", "17");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation))
        .contains(
            "com.example.HttpResponseMicronautExceptionHandler",
            "com.example.HttpResponseMicronautClientFilter");
  }

  private static final Pattern PROBLEM =
      Pattern.compile("^\\d+\\. (WARNING|ERROR) in (\\S+)", Pattern.MULTILINE);

  @Test
  void ecjCompilesBothBeansWithoutAProblem(@TempDir Path temp) throws Exception {
    SourceTree tree = SourceTree.in(temp).withSpec(MatrixSpecs.PROBLEM);
    String classPath =
        Stream.concat(
                Stream.of(ProcessorPath.annotations().toString()),
                micronaut().stream().map(File::getAbsolutePath))
            .collect(Collectors.joining(File.pathSeparator));
    Ecj.Result ecj =
        Ecj.compile(
            tree,
            classPath,
            true,
            "--release",
            "17",
            "-warn:+over-ann,+dep-ann,+uselessTypeCheck,+unusedAllocation,+unusedThrown,+semicolon");
    assertThat(ecj.compiled()).as("ecj output:\n%s", ecj.output()).isTrue();
    try (Stream<Path> files = Files.walk(tree.generated())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains(
              "ProblemApiMicronautExceptionHandler.java", "ProblemApiMicronautClientFilter.java");
    }
    List<String> problems = new ArrayList<>();
    Matcher matcher = PROBLEM.matcher(ecj.output());
    while (matcher.find()) {
      if (matcher.group(2).startsWith(tree.generated().toString())) {
        problems.add(matcher.group());
      }
    }
    assertThat(problems).as("ecj problems in generated code:\n%s", ecj.output()).isEmpty();
  }
}
