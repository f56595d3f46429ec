package dev.statusspec.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.testing.MatrixSpecs;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor in a long-lived build daemon (Gradle's, IntelliJ's build process, mvnd): one JVM,
 * the processor's classes loaded once by one class loader, a new instance per compilation, through
 * {@code javax.tools.JavaCompiler}. Compilations alternate specs (the example, the catalogues, the
 * matrix, operations, a baseline, a broken spec) and options ({@code adapters=none}, {@code
 * lint=none}, {@code --release 8/11/17}, a framework on the class path or not); every one gives
 * byte for byte the generated sources, class files, resources and diagnostics of the same
 * compilation run fresh (the processor loaded by a class loader of its own, dropped after), so
 * nothing of one compilation is visible in the next. Two compilations at once on two threads give
 * the same too. {@code benchmarks/daemon/DaemonHeap.java} measures the retained heap over 500 such
 * compilations (docs/PERFORMANCE.md).
 */
class DaemonTest {

  /** How often the whole list of cases is compiled in a row, each time in another order. */
  private static final int CYCLES = 9;

  @TempDir static Path temp;

  private static List<Case> cases;
  private static Map<String, Result> fresh;
  private static URLClassLoader daemonLoader;
  private static Class<? extends Processor> daemonProcessor;

  /**
   * One compilation, in its own source folder (kept, so that the spec's path in messages is the
   * same in every run): the spec and interfaces under {@code src}, the options, and the class path
   * beyond the annotations.
   */
  private record Case(String name, Path src, List<String> options, List<Path> classPath) {

    /** The javac options but for the outputs' folders. */
    List<String> javacOptions() {
      StringBuilder path = new StringBuilder(ProcessorPath.annotations().toString());
      classPath.forEach(p -> path.append(File.pathSeparator).append(p));
      List<String> all =
          new ArrayList<>(
              List.of(
                  "-Xlint:all",
                  "-encoding",
                  "UTF-8",
                  "-implicit:class",
                  "-cp",
                  path.toString(),
                  "-sourcepath",
                  src.toString()));
      all.addAll(options);
      return all;
    }

