package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.Goldens;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact text the processor generates, one folder of goldens per test under {@code
 * src/test/resources/golden/GoldenFilesTest/<method>/} (see {@link Goldens}): the example module's
 * spec at Java 8 and 17 (the two shapes of the output: classic switches, and switch expressions
 * with sealed exceptions), the operations spec {@code operations/shop.yaml}, and every framework
 * adapter and {@code PProblems} in each variant the class path selects (Spring 6.1; Jakarta REST
 * 3.1 and 4.0; MicroProfile Rest Client and Feign decoding with JSON-P, Jackson 2 and Jackson 3;
 * Feign 12 and 13; springdoc 2.8).
 *
 * <p>The cases without a framework pin every generated file. A case with frameworks on the class
 * path pins only the files that differ from the same compilation without them (the adapters and
 * {@code PProblems}), and checks that the frameworks change nothing else; so each generator's
 * output lives in as few goldens as possible.
 *
 * <p>Every compilation runs under {@code -Xlint:all -Werror}. When a change to the generators is
 * intended, regenerate with {@code mvn -pl processor -am test -Dtest=GoldenFilesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dstatusspec.updateGoldens=true} (the run prints what it
 * wrote; a failure prints the command for its own test) and review the diff.
 */
class GoldenFilesTest {

  private static final Path EXAMPLE_SPEC =
      Path.of("../example/src/main/resources/dev/statusspec/example/field-api-statuses.yaml");

  private static final String INTERFACE =
      "package com.example;\n\n"
          + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
          + "public interface FieldApi {}\n";

  private static final String SHOP_INTERFACE =
      "package com.example;\n\n"
          + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
          + "public interface Shop {}\n";

  /** {@code -options}: javac 17 warns that release 8 is deprecated, which is not the output's. */
  private static final String[] STRICT = {"-Xlint:all,-options", "-Werror"};

  @Test
  void release17() {
    Compilation compilation = example(List.of(), "17");
    assertThat(Goldens.generatedFiles(compilation))
        .containsKeys(
            "com/example/FieldApiStatus.java", "META-INF/statusspec/com/example/FieldApi.md");
    Goldens.check(GoldenFilesTest.class, "release17", compilation);
  }

  @Test
  void release8() {
    Goldens.check(GoldenFilesTest.class, "release8", example(List.of(), "8"));
  }

  /** {@code PControllerAdvice}, and {@code PResponseErrorHandler} with 6.1's extra overload. */
  @Test
  void spring61() {
    checkAdapters("spring61", "17", "spring-6.1");
  }

  /**
   * {@code PExceptionMapper} against Jakarta REST 3.1, and the client adapters {@code
   * PResponseExceptionMapper} and {@code PErrorDecoder} (Feign 13's constructor) decoding with
   * JSON-P, at release 11.
   */
  @Test
  void jakartaRest31MicroProfile40Feign13JsonB() {
    checkAdapters(
        "jakartaRest31MicroProfile40Feign13JsonB",
        "11",
        "jakarta-rest-3.1",
        "microprofile-rest-client-4.0",
        "feign-13",
        "json-b-3.0");
  }

  /** The same adapters against Jakarta REST 4.0, the clients decoding with Jackson 3. */
  @Test
  void jakartaRest40MicroProfile40Feign13Jackson3() {
    checkAdapters(
        "jakartaRest40MicroProfile40Feign13Jackson3",
        "17",
        "jakarta-rest-4.0",
        "microprofile-rest-client-4.0",
        "feign-13",
        "jackson-3");
  }

  /** {@code PErrorDecoder} with Feign 12's constructor, decoding with Jackson 2, at release 8. */
  @Test
  void feign12Jackson2() {
    checkAdapters("feign12Jackson2", "8", "feign-12", "jackson-2");
  }

  /**
   * {@code POASFilter} against MicroProfile OpenAPI 3.1 (OpenAPI 3.0's model: pinned values as
   * one-value enums), for the example spec at release 11.
   */
  @Test
  void microProfileOpenApi31() {
    checkAdapters("microProfileOpenApi31", "11", "microprofile-openapi-3.1");
  }

  /**
   * {@code POASFilter} against MicroProfile OpenAPI 4.0 ({@code const}, type lists), for the
   * operations spec: shared codes, deprecated and retryable statuses, operations without errors.
   */
  @Test
  void microProfileOpenApi40Operations() {
    pinWhatFrameworksAdd(
        "microProfileOpenApi40Operations", shop(List.of()), shop(jars("microprofile-openapi-4.0")));
  }

  /**
   * {@code PGrpc} and the two interceptors against grpc-java 1.85 at release 8, for the operations
   * spec with a {@code grpc:} section and overrides (and so the reference page's gRPC codes).
   */
  @Test
  void grpc185() {
    byte[] spec = readResource("/operations/shop-grpc.yaml");
    Compilation without =
        compile(Fixture.specBytes(spec).withInterface("com.example.Shop", SHOP_INTERFACE), "8");
    Compilation with =
        compile(
            Fixture.specBytes(spec)
                .withInterface("com.example.Shop", SHOP_INTERFACE)
                .withClassPath(jars("grpc-1.85")),
            "8");
    // What grpc adds, and the reference page, which gives the gRPC codes of a spec with grpc:.
    SortedMap<String, String> base = Goldens.generatedFiles(without);
    SortedMap<String, String> pinned = new TreeMap<>();
    Goldens.generatedFiles(with)
        .forEach(
            (file, text) -> {
              if (!text.equals(base.get(file)) || file.endsWith(".md")) {
                pinned.put(file, text);
              }
            });
    assertThat(Goldens.generatedFiles(with).keySet()).containsAll(base.keySet());
    Goldens.check(GoldenFilesTest.class, "grpc185", pinned);
  }

