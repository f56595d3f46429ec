package dev.statusspec.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.statusspec.processor.gen.ClassPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What {@link Compilation} detects about the compile class path as the annotated interface's module
 * sees it: which JDK modules that module reads (directly, through {@code requires transitive}, or
 * every one from the unnamed module), which an adapter's {@code Requirement} asks.
 */
class CompilationTest {

  private static final JavaFileObject API =
      JavaFileObjects.forSourceString("m.Api", "package m;\n\npublic interface Api {}\n");

  /** The modules asked about. */
  private static final List<String> MODULES =
      List.of("java.base", "java.net.http", "java.sql", "java.xml", "no.such.module");

  /**
   * Detects the compilation of {@code m.Api} and asks its class path, while javac runs, which of
   * {@link #MODULES} the interface's module reads.
   */
  private static final class Probe extends AbstractProcessor {
    final Map<String, Boolean> reads = new TreeMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (reads.isEmpty()) {
        TypeElement api = processingEnv.getElementUtils().getTypeElement("m.Api");
        ClassPath classPath = Compilation.detect(processingEnv, api).target().classPath();
        MODULES.forEach(module -> reads.put(module, classPath.reads(module)));
      }
      return false;
    }
  }

  /** Which of {@link #MODULES} {@code m.Api}'s module reads, at {@code release}. */
  private static Map<String, Boolean> reads(String release, JavaFileObject... moduleInfo) {
    Probe probe = new Probe();
    List<JavaFileObject> sources = new ArrayList<>(List.of(moduleInfo));
    sources.add(API);
    assertThat(
            javac()
                .withProcessors(probe)
                .withOptions("--release", release, "-proc:only")
                .compile(sources)
                .status())
        .isEqualTo(com.google.testing.compile.Compilation.Status.SUCCESS);
    return probe.reads;
  }

  private static JavaFileObject module(String body) {
    return JavaFileObjects.forSourceString("module-info", "module m {\n" + body + "}\n");
  }

  @Test
  void aNamedModuleReadsWhatItRequires() {
    assertThat(reads("17", module("  requires java.net.http;\n")))
        .containsEntry("java.net.http", true)
        .containsEntry("java.base", true)
        .containsEntry("java.sql", false)
        .containsEntry("no.such.module", false);
  }

  @Test
  void aNamedModuleReadsWhatItsRequiredModulesRequireTransitively() {
    assertThat(reads("17", module("  requires java.sql;\n")))
        .containsEntry("java.sql", true)
        .as("java.sql requires transitive java.xml")
        .containsEntry("java.xml", true)
        .containsEntry("java.net.http", false);
  }

  @Test
  void aModuleThatRequiresNothingReadsOnlyJavaBase() {
    assertThat(reads("17", module("")))
        .containsEntry("java.base", true)
        .containsEntry("java.net.http", false)
        .containsEntry("java.xml", false);
  }

  @Test
  void theUnnamedModuleReadsEveryModuleOfTheJdk() {
    assertThat(reads("17"))
        .containsEntry("java.net.http", true)
        .containsEntry("java.sql", true)
        .containsEntry("no.such.module", false);
  }

  @Test
  void belowRelease9ThereAreNoModulesToRead() {
    assertThat(reads("8")).containsOnlyKeys(MODULES).doesNotContainValue(true);
  }
}
