package dev.statusspec.processor.gen.adapters;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code PErrorDecoder} generated and run with feign-core 12.5 alone (no JSON library at compile or
 * run time), called with Feign's own {@code Response}: it still decodes, to the code's status; a
 * Feign {@code Decoder} passed in decodes the body; a retryable status is a {@code
 * RetryableException} with the generated exception as cause; other codes get Feign's own.
 */
class FeignCoreOnlyTest {

  private static URLClassLoader feign;
  private static GeneratedClasses classes;

  @BeforeAll
  static void compile() throws Exception {
    List<File> jars = AdapterVersionsTest.jars("feign-12");
    Compilation compilation =
        Fixture.spec(AdapterVersionsTest.SPEC)
            .withClassPath(jars)
            .compile("-Xlint:all", "-Werror", "--release", "8");
    assertThat(compilation).succeededWithoutWarnings();
    List<URL> urls = new ArrayList<>();
    for (File jar : jars) {
      urls.add(jar.toURI().toURL());
    }
    // The platform loader as parent: no Jackson of the test's class path is visible.
    feign = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    classes = GeneratedClasses.of(compilation, feign);
  }

  @AfterAll
  static void close() throws Exception {
    feign.close();
  }

  private static Object response(int code, String body) throws Exception {
    Class<?> method = feign.loadClass("feign.Request$HttpMethod");
    Class<?> template = feign.loadClass("feign.RequestTemplate");
    Object request =
        feign
            .loadClass("feign.Request")
            .getMethod(
                "create", method, String.class, Map.class, byte[].class, Charset.class, template)
            .invoke(
                null,
                method.getField("GET").get(null),
                "http://127.0.0.1/fields/7",
                Map.of(),
                null,
                StandardCharsets.UTF_8,
                null);
    Class<?> builderType = feign.loadClass("feign.Response$Builder");
    Object builder = feign.loadClass("feign.Response").getMethod("builder").invoke(null);
    builderType.getMethod("status", int.class).invoke(builder, code);
    builderType.getMethod("reason", String.class).invoke(builder, "reason");
    builderType.getMethod("headers", Map.class).invoke(builder, Map.of());
    builderType.getMethod("request", request.getClass()).invoke(builder, request);
    builderType
        .getMethod("body", byte[].class)
        .invoke(builder, body.getBytes(StandardCharsets.UTF_8));
    return builderType.getMethod("build").invoke(builder);
  }

  private static Throwable decode(Object decoder, int code, String body) throws Exception {
    Object response = response(code, body);
    try {
      return (Throwable)
          decoder
              .getClass()
              .getMethod("decode", String.class, response.getClass())
              .invoke(decoder, "Fields#field()", response);
    } catch (InvocationTargetException e) {
      throw new AssertionError("decode threw", e.getCause());
    }
  }

  private static final String SUSPENDED =
      "{\"type\":\"https://api.example.com/problems/suspended\",\"detail\":\"tenant 7\","
          + "\"errorCode\":\"tenant_suspended\"}";

  @Test
  void withFeignCoreAloneTheCodesStatusComesBack() throws Exception {
    Object decoder = classes.load("com.example.ApiErrorDecoder").getConstructor().newInstance();
    Throwable e = decode(decoder, 409, SUSPENDED);
    assertThat(e.getClass().getSimpleName()).isEqualTo("ConflictException");
    assertThat(e).hasMessage("Conflict");

    Throwable retryable = decode(decoder, 503, "{}");
    assertThat(retryable.getClass().getName()).isEqualTo("feign.RetryableException");
    assertThat(retryable.getCause().getClass().getSimpleName())
        .isEqualTo("ServiceUnavailableException");

    Throwable unknown = decode(decoder, 418, "teapot");
    assertThat(unknown.getClass().getName()).startsWith("feign.FeignException");
    assertThat(decode(decoder, 200, "").getClass().getName()).startsWith("feign.FeignException");
  }

  @Test
  void aFeignDecoderPassedInDecodesTheBody() throws Exception {
    Class<?> decoderType = feign.loadClass("feign.codec.Decoder");
    List<Object> seen = new ArrayList<>();
    Object bodyDecoder =
        Proxy.newProxyInstance(
            feign,
            new Class<?>[] {decoderType},
            (proxy, method, args) -> {
              if (!method.getName().equals("decode")) {
                return method.invoke(this, args);
              }
              seen.add(args[1]);
              return Map.of("errorCode", "tenant_suspended", "detail", "from the decoder");
            });
    Object decoder =
        classes
            .load("com.example.ApiErrorDecoder")
            .getConstructor(decoderType)
            .newInstance(bodyDecoder);
    Throwable e = decode(decoder, 409, SUSPENDED);
    assertThat(e.getClass().getSimpleName()).isEqualTo("TenantSuspendedException");
    assertThat(e).hasMessage("from the decoder");
    assertThat(seen).containsExactly(Map.class);
    // An empty body is not handed to the decoder.
    assertThat(decode(decoder, 409, "")).hasMessage("Conflict");
    assertThat(seen).hasSize(1);
  }
}
