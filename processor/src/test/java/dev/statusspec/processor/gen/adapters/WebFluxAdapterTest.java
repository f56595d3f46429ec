package dev.statusspec.processor.gen.adapters;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code webflux} adapter and the reactive {@code PControllerAdvice}, through the processor
 * against Spring 6.1's own jars, under {@code -Xlint:all -Werror}: the filter only with {@code
 * spring-webflux} and Reactor there (its Javadoc clean under {@code -Xdoclint:all}, as {@code
 * PHttpClient}'s is in {@code DoclintTest}); the advice taking WebFlux's request only where the
 * servlet API is absent; naming the adapter without its framework, one clear error.
 */
class WebFluxAdapterTest {

  private static final String FILTER = "com.example.ApiExchangeFilter";
  private static final String ADVICE = "com.example.ApiControllerAdvice";

  private static Compilation compile(List<File> classPath, String... options) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17"));
    all.addAll(List.of(options));
    return Fixture.spec(AdapterVersionsTest.SPEC)
        .withClassPath(classPath)
        .compile(all.toArray(String[]::new));
  }

  private static String source(Compilation compilation, String name) throws IOException {
    return compilation.generatedSourceFile(name).orElseThrow().getCharContent(false).toString();
  }

  private static List<File> withoutServlet(List<File> jars) {
    List<File> reactive = new ArrayList<>(jars);
    reactive.removeIf(jar -> jar.getName().startsWith("jakarta.servlet"));
    return reactive;
  }

  @Test
  void aReactiveAppGetsTheFilterAndAnAdviceTakingWebFluxsRequest() throws IOException {
    Compilation compilation =
        compile(withoutServlet(AdapterVersionsTest.jars("spring-6.1", "webflux-6.1")));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(source(compilation, FILTER)).contains("implements ExchangeFilterFunction");
    assertThat(source(compilation, ADVICE))
        .contains("ServerHttpRequest request")
        .contains("request.getPath().value()")
        .doesNotContain("HttpServletRequest");
  }

  @Test
  void theFilterPassesDoclintAll() {
    Compilation compilation =
        Fixture.spec(AdapterVersionsTest.SPEC)
            .withInterface(
                "com.example.Api",
                "package com.example;\n\n/** The API. */\n"
                    + "@dev.statusspec.StatusSpec(\"statuses.yaml\")\npublic interface Api {}\n")
            .withClassPath(withoutServlet(AdapterVersionsTest.jars("spring-6.1", "webflux-6.1")))
            .compile(
                "-Xlint:all",
                "-Xdoclint:all",
                "-Werror",
                "--release",
                "17",
                "-Astatusspec.adapters=webflux,jdkhttp");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile(FILTER)).isPresent();
  }

  @Test
  void aServletAppWithWebClientKeepsTheServletAdviceAndGetsTheFilter() throws IOException {
    Compilation compilation = compile(AdapterVersionsTest.jars("spring-6.1", "webflux-6.1"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile(FILTER)).isPresent();
    assertThat(source(compilation, ADVICE))
        .contains("HttpServletRequest request")
        .doesNotContain("ServerHttpRequest");
  }

  @Test
  void withoutWebFluxThereIsNoFilter() {
    Compilation compilation = compile(AdapterVersionsTest.jars("spring-6.1"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile(FILTER)).isEmpty();
    assertThat(compilation.generatedSourceFile(ADVICE)).isPresent();
  }

  @Test
  void namingItWithoutWebFluxIsOneClearError() {
    Compilation compilation =
        compile(AdapterVersionsTest.jars("spring-6.1"), "-Astatusspec.adapters=spring,webflux");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:adapter-framework-missing] -Astatusspec.adapters names webflux, but its"
                + " framework is not on the compile class path (no"
                + " org.springframework.web.reactive.function.client.ExchangeFilterFunction)");
  }

  @Test
  void theOptionCanKeepTheFilterAlone() {
    Compilation compilation =
        compile(
            withoutServlet(AdapterVersionsTest.jars("spring-6.1", "webflux-6.1")),
            "-Astatusspec.adapters=webflux");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile(FILTER)).isPresent();
    assertThat(compilation.generatedSourceFile(ADVICE)).isEmpty();
    assertThat(compilation.generatedSourceFile("com.example.ApiHttpClient")).isEmpty();
  }
}
