import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Times one cold javac run in this JVM with the statusspec processor wrapped, so that its own calls
 * are timed apart from javac's work: the wall and CPU time of every {@code process} call (round by
 * round) against the whole compilation. Compile it, then run it in a fresh JVM each time (not from
 * source: the source launcher would warm javac up in the JVM measured):
 *
 * <pre>
 * javac -d /tmp/pt benchmarks/profile/ProcessorTime.java
 * java -cp /tmp/pt ProcessorTime processor.jar class-path source-path Interface.java out-dir
 * </pre>
 *
 * {@code benchmarks/profile/profile.sh} does that under a flight recording that samples the main
 * thread every millisecond, and sums the samples inside {@code process} by stage ({@code
 * stages.py}).
 */
public final class ProcessorTime {
  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println(
          "usage: ProcessorTime processor.jar class-path source-path Interface.java out-dir");
      System.exit(2);
    }
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {new File(args[0]).toURI().toURL()}, ProcessorTime.class.getClassLoader());
    Processor processor =
        (Processor)
            loader
                .loadClass("dev.statusspec.processor.StatusSpecProcessor")
                .getDeclaredConstructor()
                .newInstance();
    Timed timed = new Timed(processor);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
    File out = new File(args[4]);
    File generated = new File(out, "generated");
    File classes = new File(out, "classes");
    if (!generated.mkdirs() || !classes.mkdirs()) {
      throw new IllegalStateException("give an out-dir that does not exist yet: " + out);
    }
    List<String> options =
        List.of(
            "--release",
            "17",
            "-Xlint:all",
            "-encoding",
            "UTF-8",
            "-cp",
            args[1],
            "-sourcepath",
            args[2],
            "-s",
            generated.getPath(),
            "-d",
            classes.getPath());
    JavaCompiler.CompilationTask task =
        javac.getTask(null, files, null, options, null, files.getJavaFileObjects(args[3]));
    task.setProcessors(List.of(timed));
    long start = System.nanoTime();
    boolean ok = task.call();
    long total = System.nanoTime() - start;
    System.out.printf(
        "compiled=%s total %.1f ms wall; processor %.1f ms wall, %.1f ms cpu; rounds %s%n",
        ok, total / 1e6, timed.wall / 1e6, timed.cpu / 1e6, timed.rounds);
  }

  /** The processor, with the time of each of its calls added up. */
  private static final class Timed implements Processor {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Processor processor;
    private final List<String> rounds = new ArrayList<>();
    private long wall;
    private long cpu;

    Timed(Processor processor) {
      this.processor = processor;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment env) {
      long startWall = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      processor.init(env);
      wall += System.nanoTime() - startWall;
      cpu += threads.getCurrentThreadCpuTime() - startCpu;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      long startWall = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      boolean claimed = processor.process(annotations, round);
      long roundWall = System.nanoTime() - startWall;
      wall += roundWall;
      cpu += threads.getCurrentThreadCpuTime() - startCpu;
      rounds.add(
          String.format("%d root types: %.1f ms", round.getRootElements().size(), roundWall / 1e6));
      return claimed;
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String text) {
      return processor.getCompletions(element, annotation, member, text);
    }
  }
}
