package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.gen.GeneratedFile;
import dev.statusspec.processor.gen.JavaText;
import dev.statusspec.processor.gen.Plan;
import dev.statusspec.processor.gen.Target;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import dev.statusspec.processor.testing.SpecGenerator;
import dev.statusspec.processor.testing.SpecGenerator.Case;
import dev.statusspec.processor.testing.SpecGenerator.Intent;
import dev.statusspec.processor.testing.Specs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated specs, valid and broken, full of hostile text: each ends in diagnostics that are all
 * positioned in the file, or in generated code that is plain ASCII and holds every text exactly.
 * Most tries stop before javac (reader, binder, validator, generators, {@link JavaText}); a sample
 * of the valid ones is compiled with {@code -Xlint:all -Werror} and its accessors called.
 *
 * <p>The seed is printed; rerun one with {@code -Dstatusspec.seed=<seed>}, and run more tries with
 * {@code -Dstatusspec.tries=<n>}.
 */
class SpecPropertyTest {

  private static final long SEED = Long.getLong("statusspec.seed", 20261124L);
  private static final int TRIES = Integer.getInteger("statusspec.tries", 1_000);
  private static final int COMPILE_EVERY = 20;
  private static final int MAX_COMPILED = 20;

  /** Problems with the file as a whole, which have no line. */
  private static final Set<String> FILE_WIDE = Set.of("spec-too-large");

  @Test
  void everySpecEndsInAPositionedDiagnosticOrInCodeThatHoldsItsTexts() throws Exception {
    System.out.printf(
        "SpecPropertyTest: seed %d, %d tries (rerun with -Dstatusspec.seed=%d)%n",
        SEED, TRIES, SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    int valid = 0;
    int broken = 0;
    int compiled = 0;
    long compileNanos = 0;
    long start = System.nanoTime();
    for (int i = 0; i < TRIES; i++) {
      Case generated = new SpecGenerator(random.split()).next();
      try {
        Optional<Spec> spec = check(generated, i % 2 == 0 ? 17 : 8);
        if (spec.isEmpty()) {
          broken++;
        } else {
          valid++;
          if (valid % COMPILE_EVERY == 0 && compiled < MAX_COMPILED) {
            long compileStart = System.nanoTime();
            compile(spec.get(), generated, i % 4 < 2 ? "17" : "8");
            compileNanos += System.nanoTime() - compileStart;
            compiled++;
          }
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            String.format(
                "try %d of seed %d failed; mistakes %s; spec:%n%s",
                i, SEED, generated.mistakes(), abbreviate(generated.yaml())),
            e);
      }
    }
    long totalMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "SpecPropertyTest: %d valid (%d compiled in %d ms), %d with diagnostics; %d ms in all%n",
        valid, compiled, compileNanos / 1_000_000, broken, totalMillis);
    assertThat(valid).isGreaterThan(TRIES / 4);
    assertThat(broken).isGreaterThan(TRIES / 4);
    assertThat(compiled).isGreaterThanOrEqualTo(Math.min(MAX_COMPILED, TRIES / COMPILE_EVERY / 3));
  }

  /** Loads, then checks the diagnostics or the generated code; returns the spec if valid. */
  private static Optional<Spec> check(Case generated, int release) {
    Diagnostics diagnostics = new Diagnostics("statuses.yaml");
    Optional<Spec> spec = Specs.load(generated.bytes(), "Api", diagnostics);
    if (generated.valid()) {
      assertThat(diagnostics.list()).as("diagnostics of a spec left valid").isEmpty();
      assertMatchesIntent(spec.orElseThrow(), generated.statuses());
    }
    if (spec.isEmpty()) {
      assertThat(diagnostics.list()).isNotEmpty();
      long lines = generated.yaml().lines().count();
      for (Diagnostic d : diagnostics.list()) {
        assertThat(d.format()).startsWith("[statusspec:" + d.message().id() + "] statuses.yaml");
        assertThat(d.text()).isNotBlank().doesNotContain("Exception:", "\tat ");
        if (!FILE_WIDE.contains(d.message().id())) {
          assertThat(d.position().line()).as("line of %s", d).isBetween(1, (int) lines + 1);
          assertThat(d.position().column()).as("column of %s", d).isPositive();
        }
      }
      return Optional.empty();
    }
    assertThat(diagnostics.list()).isEmpty();
    checkGenerated(spec.get(), release);
    return spec;
  }

