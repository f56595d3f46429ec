package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.LateTypesProcessor;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.batch.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken user code does not cascade, under javac (compile-testing) and ecj (in-process, a batch
 * build with the spec on {@code -sourcepath}): when another file of the compilation has an error,
 * the generated types are still generated and the compiler reports exactly the user's own errors,
 * none about a generated type; a spec error gives exactly its own diagnostic. An interface whose
 * declaration names a type another processor ({@link LateTypesProcessor}) generates in a later
 * round is deferred to that round, then checked and generated as if the type had always been there;
 * one that names a type nobody provides gets one {@code [statusspec:unresolved-types]} beside the
 * compiler's own error.
 */
class BrokenCodeCompileTest {

  private static final String SPEC =
      """
      statuses:
        - code: 200
          name: OK
        - code: 404
          name: Not Found
        - code: 500
          name: Internal Server Error
      """;

  private static final String API =
      """
      package com.example;

      @dev.statusspec.StatusSpec("statuses.yaml")
      public interface Api {}
      """;

  /**
   * A missing import, a type that does not exist, a misspelt method; and uses of generated types.
   */
  private static final String MISSING_SYMBOLS =
      """
      package com.example;

      import com.missing.Thing;

      public class Main {
        ApiStatus status = ApiStatus.NOT_FOUND;
        ApiException error = status.toException("gone");
        Thing thing;
        Unknown unknown;

        int code() {
          return status.cod();
        }
      }
      """;

  /** A syntax error (no ';'), in a file that uses generated types. */
  private static final String SYNTAX_ERROR =
      """
      package com.example;

      public class Main {
        ApiStatus status = ApiStatus.NOT_FOUND;

        int code() {
          int code = status.code()
          return code;
        }
      }
      """;

  private static final Pattern ECJ_PROBLEM =
      Pattern.compile("^\\d+\\. (ERROR|WARNING|INFO) in (.+) \\(at line (\\d+)\\)$");

  @TempDir Path temp;

  @Test
  void missingImportUnknownTypeAndMisspeltMethodElsewhereGiveOnlyTheirOwnErrors() throws Exception {
    // Were ApiStatus or ApiException not generated, javac would report each use in Main. It does
    // not attribute method bodies once declarations have errors: no cod() from it.
    Compilation javac = javac(API, MISSING_SYMBOLS, false);
    assertThat(errors(javac))
        .containsExactlyInAnyOrder(
            "Main.java:3: package com.missing does not exist",
            "Main.java:8: cannot find symbol symbol: class Thing location: class com.example.Main",
            "Main.java:9: cannot find symbol symbol: class Unknown location: class"
                + " com.example.Main");

    Ecj ecj = ecj(API, MISSING_SYMBOLS, false);
    assertThat(ecj.errors())
        .as(ecj.output())
        .containsExactlyInAnyOrder(
            "Main.java:3: The import com.missing cannot be resolved",
            "Main.java:8: Thing cannot be resolved to a type",
            "Main.java:9: Unknown cannot be resolved to a type",
            "Main.java:12: The method cod() is undefined for the type ApiStatus");
    assertThat(ecj.generated()).contains("ApiStatus.java", "NotFoundException.java");
  }

  /**
   * javac stops at a syntax error before any processor runs, and reports it alone; ecj runs the
   * processor anyway, and reports it alone too.
   */
  @Test
  void aSyntaxErrorElsewhereIsTheOnlyError() throws Exception {
    Compilation javac = javac(API, SYNTAX_ERROR, false);
    assertThat(errors(javac)).containsExactly("Main.java:7: ';' expected");

    Ecj ecj = ecj(API, SYNTAX_ERROR, false);
    assertThat(ecj.errors())
        .as(ecj.output())
        .containsExactly("Main.java:7: Syntax error, insert \";\" to complete BlockStatements");
    assertThat(ecj.generated()).contains("ApiStatus.java");
  }

  @Test
  void aSpecErrorBesideABrokenFileGivesItsOwnDiagnosticOnly() throws Exception {
    String spec = SPEC + "  - code: 410\n    id: NOT_FOUND\n    name: Gone\n";
    String broken = "package com.example;\n\npublic class Main {\n  Unknown unknown;\n}\n";
    String duplicate =
        "Api.java:3: [statusspec:duplicate-id] statuses.yaml:9:5: duplicate id NOT_FOUND (first at"
            + " line 5) (ids are derived from names unless given; add a distinct 'id:' to one of"
            + " them); ids name the enum constants and must be unique";

    Compilation javac = javac(spec, API, broken, false);
    assertThat(errors(javac))
        .containsExactlyInAnyOrder(
            "Main.java:4: cannot find symbol symbol: class Unknown location: class"
                + " com.example.Main",
            duplicate);

    Ecj ecj = ecj(spec, API, broken, false);
    assertThat(ecj.errors())
        .as(ecj.output())
        .containsExactlyInAnyOrder("Main.java:4: Unknown cannot be resolved to a type", duplicate);
  }

