package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules on the annotated element and on the compilation around it, through javac: what
 * {@code @StatusSpec} may annotate, methods of the interface the enum must provide, generated types
 * that would clash with other types, and the {@code UNKNOWN} id.
 */
class InterfaceChecksTest {

  private static final String OK_SPEC = "statuses:\n  - code: 200\n    name: OK\n";

  /** The start of a compilation unit whose next declaration carries {@code @StatusSpec}. */
  private static final String ANNOTATED =
      "package com.example;\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\n";

  private static Compilation compileWith(String yaml, String source) {
    return Fixture.spec(yaml).withInterface("com.example.Api", source).compile();
  }

  /** The only error of a failed compilation. */
  private static Diagnostic<? extends JavaFileObject> onlyError(Compilation compilation) {
    assertThat(compilation).failed();
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  /** The message of the only error when {@code @StatusSpec} is on {@code declaration}. */
  private static String errorFor(String declaration) {
    return message(onlyError(compileWith(OK_SPEC, ANNOTATED + declaration)));
  }

  private static String message(Diagnostic<?> diagnostic) {
    return diagnostic.getMessage(Locale.ROOT);
  }

  @Test
  void onAClass() {
    Diagnostic<? extends JavaFileObject> error =
        onlyError(compileWith(OK_SPEC, ANNOTATED + "public class Api {}\n"));
    assertThat(message(error))
        .isEqualTo(
            "[statusspec:not-an-interface] @StatusSpec goes on an interface (the generated enum"
                + " implements it), not on a class Api; declare an interface for it, e.g. 'public"
                + " interface MyApi {}'");
    assertThat(error.getLineNumber()).isEqualTo(2);
  }

  @Test
  void onAnEnum() {
    assertThat(errorFor("public enum Api { A }\n"))
        .startsWith("[statusspec:not-an-interface]")
        .contains("not on an enum Api;");
  }

  @Test
  void onAnAnnotationType() {
    assertThat(errorFor("public @interface Api {}\n")).contains("not on an annotation type Api;");
  }

  @Test
  void onARecord() {
    assertThat(errorFor("public record Api(int x) {}\n")).contains("not on a record Api;");
  }

  @Test
  void genericInterface() {
    assertThat(errorFor("public interface Api<T> {}\n"))
        .startsWith("[statusspec:generic-interface] @StatusSpec interface Api");
  }

  @Test
  void privateNestedInterface() {
    Compilation compilation =
        Fixture.spec(OK_SPEC)
            .withInterface(
                "com.example.Outer",
                "package com.example;\npublic class Outer {\n"
                    + "  @dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "  private interface Api {}\n}\n")
            .compile();
    assertThat(message(onlyError(compilation))).startsWith("[statusspec:private-interface]");
  }

  @Test
  void emptyPath() {
    assertThat(
            message(
                onlyError(
                    compileWith(
                        OK_SPEC,
                        "package com.example;\n@dev.statusspec.StatusSpec(\"\")\n"
                            + "public interface Api {}\n"))))
        .startsWith("[statusspec:empty-path]");
  }

  @Test
  void specNotFoundListsEveryPlaceTried() {
    Diagnostic<? extends JavaFileObject> error =
        onlyError(
            compileWith(
                OK_SPEC,
                "package com.example;\n@dev.statusspec.StatusSpec(\"missing.yaml\")\n"
                    + "public interface Api {}\n"));
    assertThat(message(error))
        .startsWith(
            "[statusspec:spec-not-found] missing.yaml: cannot find the status spec"
                + " com/example/missing.yaml; looked in:")
        .contains("class output")
        .contains("source path")
        .contains("class path")
        .contains("next to the source");
  }

  @Test
  void unimplementedMethod() {
    Diagnostic<? extends JavaFileObject> error =
        onlyError(
            compileWith(
                OK_SPEC,
                ANNOTATED
                    + "public interface Api {\n"
                    + "  int code();\n"
                    + "  String label();\n"
                    + "}\n"));
    assertThat(message(error))
        .startsWith(
            "[statusspec:unimplemented-method] the generated enum ApiStatus implements Api but does"
                + " not provide the method String label() of Api");
    assertThat(error.getLineNumber()).isEqualTo(5);
  }

  @Test
  void inheritedAbstractMethodIsReportedAtTheInterface() {
    Compilation compilation =
        Fixture.spec(OK_SPEC)
            .withSource(
                "com.example.Labelled",
                "package com.example;\npublic interface Labelled { String label(); }\n")
            .withInterface(
                "com.example.Api", ANNOTATED + "public interface Api extends Labelled {}\n")
            .compile();
    Diagnostic<? extends JavaFileObject> error = onlyError(compilation);
    assertThat(message(error)).startsWith("[statusspec:unimplemented-method]");
    assertThat(error.getSource().getName()).endsWith("Api.java");
  }

  @Test
  void conflictingMethod() {
    Diagnostic<? extends JavaFileObject> error =
        onlyError(
            compileWith(
                OK_SPEC, ANNOTATED + "public interface Api {\n" + "  String code();\n" + "}\n"));
    assertThat(message(error)).startsWith("[statusspec:conflicting-method]");
    assertThat(error.getLineNumber()).isEqualTo(4);
  }

  @Test
  void methodsTheEnumProvidesAndDefaultMethodsWork() throws Exception {
    Compilation compilation =
        compileWith(
            "statuses:\n  - code: 404\n    name: Not Found\n",
            ANNOTATED
                + "public interface Api {\n"
                + "  int code();\n"
                + "  String reasonPhrase();\n"
                + "  String name();\n"
                + "  default String label() { return code() + \" \" + reasonPhrase(); }\n"
                + "}\n");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> status = GeneratedClasses.of(compilation).load("com.example.ApiStatus");
    Object notFound = status.getEnumConstants()[0];
    assertThat(status.getMethod("label").invoke(notFound)).isEqualTo("404 Not Found");
  }

  @Test
  void unknownIdGivesAnOverloadBesideOnUnknownOfInt() throws Exception {
    Compilation compilation =
        Fixture.spec(
                "statuses:\n"
                    + "  - code: 200\n"
                    + "    name: OK\n"
                    + "  - code: 520\n"
                    + "    name: Unknown\n"
                    + "    description: The origin said nothing.\n")
            .compile("-Xlint:all", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = GeneratedClasses.of(compilation);
    Class<?> status = classes.load("com.example.ApiStatus");
    Class<?> handler = classes.load("com.example.ApiStatusHandler");
    // Both overloads, side by side: the status's method and the one for unknown codes.
    assertThat(Arrays.stream(handler.getDeclaredMethods()).map(Method::toGenericString))
        .contains(
            "public abstract R com.example.ApiStatusHandler.onUnknown()",
            "public abstract R com.example.ApiStatusHandler.onUnknown(int)");
    Object recorder =
        Proxy.newProxyInstance(
            classes,
            new Class<?>[] {handler},
            (proxy, method, args) ->
                method.getName() + (args == null ? "()" : "(" + args[0] + ")"));
    Method dispatch = status.getMethod("dispatch", int.class, String.class, handler);
    assertThat(dispatch.invoke(null, 520, null, recorder)).isEqualTo("onUnknown()");
    assertThat(dispatch.invoke(null, 299, null, recorder)).isEqualTo("onUnknown(299)");
    assertThat(dispatch.invoke(null, 200, null, recorder)).isEqualTo("onOk()");
    Object unknown = status.getField("UNKNOWN").get(null);
    assertThat(status.getMethod("accept", handler).invoke(unknown, recorder))
        .isEqualTo("onUnknown()");
    Class<?> exceptionHandler = classes.load("com.example.ApiExceptionHandler");
    assertThat(Arrays.stream(exceptionHandler.getDeclaredMethods()).map(Method::toGenericString))
        .containsExactly(
            "public abstract R"
                + " com.example.ApiExceptionHandler.onUnknown(com.example.UnknownException)");
  }

  @Test
  void twoInterfacesGeneratingTheSameTypes() {
    Compilation compilation =
        Fixture.spec("name: Shared\n" + OK_SPEC)
            .withInterface("com.example.Api", ANNOTATED + "public interface Api {}\n")
            .withSource("com.example.Other", ANNOTATED + "public interface Other {}\n")
            .compile();
    assertThat(compilation).failed();
    assertThat(compilation.errors()).isNotEmpty();
    assertThat(compilation.errors())
        .allSatisfy(
            e -> {
              assertThat(message(e))
                  .startsWith(
                      "[statusspec:duplicate-generated-types]"
                          + " target/fixture/com/example/statuses.yaml:1:7: ")
                  .contains("com.example.Api and com.example.Other would both generate");
              assertThat(e.getSource().getName()).endsWith("Other.java");
            });
  }

  @Test
  void generatedTypeReplacingASourceType() {
    Compilation compilation =
        Fixture.spec(OK_SPEC)
            .withSource(
                "com.example.ApiStatus", "package com.example;\npublic class ApiStatus {}\n")
            .compile();
    Diagnostic<? extends JavaFileObject> error =
        compilation.errors().stream()
            .filter(e -> message(e).startsWith("[statusspec:"))
            .findFirst()
            .orElseThrow();
    assertThat(message(error))
        .startsWith(
            "[statusspec:type-exists] target/fixture/com/example/statuses.yaml:1:1: the generated"
                + " type ApiStatus")
        .contains("com.example.ApiStatus");
  }

  @Test
  void exceptionReplacingASourceTypeIsReportedAtTheStatus() {
    Compilation compilation =
        Fixture.spec("statuses:\n  - code: 404\n    name: Not Found\n")
            .withSource(
                "com.example.NotFoundException",
                "package com.example;\npublic class NotFoundException {}\n")
            .compile();
    assertThat(message(onlyError(compilation)))
        .startsWith(
            "[statusspec:type-exists] target/fixture/com/example/statuses.yaml:3:5: the generated"
                + " type NotFoundException");
  }

  @Test
  void oneBrokenSpecDoesNotStopTheOthers() {
    Compilation compilation =
        Fixture.spec(OK_SPEC)
            .withSource(
                "com.example.Broken",
                "package com.example;\n@dev.statusspec.StatusSpec(\"missing.yaml\")\n"
                    + "public interface Broken {}\n")
            .withSource(
                "com.example.User",
                "package com.example;\nclass User { ApiStatus ok = ApiStatus.OK; }\n")
            .compile();
    // The one error is Broken's: User compiled, so Api's types were generated.
    assertThat(message(onlyError(compilation))).startsWith("[statusspec:spec-not-found]");
  }

  @Test
  void folderInsteadOfASpecIsNamedInTheList() throws Exception {
    java.nio.file.Path root = java.nio.file.Files.createTempDirectory("statusspec-folder");
    java.nio.file.Files.createDirectories(root.resolve("com/example/statuses.yaml"));
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new StatusSpecProcessor())
            .withOptions("-sourcepath", root.toString())
            .compile(
                com.google.testing.compile.JavaFileObjects.forSourceString(
                    "com.example.Api", Fixture.defaultInterface(Fixture.SPEC_FILE)));
    assertThat(message(onlyError(compilation)))
        .startsWith("[statusspec:spec-not-found]")
        .contains("source path: com/example/statuses.yaml (")
        .contains("directories not supported");
  }
}
