import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The processor in a long-lived build daemon, measured: N compilations (500 by default) in this one
 * JVM through {@code javax.tools.JavaCompiler}, the processor's classes loaded once by one class
 * loader and a new instance per compilation (as Gradle's daemon and IntelliJ's build process do),
 * alternating six cases of specs and options. After the compilations listed in {@link #CHECKPOINTS}
 * it runs full collections and prints the heap still in use ({@code MemoryMXBean}), the classes
 * loaded and the time so far: flat after warm-up means nothing accumulates from one compilation to
 * the next. Every compilation's output (generated files, class files, diagnostics) is also hashed
 * and must equal the first compilation of its case.
 *
 * <pre>
 * mvn -B -q install -DskipTests -pl annotations,processor
 * benchmarks/daemon/daemon-heap.sh 500
 * </pre>
 */
public final class DaemonHeap {

  private static final Set<Integer> CHECKPOINTS = Set.of(10, 50, 100, 200, 300, 400, 500);

  /** One compilation: a spec under {@code src}, the interface beside it, javac's options. */
  private record Case(String name, Path src, List<String> options) {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println(
          "usage: DaemonHeap processor-path annotations.jar repository-root compilations work-dir");
      System.exit(2);
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : args[0].split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    String annotations = args[1];
    Path root = Path.of(args[2]);
    int compilations = Integer.parseInt(args[3]);
    Path work = Path.of(args[4]);
    List<Case> cases = cases(root, work.resolve("cases"));

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Map<String, String> expected = new LinkedHashMap<>();
    long start = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%d compilations, %d cases, javac %s%n%12s %16s %14s %10s%n",
        compilations,
        cases.size(),
        System.getProperty("java.version"),
        "compilations",
        "heap after GC MB",
        "classes loaded",
        "seconds");
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<? extends Processor> processorClass =
          loader
              .loadClass("dev.statusspec.processor.StatusSpecProcessor")
              .asSubclass(Processor.class);
      for (int n = 1; n <= compilations; n++) {
        Case c = cases.get((n - 1) % cases.size());
        Path out = work.resolve("out");
        String hash =
            compile(javac, c, processorClass.getConstructor().newInstance(), annotations, out);
        String first = expected.putIfAbsent(c.name(), hash);
        if (first != null && !first.equals(hash)) {
          throw new AssertionError(
              "compilation " + n + " of " + c.name() + " differs from its first");
        }
        delete(out);
        if (CHECKPOINTS.contains(n)) {
          for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
          }
          System.out.printf(
              Locale.ROOT,
              "%12d %16.1f %14d %10.1f%n",
              n,
              memory.getHeapMemoryUsage().getUsed() / 1048576.0,
              ManagementFactory.getClassLoadingMXBean().getLoadedClassCount(),
              (System.nanoTime() - start) / 1e9);
        }
      }
    }
    System.out.println("every compilation's output equals the first of its case");
  }

  /**
   * Compiles {@code c} into {@code out}; returns a hash of everything it wrote and reported, with
   * {@code out} itself left out.
   */
  private static String compile(
      JavaCompiler javac, Case c, Processor processor, String annotations, Path out)
      throws Exception {
    Path generated = Files.createDirectories(out.resolve("generated"));
    Path classes = Files.createDirectories(out.resolve("classes"));
    List<String> options =
        new ArrayList<>(
            List.of(
                "-Xlint:all",
                "-encoding",
                "UTF-8",
                "-implicit:class",
                "-cp",
                annotations,
                "-sourcepath",
                c.src().toString(),
                "-s",
                generated.toString(),
                "-d",
                classes.toString()));
    options.addAll(c.options());
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<Path> sources;
      try (Stream<Path> walk = Files.walk(c.src())) {
        sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      StringWriter printed = new StringWriter();
      JavaCompiler.CompilationTask task =
          javac.getTask(
              printed,
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(processor));
      digest.update(Boolean.toString(task.call()).getBytes(StandardCharsets.UTF_8));
      digest.update(printed.toString().getBytes(StandardCharsets.UTF_8));
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String text = d.getKind() + " " + d.getLineNumber() + " " + d.getMessage(Locale.ROOT);
      digest.update(text.replace(out.toString(), "<out>").getBytes(StandardCharsets.UTF_8));
    }
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(out.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Six cases: the example, four catalogues with other options each, and a broken spec. */
  private static List<Case> cases(Path root, Path dir) throws IOException {
    Path resources = root.resolve("processor/src/test/resources");
    return List.of(
        single(
            dir,
            "example",
            root.resolve(
                "example/src/main/resources/dev/statusspec/example/field-api-statuses.yaml"),
            List.of()),
        single(
            dir,
            "iana",
            resources.resolve("catalogues/iana.yaml"),
            List.of("-Astatusspec.adapters=none", "--release", "11")),
        single(
            dir,
            "kubernetes",
            resources.resolve("catalogues/kubernetes.yaml"),
            List.of("-Astatusspec.lint=none", "--release", "8")),
        single(
            dir, "quirks", resources.resolve("catalogues/quirks.yaml"), List.of("--release", "17")),
        single(dir, "stripe", resources.resolve("catalogues/stripe.yaml"), List.of()),
        single(dir, "broken", resources.resolve("bad/duplicate-id.yaml"), List.of()));
  }

  private static Case single(Path dir, String name, Path spec, List<String> options)
      throws IOException {
    Path src = dir.resolve(name);
    Path pkg = Files.createDirectories(src.resolve("com/example/" + name));
    Files.copy(spec, pkg.resolve("statuses.yaml"));
    String iface = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Api";
    Files.writeString(
        pkg.resolve(iface + ".java"),
        "package com.example."
            + name
            + ";\n\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\npublic interface "
            + iface
            + " {}\n");
    return new Case(name, src, options);
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
