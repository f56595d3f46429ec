package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statusspec.processor.testing.Fixture;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A bug inside the processor (here: a {@link Filer} that throws what no Filer should) becomes one
 * compile error saying so, with the detail, and javac goes on: no crash, no stack trace dump.
 */
class InternalErrorTest {

  /** Runs the real processor with a {@link ProcessingEnvironment} whose Filer fails oddly. */
  static final class BrokenFiler extends AbstractProcessor {
    private final StatusSpecProcessor delegate = new StatusSpecProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer broken =
          delegating(
              Filer.class,
              env.getFiler(),
              "createSourceFile",
              () -> {
                throw new IllegalStateException("simulated bug");
              });
      delegate.init(delegating(ProcessingEnvironment.class, env, "getFiler", () -> broken));
    }

    /** {@code target} as a {@code type}, except that {@code method} answers {@code answer}. */
    private static <T> T delegating(
        Class<T> type, T target, String method, Supplier<Object> answer) {
      return type.cast(
          Proxy.newProxyInstance(
              type.getClassLoader(),
              new Class<?>[] {type},
              (proxy, called, args) -> {
                if (called.getName().equals(method)) {
                  return answer.get();
                }
                try {
                  return called.invoke(target, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              }));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }

  @Test
  void unexpectedExceptionIsOneCompileError() throws Exception {
    Path root = Files.createTempDirectory("statusspec-internal");
    Path spec = root.resolve("com/example/statuses.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, "statuses:\n  - code: 200\n    name: OK\n");
    Compilation compilation =
        javac()
            .withProcessors(new BrokenFiler())
            .withOptions("-sourcepath", root.toString())
            .compile(
                JavaFileObjects.forSourceString(
                    "com.example.Api", Fixture.defaultInterface(Fixture.SPEC_FILE)));
    assertThat(compilation).failed();
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertThat(errors).hasSize(1);
    String message = errors.get(0).getMessage(Locale.ROOT);
    assertThat(message)
        .startsWith(
            "[statusspec:internal-error] the statusspec processor failed unexpectedly; this is a"
                + " bug in statusspec, please report it with this message:"
                + " java.lang.IllegalStateException: simulated bug")
        .contains("\tat ");
    assertThat(message.lines().count()).isLessThan(15);
    assertThat(errors.get(0).getSource().getName()).endsWith("Api.java");
  }
}