  private static byte[] readResource(String name) {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Operations of every shape, and a spec without {@code problem:}, without frameworks. */
  @Test
  void operations() {
    Goldens.check(GoldenFilesTest.class, "operations", shop(List.of()));
  }

  /**
   * Every adapter for the operations spec, which has no {@code problem:} section: Spring 6.1,
   * Jakarta REST 4.0, MicroProfile Rest Client 4.0 and Feign 13, all decoding with Jackson 2.
   */
  @Test
  void operationsWithEveryFramework() {
    List<File> jars =
        jars("spring-6.1", "jakarta-rest-4.0", "microprofile-rest-client-4.0", "feign-13");
    pinWhatFrameworksAdd("operationsWithEveryFramework", shop(List.of()), shop(jars));
  }

  /**
   * {@code POpenApiCustomizer} for the operations spec against springdoc 2.8 (swagger-core 2.2
   * jakarta, Jackson 2, Spring 6.2's {@code @Component}), without Spring's web adapters.
   */
  @Test
  void springdoc28() {
    pinWhatFrameworksAdd("springdoc28", shop(List.of()), shop(jars("springdoc-2.8")));
  }

  /**
   * {@code PHttpClient} (the JDK's {@code java.net.http}, no dependency) and the {@code PProblems}
   * it needs, at release 11, the first it is generated at: the JDK is the framework, so the
   * compilation without frameworks has it.
   */
  @Test
  void jdkHttpClient11() {
    SortedMap<String, String> files =
        new TreeMap<>(Goldens.generatedFiles(example(List.of(), "11")));
    files.keySet().removeIf(f -> !f.endsWith("HttpClient.java") && !f.endsWith("Problems.java"));
    assertThat(files).hasSize(2);
    Goldens.check(GoldenFilesTest.class, "jdkHttpClient11", files);
  }

  /**
   * Spring WebFlux 6.1 without the servlet API, a reactive server: {@code PControllerAdvice} takes
   * WebFlux's {@code ServerHttpRequest}, and {@code PExchangeFilter} decodes with Jackson 2.
   */
  @Test
  void webflux61() {
    List<File> reactive = new ArrayList<>(jars("spring-6.1", "webflux-6.1"));
    reactive.removeIf(jar -> jar.getName().startsWith("jakarta.servlet"));
    pinWhatFrameworksAdd("webflux61", example(List.of(), "17"), example(reactive, "17"));
  }

  /** The example spec at {@code release}, against {@code frameworks}, and without them. */
  private static void checkAdapters(String method, String release, String... frameworks) {
    pinWhatFrameworksAdd(method, example(List.of(), release), example(jars(frameworks), release));
  }

  /**
   * Pins the files of {@code with} that {@code without} lacks or has with another text, after
   * checking that the frameworks removed nothing.
   */
  private static void pinWhatFrameworksAdd(String method, Compilation without, Compilation with) {
    SortedMap<String, String> base = Goldens.generatedFiles(without);
    SortedMap<String, String> all = Goldens.generatedFiles(with);
    assertThat(all.keySet()).as("generated with the frameworks").containsAll(base.keySet());
    SortedMap<String, String> changed = new TreeMap<>();
    for (Map.Entry<String, String> file : all.entrySet()) {
      if (!Objects.equals(base.get(file.getKey()), file.getValue())) {
        changed.put(file.getKey(), file.getValue());
      }
    }
    Goldens.check(GoldenFilesTest.class, method, changed);
  }

  private static Compilation example(List<File> classPath, String release) {
    return compile(
        Fixture.specBytes(read(EXAMPLE_SPEC))
            .withInterface("com.example.FieldApi", INTERFACE)
            .withClassPath(classPath),
        release);
  }

  private static Compilation shop(List<File> classPath) {
    byte[] spec;
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/operations/shop.yaml")) {
      spec = Objects.requireNonNull(in, "operations/shop.yaml").readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compile(
        Fixture.specBytes(spec)
            .withInterface("com.example.Shop", SHOP_INTERFACE)
            .withClassPath(classPath),
        "17");
  }

  private static Compilation compile(Fixture fixture, String release) {
    List<String> options = new ArrayList<>(List.of("--release", release));
    options.addAll(List.of(STRICT));
    Compilation compilation = fixture.compile(options.toArray(String[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  /** The jars of each framework, copied by the build into {@code target/frameworks/<name>}. */
  private static List<File> jars(String... names) {
    String root = System.getProperty("statusspec.frameworks", "target/frameworks");
    List<File> files = new ArrayList<>();
    for (String name : names) {
      Path dir = Path.of(root, name);
      try (Stream<Path> list = Files.list(dir)) {
        list.sorted().map(Path::toFile).forEach(files::add);
      } catch (IOException e) {
        throw new AssertionError(
            "no framework jars in " + dir + " (run mvn generate-test-resources)", e);
      }
    }
    return files;
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
