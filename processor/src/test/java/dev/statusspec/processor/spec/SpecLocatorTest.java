package dev.statusspec.processor.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Name;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import org.junit.jupiter.api.Test;

/**
 * How the locator resolves paths, and what it says about a file it finds but cannot read (javac
 * itself hides most such cases; a stand-in Filer shows the rule).
 */
class SpecLocatorTest {

  @Test
  void resolvesLikeClassGetResource() {
    assertThat(SpecLocator.resolve("com.example", "statuses.yaml"))
        .contains("com/example/statuses.yaml");
    assertThat(SpecLocator.resolve("com.example", "/specs/s.yaml")).contains("specs/s.yaml");
    assertThat(SpecLocator.resolve("com.example", "../s.yaml")).contains("com/s.yaml");
    assertThat(SpecLocator.resolve("", "s.yaml")).contains("s.yaml");
    assertThat(SpecLocator.resolve("com", "../../s.yaml")).isEmpty();
  }

  @Test
  void existingFileThatCannotBeReadIsUnreadableNotMissing() throws IOException {
    Path existing = Files.createTempFile("statusspec", ".yaml");
    FileObject file =
        fake(
            FileObject.class,
            Map.of(
                "toUri",
                existing.toUri(),
                "openInputStream",
                new IOException("Permission denied")));
    Filer filer = fake(Filer.class, Map.of("getResource", file));
    Name name = fake(Name.class, Map.of("toString", "com.example"));
    PackageElement pkg = fake(PackageElement.class, Map.of("getQualifiedName", name));
    Elements elements = fake(Elements.class, Map.of("getPackageOf", pkg));
    ProcessingEnvironment env =
        fake(
            ProcessingEnvironment.class,
            Map.of("getElementUtils", elements, "getFiler", filer, "getOptions", Map.of()));

    SpecLocator.Result result =
        new SpecLocator(env).locate(fake(TypeElement.class, Map.of()), "statuses.yaml");

    assertThat(result).isInstanceOf(SpecLocator.Unreadable.class);
    SpecLocator.Unreadable unreadable = (SpecLocator.Unreadable) result;
    assertThat(unreadable.location()).startsWith("class output: file:");
    assertThat(unreadable.reason()).isEqualTo("IOException: Permission denied");
  }

  /** A stand-in whose methods return {@code answers} by name (or throw an answer that is one). */
  private static <T> T fake(Class<T> type, Map<String, Object> answers) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Object answer = answers.get(method.getName());
              if (answer instanceof Throwable thrown) {
                throw thrown;
              }
              if (answer == null && method.getName().equals("toString")) {
                return type.getSimpleName();
              }
              if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
              }
              return answer;
            }));
  }
}
