package dev.statusspec.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link InterfaceChecks} keeps its own list of the generated enum's methods, to tell which methods
 * of the annotated interface the enum provides or clashes with; it must be exactly the methods of a
 * generated enum.
 */
class EnumMethodsTest {

  @Test
  void listMatchesTheMethodsOfAGeneratedEnum() throws Exception {
    Compilation compilation =
        Fixture.spec(
                "statuses:\n"
                    + "  - code: 200\n    name: OK\n"
                    + "  - code: 409\n    name: Conflict\n    errorCode: conflict\n"
                    + "  - code: 409\n    name: Locked\n    errorCode: locked\n")
            .compile();
    assertThat(compilation).succeeded();
    Class<?> statusEnum = GeneratedClasses.of(compilation).load("com.example.ApiStatus");

    Set<String> declared = new TreeSet<>();
    for (Method method : statusEnum.getDeclaredMethods()) {
      if (!method.isSynthetic() && !method.getName().startsWith("$")) {
        List<String> parameters = new ArrayList<>();
        for (Class<?> type : method.getParameterTypes()) {
          parameters.add(
              type.getSimpleName().endsWith("StatusHandler")
                  ? InterfaceChecks.HANDLER
                  : type.getName());
        }
        declared.add(method.getName() + "(" + String.join(", ", parameters) + ")");
      }
    }
    Set<String> listed = new TreeSet<>();
    for (InterfaceChecks.EnumMethod method :
        InterfaceChecks.enumMethods("ApiStatus", "ApiException")) {
      listed.add(method.signature());
    }
    assertThat(listed).isEqualTo(declared);
  }
}