  /** A file that uses the generated handler, enum and exception, and compiles against them. */
  private static final String USES_GENERATED_TYPES =
      """
      package com.example;

      public class Main implements ApiStatusHandler<String> {
        @Override public String onOk() { return "ok"; }
        @Override public String onNotFound() { return "missing"; }
        @Override public String onInternalServerError() { return "failed"; }
        @Override public String onUnknown(int code) { return "unknown " + code; }

        String describe(ApiException e) {
          return ApiStatus.fromCode(e.code()).accept(this);
        }
      }
      """;

  /**
   * A spec error after which every status still has its code and id (an unknown key, a description
   * that is a list, a {@code type:} that is not a URI) leaves the types generated: the build fails
   * with the spec's own errors, and the file that uses the generated types compiles against them.
   */
  @Test
  void aSpecErrorThatKeepsTheModelGivesItsOwnDiagnosticsAndNoCascade() throws Exception {
    String spec =
        SPEC.replace("name: Not Found", "name: Not Found\n    descripton: Gone for good.")
            .replace(
                "name: Internal Server Error",
                "name: Internal Server Error\n    description: [a, b]\n    type: 'a b'");
    List<String> expected =
        List.of(
            "Api.java:3: [statusspec:unknown-key] statuses.yaml:6:5: unknown key 'descripton' (did"
                + " you mean 'description'?); the keys allowed here are: code, name, id,"
                + " description, errorCode, retryable, deprecated, exception, type, grpc",
            "Api.java:3: [statusspec:wrong-type] statuses.yaml:9:18: 'description' must be a text,"
                + " not a list",
            "Api.java:3: [statusspec:invalid-problem-type] statuses.yaml:10:11: type 'a b' is not a"
                + " URI reference (Illegal character in path at index 1); write an absolute URI,"
                + " or a path relative to 'problem.typeBase' such as 'tenant-suspended'");

    Compilation javac = javac(spec, API, USES_GENERATED_TYPES, false);
    assertThat(javac).failed();
    assertThat(errors(javac)).containsExactlyElementsOf(expected);

    Ecj ecj = ecj(spec, API, USES_GENERATED_TYPES, false);
    assertThat(ecj.compiled()).isFalse();
    assertThat(ecj.errors()).as(ecj.output()).containsExactlyElementsOf(expected);
    assertThat(ecj.generated()).contains("ApiStatusHandler.java", "ApiStatus.java");
  }

  /**
   * A spec error that leaves no model to generate from (a duplicate id) generates nothing: the file
   * that uses the generated types then cannot compile, and the compiler says so beside the spec's
   * error (javac's "cannot find symbol", ecj's "cannot be resolved").
   */
  @Test
  void aSpecErrorThatBreaksTheModelGeneratesNothing() throws Exception {
    String spec = SPEC + "  - code: 410\n    id: NOT_FOUND\n    name: Gone\n";
    Compilation javac = javac(spec, API, USES_GENERATED_TYPES, false);
    assertThat(javac).failed();
    assertThat(errors(javac))
        .containsExactly(
            "Api.java:3: [statusspec:duplicate-id] statuses.yaml:9:5: duplicate id NOT_FOUND (first"
                + " at line 5) (ids are derived from names unless given; add a distinct 'id:' to"
                + " one of them); ids name the enum constants and must be unique",
            "Main.java:3: cannot find symbol symbol: class ApiStatusHandler",
            "Main.java:9: cannot find symbol symbol: class ApiException location: class"
                + " com.example.Main");

    Ecj ecj = ecj(spec, API, USES_GENERATED_TYPES, false);
    assertThat(ecj.generated()).isEmpty();
    assertThat(ecj.errors())
        .as(ecj.output())
        .anyMatch(
            e ->
                e.startsWith("Api.java:3: [statusspec:duplicate-id] statuses.yaml:9:5: duplicate"));
    assertThat(ecj.errors()).anyMatch(e -> e.contains("ApiStatusHandler cannot be resolved"));
  }