    List<Path> sources() {
      try (Stream<Path> files = Files.walk(src)) {
        return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * What a compilation produced: whether it succeeded, its diagnostics (kind, file, line, column,
   * text; the output folder written as {@code <out>}), and every file written, by path.
   */
  private record Result(boolean success, List<String> diagnostics, Map<String, byte[]> files) {

    void assertSameAs(Result fresh, String what) {
      assertThat(success).as("%s: success", what).isEqualTo(fresh.success);
      assertThat(diagnostics).as("%s: diagnostics", what).isEqualTo(fresh.diagnostics);
      assertThat(files.keySet()).as("%s: files", what).isEqualTo(fresh.files.keySet());
      files.forEach(
          (name, bytes) ->
              assertThat(bytes).as("%s: bytes of %s", what, name).isEqualTo(fresh.files.get(name)));
    }
  }

  @BeforeAll
  static void compileEachCaseFresh() throws Exception {
    cases = cases(temp.resolve("cases"));
    fresh = new TreeMap<>();
    for (Case c : cases) {
      try (URLClassLoader loader = processorLoader()) {
        Processor processor =
            loader
                .loadClass(StatusSpecProcessor.class.getName())
                .asSubclass(Processor.class)
                .getConstructor()
                .newInstance();
        fresh.put(c.name(), compile(c, processor, temp.resolve("fresh").resolve(c.name())));
      }
    }
    daemonLoader = processorLoader();
    daemonProcessor =
        daemonLoader.loadClass(StatusSpecProcessor.class.getName()).asSubclass(Processor.class);
  }

  /**
   * A class loader of the processor's path alone. Its parent is the platform loader, as a daemon
   * keeps a processor path apart from its own classes: under the application loader, which has the
   * processor's classes on this test's class path, every loader would share one processor class.
   * (javac's {@code -processorpath} is such a child of the application loader, so it cannot give a
   * fresh run in this JVM.)
   */
  private static URLClassLoader processorLoader() {
    URL[] urls =
        Arrays.stream(ProcessorPath.processor().split(File.pathSeparator))
            .map(DaemonTest::url)
            .toArray(URL[]::new);
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  @AfterAll
  static void closeLoader() throws IOException {
    daemonLoader.close();
  }

  @Test
  void theFreshRunsCoverWhatTheCasesAreFor() {
    assertThat(daemonProcessor).isNotEqualTo(StatusSpecProcessor.class);
    assertThat(fresh.get("example").files())
        .containsKey("generated/com/example/FieldApiStatus.java");
    assertThat(fresh.get("stripe-jakarta").files())
        .containsKey("generated/com/example/stripe/StripeExceptionMapper.java");
    assertThat(fresh.get("stripe").files())
        .containsKey("generated/com/example/stripe/StripeStatus.java")
        .doesNotContainKey("generated/com/example/stripe/StripeExceptionMapper.java");
    assertThat(fresh.get("broken").success()).isFalse();
    assertThat(fresh.get("broken").diagnostics())
        .anyMatch(d -> d.contains("[statusspec:duplicate-id]"));
    assertThat(fresh.get("broken").files()).isEmpty();
    assertThat(fresh.get("orders-baseline").diagnostics())
        .anyMatch(d -> d.contains("[statusspec:"));
    assertThat(fresh.values()).allMatch(r -> r.success() || r == fresh.get("broken"));
  }

  /**
   * {@value #CYCLES} times every case, in a rotating order so that each follows different ones, all
   * with the one loaded processor class.
   */
  @Test
  void manyCompilationsWithOneProcessorClassEachGiveWhatAFreshJavacGives() throws Exception {
    int n = 0;
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get((i * (cycle + 1) + cycle) % cases.size());
        Result result =
            compile(c, newProcessor(), temp.resolve("daemon").resolve(Integer.toString(n)));
        result.assertSameAs(fresh.get(c.name()), "compilation " + n + " (" + c.name() + ")");
        n++;
      }
    }
    assertThat(n).isEqualTo(CYCLES * cases.size());
  }

  @Test
  void twoCompilationsAtOnceOnTwoThreadsBothGiveWhatAFreshJavacGives() throws Exception {
    List<List<String>> pairs =
        List.of(
            List.of("example", "stripe-jakarta"),
            List.of("matrix", "broken"),
            List.of("iana", "iana"),
            List.of("stripe", "stripe-jakarta"));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      int n = 0;
      for (List<String> pair : pairs) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Result>> results = new ArrayList<>();
        for (String name : pair) {
          Case c = caseNamed(name);
          Path out = temp.resolve("threads").resolve(Integer.toString(n++));
          results.add(
              threads.submit(
                  () -> {
                    Processor processor = newProcessor();
                    start.await();
                    return compile(c, processor, out);
                  }));
        }
        for (int i = 0; i < pair.size(); i++) {
          results.get(i).get().assertSameAs(fresh.get(pair.get(i)), pair + ": " + pair.get(i));
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static Processor newProcessor() throws ReflectiveOperationException {
    return daemonProcessor.getConstructor().newInstance();
  }

  private static Case caseNamed(String name) {
    return cases.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  /** Compiles {@code c} into {@code out} with {@code processor}. */
  private static Result compile(Case c, Processor processor, Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path generated = Files.createDirectories(out.resolve("generated"));
    Path classes = Files.createDirectories(out.resolve("classes"));
    List<String> options = new ArrayList<>(c.javacOptions());
    options.addAll(List.of("-s", generated.toString(), "-d", classes.toString()));
    boolean success;
    StringWriter javacOutput = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              javacOutput,
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjectsFromPaths(c.sources()));
      task.setProcessors(List.of(processor));
      success = task.call();
    }
    List<String> printed = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String source = d.getSource() == null ? "" : d.getSource().toUri().getPath();
      String text =
          d.getKind()
              + " "
              + source
              + ":"
              + d.getLineNumber()
              + ":"
              + d.getColumnNumber()
              + " "
              + d.getMessage(Locale.ROOT);
      printed.add(text.replace(out.toString(), "<out>"));
    }
    if (!javacOutput.toString().isEmpty()) {
      printed.add("javac: " + javacOutput.toString().replace(out.toString(), "<out>"));
    }
    Map<String, byte[]> written = new TreeMap<>();
    for (Path file : SourceTree.filesUnder(out)) {
      written.put(out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
    }
    return new Result(success, printed, written);
  }

  /** The cases, each written to its own folder under {@code root}. */
  private static List<Case> cases(Path root) throws IOException {
    Path frameworks =
        Path.of(System.getProperty("statusspec.frameworks", "target/frameworks")).toAbsolutePath();
    List<Path> jakarta;
    try (Stream<Path> jars = Files.list(frameworks.resolve("jakarta-rest-3.1"))) {
      jakarta = jars.sorted().toList();
    }
    List<Case> all = new ArrayList<>();
    all.add(
        single(
            root,
            "example",
            "com.example",
            "FieldApi",
            Path.of("../example/src/main/resources/dev/statusspec/example/field-api-statuses.yaml"),
            List.of(),
            List.of()));
    all.add(
        single(
            root,
            "iana",
            "com.example.iana",
            "Iana",
            resource("catalogues/iana.yaml"),
            List.of("-Astatusspec.adapters=none", "--release", "11"),
            List.of()));
    all.add(
        single(
            root,
            "kubernetes",
            "com.example.kubernetes",
            "Kubernetes",
            resource("catalogues/kubernetes.yaml"),
            List.of("-Astatusspec.lint=none", "--release", "8"),
            List.of()));
    all.add(
        single(
            root,
            "quirks",
            "com.example.quirks",
            "Quirks",
            resource("catalogues/quirks.yaml"),
            List.of("--release", "17"),
            List.of()));
    all.add(
        single(
            root,
            "stripe",
            "com.example.stripe",
            "Stripe",
            resource("catalogues/stripe.yaml"),
            List.of(),
            List.of()));
    all.add(
        single(
            root,
            "stripe-jakarta",
            "com.example.stripe",
            "Stripe",
            resource("catalogues/stripe.yaml"),
            List.of("-Astatusspec.adapters=auto"),
            jakarta));
    all.add(
        single(
            root,
            "operations",
            "com.example.shop",
            "Shop",
            resource("operations/shop.yaml"),
            List.of("--release", "17", "-Astatusspec.lint=all"),
            List.of()));
    all.add(
        single(
            root,
            "broken",
            "com.example",
            "Api",
            resource("bad/duplicate-id.yaml"),
            List.of(),
            List.of()));
    Case baseline =
        single(
            root,
            "orders-baseline",
            "com.example.orders",
            "Orders",
            resource("evolution/orders-1.4.yaml"),
            List.of("-Astatusspec.compatibility=warn"),
            List.of());
    Files.copy(
        resource("evolution/orders-1.3.yaml"),
        baseline.src().resolve("com/example/orders/baseline.yaml"));
    Files.writeString(
        baseline.src().resolve("com/example/orders/Orders.java"),
        "package com.example.orders;\n\n"
            + "@dev.statusspec.StatusSpec(value = \"statuses.yaml\", baseline ="
            + " \"baseline.yaml\")\n"
            + "public interface Orders {}\n");
    all.add(baseline);
    SourceTree matrix = SourceTree.in(Files.createDirectories(root.resolve("matrix")));
    MatrixSpecs.ALL.forEach(matrix::withSpec);
    all.add(new Case("matrix", matrix.src(), List.of("--release", "17"), List.of()));
    return all;
  }

  private static Case single(
      Path root,
      String name,
      String pkg,
      String iface,
      Path spec,
      List<String> options,
      List<Path> classPath)
      throws IOException {
    Path src = root.resolve(name).resolve("src");
    Path dir = Files.createDirectories(src.resolve(pkg.replace('.', '/')));
    Files.copy(spec, dir.resolve("statuses.yaml"));
    Files.writeString(
        dir.resolve(iface + ".java"),
        "package "
            + pkg
            + ";\n\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\npublic interface "
            + iface
            + " {}\n");
    return new Case(name, src, options, classPath);
  }

  private static Path resource(String name) {
    return Path.of("src/test/resources", name);
  }

  private static URL url(String path) {
    try {
      return Path.of(path).toUri().toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