  private static void assertMatchesIntent(Spec spec, List<Intent> intents) {
    assertThat(spec.statuses()).hasSameSizeAs(intents);
    for (int i = 0; i < intents.size(); i++) {
      Status status = spec.statuses().get(i);
      Intent intent = intents.get(i);
      assertThat(status.code()).isEqualTo(intent.code());
      assertThat(status.id()).isEqualTo(intent.id());
      assertThat(status.reasonPhrase()).isEqualTo(intent.name());
      assertThat(status.description()).isEqualTo(intent.description());
      assertThat(status.errorCode()).isEqualTo(intent.errorCode());
      assertThat(status.retryable()).isEqualTo(intent.retryable());
      assertThat(status.deprecation()).isEqualTo(intent.deprecation());
    }
  }

  /** Runs every generator without javac and checks what can be checked without compiling. */
  private static void checkGenerated(Spec spec, int release) {
    for (Status status : spec.statuses()) {
      for (String text : texts(status)) {
        assertThat(unescape(JavaText.literal(text).toString())).isEqualTo(text);
        String doc = JavaText.javadoc(text);
        assertThat(doc).doesNotContain("*/", "@", "\\");
        assertThat(doc.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f))).isTrue();
      }
    }
    Plan plan =
        Specs.plan(
            spec,
            ClassName.get("com.example", "Api"),
            "statuses.yaml",
            new Target(release, Optional.empty()));
    {
      for (GeneratedFile file : plan.files()) {
        if (file instanceof GeneratedFile.JavaSource source) {
          String text = source.file().toString();
          assertThat(text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)))
              .as("%s is printable ASCII", source.file().typeSpec().name())
              .isTrue();
        } else {
          String page = ((GeneratedFile.Resource) file).text();
          assertThat(page.codePoints().filter(c -> c != '\n' && Character.isISOControl(c)))
              .isEmpty();
          if (file.name().endsWith(".md")) {
            // Code spans show their content literally (CommonMark): HTML there is text.
            assertThat(page.replaceAll("`[^`\n]*`", "")).doesNotContain("<script>");
          }
        }
      }
    }
  }

  private static List<String> texts(Status status) {
    List<String> texts = new ArrayList<>(List.of(status.reasonPhrase(), status.description()));
    status.errorCode().ifPresent(texts::add);
    status.deprecation().ifPresent(texts::add);
    return texts;
  }

  /** Compiles {@code spec}'s file with javac and calls every accessor. */
  private static void compile(Spec spec, Case generated, String release) throws Exception {
    List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", release));
    if (release.equals("8")) {
      options.add("-Xlint:-options");
    }
    Compilation compilation =
        Fixture.specBytes(generated.bytes()).compile(options.toArray(String[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    String prefix = spec.prefix("Api");
    GeneratedClasses classes = GeneratedClasses.of(compilation);
    assertThat(classes.texts("com.example." + prefix + "Status"))
        .containsExactlyElementsOf(
            spec.statuses().stream()
                .map(s -> List.<Object>of(s.reasonPhrase(), s.description(), s.errorCode()))
                .toList());
    Class<?> handler = classes.load("com.example." + prefix + "StatusHandler");
    assertThat(handler.getDeclaredMethods()).hasSize(spec.statuses().size() + 1);
    Class<?> exceptionHandler = classes.load("com.example." + prefix + "ExceptionHandler");
    assertThat(exceptionHandler.getDeclaredMethods()).hasSize(spec.errors().size());
  }

  /** The value of a Java string literal as {@link JavaText#literal} writes them. */
  static String unescape(String literal) {
    assertThat(literal).startsWith("\"").endsWith("\"");
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < literal.length() - 1; i++) {
      char c = literal.charAt(i);
      assertThat(c).isBetween(' ', '~');
      if (c != '\\') {
        assertThat(c).isNotEqualTo('"');
        out.append(c);
        continue;
      }
      char e = literal.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case '"', '\\' -> out.append(e);
        case 'u' -> {
          out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new AssertionError("unexpected escape \\" + e + " in " + literal);
      }
    }
    return out.toString();
  }

  private static String abbreviate(String yaml) {
    return yaml.length() <= 4_000 ? yaml : yaml.substring(0, 4_000) + "\n...";
  }
}