  /**
   * {@code Later} appears in round 2, {@code Token} in round 3: the interface waits for both, then
   * its types are generated and everything compiles without a warning.
   */
  @Test
  void anInterfaceNamingTypesAnotherProcessorGeneratesLaterWaitsForThem() throws Exception {
    String api =
        """
        package com.example;

        @dev.statusspec.StatusSpec("statuses.yaml")
        public interface Api extends Later {
          default Token token() {
            return new Token();
          }
        }
        """;
    String main =
        """
        package com.example;

        public class Main {
          String later = ApiStatus.NOT_FOUND.later();
          Token token = ApiStatus.OK.token();
          ApiException error = ApiStatus.NOT_FOUND.toException("gone");
        }
        """;
    Compilation javac = javac(api, main, true);
    assertThat(javac).succeededWithoutWarnings();
    assertThat(javac.generatedSourceFile("com.example.ApiStatus")).isPresent();

    Ecj ecj = ecj(api, main, true);
    assertThat(ecj.problems()).as(ecj.output()).isEmpty();
    assertThat(ecj.compiled()).as(ecj.output()).isTrue();
    assertThat(ecj.generated()).contains("ApiStatus.java", "Later.java", "Token.java");
  }

  /**
   * The checks of the interface run once the late type is there: {@code Incomplete}'s abstract
   * {@code summary()} is reported as the one statusspec error, where generating at once (while
   * {@code Incomplete} was an error type with no methods) would have written an enum that does not
   * compile.
   */
  @Test
  void aDeferredInterfaceIsCheckedAgainstTheLateTypes() throws Exception {
    String api =
        """
        package com.example;

        @dev.statusspec.StatusSpec("statuses.yaml")
        public interface Api extends Incomplete {}
        """;
    String unimplemented =
        "Api.java:3: [statusspec:unimplemented-method] the generated enum ApiStatus implements Api"
            + " but does not provide the method String summary() of Incomplete;";

    Compilation javac = javac(api, null, true);
    assertThat(errors(javac)).hasSize(1);
    assertThat(errors(javac).get(0)).startsWith(unimplemented);

    Ecj ecj = ecj(api, null, true);
    assertThat(ecj.errors()).as(ecj.output()).hasSize(1);
    assertThat(ecj.errors().get(0)).as(ecj.output()).startsWith(unimplemented);
  }

  @Test
  void aTypeThatNeverAppearsIsReportedOnceBesideTheCompilersError() throws Exception {
    String api =
        """
        package com.example;

        @dev.statusspec.StatusSpec("statuses.yaml")
        public interface Api extends Missing {
          default Absent absent() {
            return null;
          }
        }
        """;
    String unresolved =
        "Api.java:3: [statusspec:unresolved-types] com.example.Api refers to Absent, Missing, which"
            + " no source, library or annotation processor of this compilation provides; nothing"
            + " was generated for it, so its generated types are missing too: fix that reference"
            + " first";

    Compilation javac = javac(api, null, false);
    assertThat(errors(javac))
        .containsExactlyInAnyOrder(
            "Api.java:4: cannot find symbol symbol: class Missing",
            "Api.java:5: cannot find symbol symbol: class Absent location: interface"
                + " com.example.Api",
            unresolved);

    Ecj ecj = ecj(api, null, false);
    assertThat(ecj.errors())
        .as(ecj.output())
        .containsExactlyInAnyOrder(
            "Api.java:4: Missing cannot be resolved to a type",
            "Api.java:5: Absent cannot be resolved to a type",
            unresolved);
  }

  /** The types the spec generates are never waited for: the interface may name them. */
  @Test
  void anInterfaceMayNameItsOwnGeneratedTypes() throws Exception {
    String api =
        """
        package com.example;

        import java.util.List;

        @dev.statusspec.StatusSpec("statuses.yaml")
        public interface Api {
          default ApiException gone(String message) {
            return new NotFoundException(message);
          }

          default List<ApiStatus> all() {
            return List.of(ApiStatus.values());
          }

          default com.example.ApiStatusHandler<String> handler() {
            return null;
          }
        }
        """;
    Compilation javac = javac(api, null, false);
    assertThat(javac).succeededWithoutWarnings();

    Ecj ecj = ecj(api, null, false);
    assertThat(ecj.problems()).as(ecj.output()).isEmpty();
    assertThat(ecj.compiled()).as(ecj.output()).isTrue();
  }

