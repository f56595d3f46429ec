package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The baseline, the options {@code statusspec.compatibility} and {@code statusspec.lint}, and the
 * retired section, through javac: severities as javac prints them, {@code -Werror},
 * {@code @SuppressWarnings}, and what the generated code does with a retired code.
 */
class EvolutionCompileTest {

  private static final String BASELINE =
      """
      statuses:
        - code: 200
          name: OK
        - code: 404
          name: Not Found
        - code: 409
          name: Conflict
          errorCode: conflict
      """;

  private static final String CODE_CHANGED = BASELINE.replace("code: 404", "code: 410");

  private static final String WITH_BASELINE =
      """
      package com.example;

      %s@dev.statusspec.StatusSpec(value = "statuses.yaml", baseline = "statuses-1.4.yaml")
      public interface Api {}
      """;

  private static Fixture fixture(String spec, String annotations) {
    return Fixture.spec(spec)
        .withFile("statuses-1.4.yaml", BASELINE)
        .withInterface("com.example.Api", WITH_BASELINE.formatted(annotations));
  }

  private static Fixture fixture(String spec) {
    return fixture(spec, "");
  }

  private static List<String> messages(
      List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.getMessage(Locale.ROOT).replace("\n  ", "\n")) // javac indents lines 2..n
        .filter(m -> m.startsWith("[statusspec:"))
        .toList();
  }

  private static boolean generated(Compilation compilation) {
    return compilation.status() == Compilation.Status.SUCCESS
        && compilation.generatedSourceFile("com.example.ApiStatus").isPresent();
  }

  /**
   * A breaking change is an error, but the spec itself is whole: its types are still generated, so
   * that code using them compiles and the build fails with the breaking change alone.
   */
  @Test
  void aBreakingChangeIsAnErrorByDefaultAndTheTypesAreStillGenerated() {
    Compilation compilation =
        fixture(CODE_CHANGED)
            .withSource(
                "com.example.Main",
                "package com.example;\n\n"
                    + "class Main {\n"
                    + "  ApiStatus gone = ApiStatus.NOT_FOUND;\n"
                    + "}\n")
            .compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation.errors()))
        .containsExactly(
            "[statusspec:code-changed] target/fixture/com/example/statuses.yaml:4:11: the code of"
                + " NOT_FOUND changed from 404 to 410: clients that match the old code no longer"
                + " find it; keep the old code, or retire the id and add a status with a new id"
                + " (was at target/fixture/com/example/statuses-1.4.yaml:4:11)");
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation.errors().get(0).getSource().getName()).endsWith("Api.java");
  }

  @Test
  void errorIsTheDefaultSpelledOut() {
    Compilation compilation = fixture(CODE_CHANGED).compile("-Astatusspec.compatibility=error");
    assertThat(compilation).failed();
    assertThat(messages(compilation.errors())).hasSize(1).allMatch(m -> m.contains("code-changed"));
  }

  @Test
  void warnReportsTheSameIdAsAWarningAndGenerates() {
    Compilation compilation = fixture(CODE_CHANGED).compile("-Astatusspec.compatibility=warn");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.warnings()))
        .singleElement()
        .asString()
        .startsWith(
            "[statusspec:code-changed] target/fixture/com/example/statuses.yaml:4:11: the code of"
                + " NOT_FOUND");
    assertThat(generated(compilation)).isTrue();
  }

  @Test
  void warnFailsUnderWerror() {
    Compilation compilation =
        fixture(CODE_CHANGED).compile("-Astatusspec.compatibility=warn", "-Werror");
    assertThat(compilation).failed();
    assertThat(messages(compilation.warnings())).hasSize(1);
  }

  @Test
  void warnIsSilencedBySuppressWarningsOnTheInterface() {
    Compilation compilation =
        fixture(CODE_CHANGED, "@SuppressWarnings(\"statusspec:code-changed\")\n")
            .compile("-Astatusspec.compatibility=warn", "-Werror");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.warnings())).isEmpty();
  }

  @Test
  void offReportsNothingAndDoesNotReadTheBaseline() {
    Compilation compilation =
        Fixture.spec(CODE_CHANGED)
            .withInterface("com.example.Api", WITH_BASELINE.formatted(""))
            .compile("-Astatusspec.compatibility=off", "-Werror");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.diagnostics())).isEmpty();
  }

  @Test
  void anInvalidValueIsOneErrorNamingTheAllowedValues() {
    Compilation compilation = fixture(BASELINE).compile("-Astatusspec.compatibility=strict");
    assertThat(compilation).failed();
    assertThat(messages(compilation.errors()))
        .containsExactly(
            "[statusspec:invalid-option] -Astatusspec.compatibility=strict is not a valid value;"
                + " use one of: error, warn, off (the option keeps its default)");
  }

  @Test
  void statusesAddedAreANote() {
    Compilation compilation =
        fixture(BASELINE + "  - code: 429\n    name: Too Many Requests\n").compile("-Werror");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.notes()))
        .containsExactly(
            "[statusspec:statuses-added] target/fixture/com/example/statuses.yaml:9:5: statuses"
                + " added since the baseline target/fixture/com/example/statuses-1.4.yaml:"
                + " TOO_MANY_REQUESTS; every implementation of these handlers must now have:\n"
                + "  - ApiStatusHandler.onTooManyRequests()\n"
                + "  - ApiExceptionHandler.onTooManyRequests(TooManyRequestsException)");
  }

  @Test
  void aMissingBaselineIsItsOwnErrorListingThePlacesTried() {
    Compilation compilation =
        Fixture.spec(BASELINE)
            .withInterface("com.example.Api", WITH_BASELINE.formatted(""))
            .compile();
    assertThat(compilation).failed();
    List<String> errors = messages(compilation.errors());
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0))
        .startsWith(
            "[statusspec:baseline-not-found] statuses-1.4.yaml: cannot find the baseline spec"
                + " com/example/statuses-1.4.yaml, the spec of the last release that"
                + " @StatusSpec(baseline = ...) compares this one with; looked in:")
        .contains("\n  - source path: com/example/statuses-1.4.yaml (no such file)");
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertThat(error.getLineNumber()).isEqualTo(3);
    assertThat(error.getColumnNumber())
        .as("at the baseline attribute's value, which IDEs underline")
        .isEqualTo(
            WITH_BASELINE.formatted("").lines().toList().get(2).indexOf("\"statuses-1.4") + 1);
    assertThat(generated(compilation)).isFalse();
  }

  @Test
  void aBrokenBaselineGivesTheSpecsDiagnosticsOnItsFileAndANote() {
    Compilation compilation =
        Fixture.spec(BASELINE)
            .withFile("statuses-1.4.yaml", "statuses:\n  - code: 200\n    nme: OK\n")
            .withInterface("com.example.Api", WITH_BASELINE.formatted(""))
            .compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation.errors()))
        .singleElement()
        .asString()
        .startsWith(
            "[statusspec:unknown-key] target/fixture/com/example/statuses-1.4.yaml:3:5: unknown key"
                + " 'nme'");
    assertThat(messages(compilation.notes()))
        .containsExactly(
            "[statusspec:baseline-not-compared] target/fixture/com/example/statuses-1.4.yaml: the"
                + " spec was not compared with this baseline because of the errors above; a"
                + " baseline is the spec as last released: restore it from that release rather than"
                + " editing it");
  }

  @Test
  void aReleaseWithSeveralBreakingChangesGetsThemAllInOneBuildEachAtItsLine() {
    // The spec reuses an id it lists under retired (the validator's retired-reused), renames the
    // generated types and changes a code: all three are reported.
    String current =
        "name: Shop\n"
            + CODE_CHANGED
            + "  - code: 400\n    id: LEGACY\n    name: Legacy\n"
            + "retired:\n  - id: LEGACY\n    code: 409\n    errorCode: legacy\n";
    Compilation compilation = fixture(current).compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation.errors()))
        .extracting(m -> m.substring(0, m.indexOf(": ")))
        .containsExactly(
            "[statusspec:name-changed] target/fixture/com/example/statuses.yaml:1:7",
            "[statusspec:code-changed] target/fixture/com/example/statuses.yaml:5:11",
            "[statusspec:retired-reused] target/fixture/com/example/statuses.yaml:11:5");
    assertThat(messages(compilation.errors()).get(0))
        .startsWith(
            "[statusspec:name-changed] target/fixture/com/example/statuses.yaml:1:7: the prefix of"
                + " the generated types changed from Api to Shop")
        .endsWith("keep 'name: Api' (was at target/fixture/com/example/statuses-1.4.yaml:1:1)");
    assertThat(compilation.errors().get(0).getSource().getName()).endsWith("Api.java");
  }

  @Test
  void retiredRemovedIsAnErrorAtTheRetiredKeyNamingTheBaselinesEntry() {
    String retired = "retired:\n  - id: LEGACY\n    code: 409\n    errorCode: legacy\n";
    Compilation compilation =
        Fixture.spec(BASELINE + "retired:\n  - id: OLD\n    code: 306\n")
            .withFile("statuses-1.4.yaml", BASELINE + retired)
            .withInterface("com.example.Api", WITH_BASELINE.formatted(""))
            .compile();
    assertThat(compilation).failed();
    assertThat(messages(compilation.errors()))
        .containsExactly(
            "[statusspec:retired-removed] target/fixture/com/example/statuses.yaml:9:1: the retired"
                + " status LEGACY (409, errorCode legacy) of the baseline is no longer listed under"
                + " 'retired:': a retired entry stays forever, so that no later status takes its"
                + " id, code or errorCode, which clients and servers of older releases would read"
                + " with the retired meaning; list it under 'retired:' again (was at"
                + " target/fixture/com/example/statuses-1.4.yaml:10:5)");
    Compilation warned =
        Fixture.spec(BASELINE)
            .withFile("statuses-1.4.yaml", BASELINE + retired)
            .withInterface(
                "com.example.Api",
                WITH_BASELINE.formatted("@SuppressWarnings(\"statusspec:retired-removed\")\n"))
            .compile("-Astatusspec.compatibility=warn", "-Werror");
    assertThat(warned).succeeded();
    assertThat(messages(warned.warnings())).isEmpty();
  }

  private static final String TYPE_BASE =
      "problem:\n  typeBase: https://api.example.com/problems\n" + BASELINE;

  @Test
  void typeBaseNotDirectoryIsAWarningThatWerrorFailsAndLintNoneOrSuppressWarningsSilence() {
    Compilation lenient = Fixture.spec(TYPE_BASE).compile();
    assertThat(lenient).succeeded();
    assertThat(messages(lenient.warnings()))
        .containsExactly(
            "[statusspec:type-base-not-directory] target/fixture/com/example/statuses.yaml:2:13:"
                + " typeBase 'https://api.example.com/problems' ends neither in '/' nor in '#', so"
                + " a relative 'type:' replaces its last segment and a slug is glued to it: the"
                + " type of NOT_FOUND would be 'https://api.example.com/problemsnot-found'; end it"
                + " with '/' ('https://api.example.com/problems/') or '#'");
    assertThat(Fixture.spec(TYPE_BASE).compile("-Werror")).failed();
    Compilation none = Fixture.spec(TYPE_BASE).compile("-Astatusspec.lint=none", "-Werror");
    assertThat(none).succeeded();
    assertThat(messages(none.warnings())).isEmpty();
    Compilation suppressed =
        Fixture.spec(TYPE_BASE)
            .withInterface(
                "com.example.Api",
                "package com.example;\n\n"
                    + "@SuppressWarnings(\"statusspec:type-base-not-directory\")\n"
                    + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\npublic interface Api {}\n")
            .compile("-Werror");
    assertThat(suppressed).succeeded();
    assertThat(messages(suppressed.warnings())).isEmpty();
  }

  private static final String OUTDATED =
      "statuses:\n  - code: 200\n    name: OK\n  - code: 413\n    name: Payload Too Large\n";

  @Test
  void lintWarningPassesWithoutWerrorAndFailsWithIt() {
    Compilation lenient = Fixture.spec(OUTDATED).compile();
    assertThat(lenient).succeeded();
    assertThat(messages(lenient.warnings()))
        .singleElement()
        .asString()
        .startsWith(
            "[statusspec:outdated-reason-phrase] target/fixture/com/example/statuses.yaml:5:11:"
                + " 'Payload Too Large' is an outdated reason phrase of 413");
    Compilation strict = Fixture.spec(OUTDATED).compile("-Werror");
    assertThat(strict).failed();
    assertThat(messages(strict.warnings())).hasSize(1);
  }

  @Test
  void lintWarningIsSilencedBySuppressWarnings() {
    Compilation compilation =
        Fixture.spec(OUTDATED)
            .withInterface(
                "com.example.Api",
                "package com.example;\n\n@SuppressWarnings(\"statusspec:outdated-reason-phrase\")\n"
                    + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\npublic interface Api {}\n")
            .compile("-Werror");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.warnings())).isEmpty();
  }

  @Test
  void lintNoneSilencesTheWarning() {
    Compilation compilation = Fixture.spec(OUTDATED).compile("-Astatusspec.lint=none", "-Werror");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.warnings())).isEmpty();
  }

  @Test
  void retiredCodesAreCodesTheSpecDoesNotHave() throws Exception {
    Compilation compilation =
        Fixture.spec(
                BASELINE
                    + "retired:\n"
                    + "  - id: LEGACY_CONFLICT\n    code: 409\n    errorCode: legacy_conflict\n"
                    + "  - id: SWITCH_PROXY\n    code: 306\n    reason: Unused since RFC 2616.\n")
            .compile("-Werror");
    assertThat(compilation).succeeded();
    GeneratedClasses classes = GeneratedClasses.of(compilation);
    Class<?> status = classes.load("com.example.ApiStatus");
    assertThat(status.getEnumConstants())
        .extracting(Object::toString)
        .containsExactly("OK", "NOT_FOUND", "CONFLICT");
    Method resolve = status.getMethod("resolve", int.class, String.class);
    assertThat(resolve.invoke(null, 409, "legacy_conflict"))
        .as("a retired errorCode of a code the spec has: the code's default")
        .isEqualTo(Optional.of(status.getField("CONFLICT").get(null)));
    assertThat(resolve.invoke(null, 306, null)).isEqualTo(Optional.empty());
    Class<?> handler = classes.load("com.example.ApiStatusHandler");
    Object recorder =
        Proxy.newProxyInstance(
            handler.getClassLoader(),
            new Class<?>[] {handler},
            (proxy, method, args) -> method.getName() + (args == null ? "" : "(" + args[0] + ")"));
    Method dispatch = status.getMethod("dispatch", int.class, String.class, handler);
    assertThat(dispatch.invoke(null, 306, null, recorder)).isEqualTo("onUnknown(306)");
    assertThat(dispatch.invoke(null, 409, "legacy_conflict", recorder)).isEqualTo("onConflict");
    String page =
        compilation
            .generatedFile(
                javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/statusspec/com/example/Api.md")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(page)
        .contains("\n## Retired\n")
        .contains(
            "| <a id=\"legacy-conflict\"></a>`LEGACY_CONFLICT` | 409 | `legacy_conflict` |  |\n")
        .contains(
            "| <a id=\"switch-proxy\"></a>`SWITCH_PROXY` | 306 |  | Unused since RFC 2616. |\n");
  }
}