  private static Compilation javac(String api, String main, boolean lateTypes) {
    return javac(SPEC, api, main, lateTypes);
  }

  private static Compilation javac(String spec, String api, String main, boolean lateTypes) {
    Fixture fixture = Fixture.spec(spec).withInterface("com.example.Api", api);
    if (main != null) {
      fixture.withSource("com.example.Main", main);
    }
    if (lateTypes) {
      fixture.withProcessor(new LateTypesProcessor());
    }
    return fixture.compile("--release", "17");
  }

  /** Each error as {@code File.java:line: message}, the message's lines joined by spaces. */
  private static List<String> errors(Compilation compilation) {
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String file = error.getSource() == null ? "?" : error.getSource().getName();
      errors.add(
          file.substring(file.lastIndexOf('/') + 1)
              + ":"
              + error.getLineNumber()
              + ": "
              + normalized(error.getMessage(Locale.ROOT)));
    }
    return errors;
  }

  /** A message on one line, with the spec's folder (a temporary one) left out. */
  private static String normalized(String message) {
    return message.strip().replaceAll("\\s+", " ").replaceAll("\\S*/(statuses\\.yaml)", "$1");
  }

  private Ecj ecj(String api, String main, boolean lateTypes) throws Exception {
    return ecj(SPEC, api, main, lateTypes);
  }

  private Ecj ecj(String spec, String api, String main, boolean lateTypes) throws Exception {
    SourceTree tree = SourceTree.in(temp);
    Path specFile = tree.src().resolve("com/example/statuses.yaml");
    Files.createDirectories(specFile.getParent());
    Files.writeString(specFile, spec, StandardCharsets.UTF_8);
    tree.withSource("com.example.Api", api);
    if (main != null) {
      tree.withSource("com.example.Main", main);
    }
    String processors = StatusSpecProcessor.class.getName();
    if (lateTypes) {
      processors = LateTypesProcessor.class.getName() + "," + processors;
    }
    // -cp before -processorpath: ecj otherwise ignores the processor path (Eclipse bug 573833).
    List<String> args =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-cp",
                ProcessorPath.annotations().toString(),
                "-processorpath",
                ProcessorPath.processor() + File.pathSeparator + testClasses(),
                "-processor",
                processors,
                "-s",
                tree.generated().toString(),
                "-d",
                tree.out().toString(),
                "-sourcepath",
                tree.src().toString()));
    args.addAll(tree.sourceFiles());
    StringWriter output = new StringWriter();
    PrintWriter writer = new PrintWriter(output);
    boolean compiled =
        new Main(writer, writer, false, null, null).compile(args.toArray(String[]::new));
    writer.flush();
    Set<String> generated = new TreeSet<>();
    for (Path file : SourceTree.filesUnder(tree.generated())) {
      generated.add(file.getFileName().toString());
    }
    return new Ecj(compiled, output.toString(), problems(output.toString()), generated);
  }

  private static Path testClasses() throws URISyntaxException {
    return Path.of(
        LateTypesProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /**
   * What ecj printed, as {@code KIND File.java:line: message} per problem, the message's lines
   * (after the source line and its {@code ^^^} marker) joined by spaces.
   */
  private static Map<String, String> problems(String output) {
    Map<String, String> problems = new LinkedHashMap<>();
    int index = 0;
    for (String block : output.split("(?m)^----------\\R")) {
      List<String> lines = block.lines().toList();
      if (lines.isEmpty()) {
        continue;
      }
      Matcher head = ECJ_PROBLEM.matcher(lines.get(0));
      if (head.matches()) {
        String file = Path.of(head.group(2)).getFileName().toString();
        String message =
            lines.subList(Math.min(3, lines.size()), lines.size()).stream()
                .map(String::strip)
                .collect(Collectors.joining(" "));
        problems.put(
            index++ + " " + head.group(1), file + ":" + head.group(3) + ": " + normalized(message));
      }
    }
    return problems;
  }

  /**
   * One ecj run.
   *
   * @param compiled whether ecj succeeded
   * @param output everything it printed
   * @param problems {@code "<n> <KIND>"} to {@code File.java:line: message}
   * @param generated the simple file names under the generated sources' folder
   */
  private record Ecj(
      boolean compiled, String output, Map<String, String> problems, Set<String> generated) {

    List<String> errors() {
      return problems.entrySet().stream()
          .filter(e -> e.getKey().endsWith(" ERROR"))
          .map(Map.Entry::getValue)
          .toList();
    }
  }
}
