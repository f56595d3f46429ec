package dev.statusspec.processor.gen.adapters;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code PHttpClient}, the JDK {@code java.net.http} adapter: generated from release 11 in the
 * unnamed module (no dependency), never at release 8 (naming it there is an error), compiled under
 * {@code -Xlint:all -Werror}; and its JSON reader, run on the bodies a client meets. The reader is
 * reached through the generated class's private {@code members(byte[])}.
 */
class JdkHttpAdapterTest {

  private static final String CLIENT = "com.example.ApiHttpClient";

  private static Method members;

  @BeforeAll
  static void compileTheReader() throws Exception {
    Compilation compilation =
        Fixture.spec(AdapterVersionsTest.SPEC).compile("-Xlint:all", "-Werror", "--release", "11");
    assertThat(compilation).succeededWithoutWarnings();
    members =
        GeneratedClasses.of(compilation).load(CLIENT).getDeclaredMethod("members", byte[].class);
    members.setAccessible(true);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(String json) throws Exception {
    return (Map<String, Object>)
        members.invoke(null, (Object) json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "--release {0}")
  @ValueSource(strings = {"11", "17"})
  void generatedFromRelease11WithoutAWarning(String release) {
    Compilation compilation =
        Fixture.spec(AdapterVersionsTest.SPEC)
            .compile("-Xlint:all", "-Werror", "--release", release);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile(CLIENT)).isPresent();
    assertThat(compilation.generatedSourceFile("com.example.ApiProblems")).isPresent();
  }

  @Test
  void notGeneratedAtRelease8() {
    Compilation compilation =
        Fixture.spec(AdapterVersionsTest.SPEC)
            .compile("-Xlint:all,-options", "-Werror", "--release", "8");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile(CLIENT)).isEmpty();
    assertThat(compilation.generatedSourceFile("com.example.ApiProblems")).isEmpty();
  }

  @Test
  void namingItAtRelease8IsOneClearError() {
    Compilation compilation =
        Fixture.spec(AdapterVersionsTest.SPEC)
            .compile("-Xlint:-options", "--release", "8", "-Astatusspec.adapters=jdkhttp");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[statusspec:adapter-framework-missing] -Astatusspec.adapters names jdkhttp, but its"
                + " framework is not on the compile class path (no --release 11 or later (this is"
                + " 8))");
  }

  @Test
  void theOptionTurnsItOff() {
    Compilation none =
        Fixture.spec(AdapterVersionsTest.SPEC)
            .compile("--release", "17", "-Astatusspec.adapters=none");
    assertThat(none).succeededWithoutWarnings();
    assertThat(none.generatedSourceFile(CLIENT)).isEmpty();
    Compilation feign =
        Fixture.spec(AdapterVersionsTest.SPEC)
            .withClassPath(AdapterVersionsTest.jars("feign-13"))
            .compile("--release", "17", "-Astatusspec.adapters=feign");
    assertThat(feign).succeededWithoutWarnings();
    assertThat(feign.generatedSourceFile(CLIENT)).isEmpty();
    assertThat(feign.generatedSourceFile("com.example.ApiErrorDecoder")).isPresent();
    Compilation only =
        Fixture.spec(AdapterVersionsTest.SPEC)
            .compile("-Xlint:all", "-Werror", "--release", "17", "-Astatusspec.adapters=jdkhttp");
    assertThat(only).succeededWithoutWarnings();
    assertThat(only.generatedSourceFile(CLIENT)).isPresent();
  }

  @Test
  void readsAProblemWithEveryValueType() throws Exception {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("type", "https://api.example.com/problems/conflict");
    expected.put("status", 409);
    expected.put("detail", "a \"quoted\" \\ / \b\f\n\r\t \u00e9 \uD83D\uDE00 \uD800 !");
    expected.put("int", -2147483648);
    expected.put("long", 2147483648L);
    expected.put("max", Long.MAX_VALUE);
    expected.put("bigger", new BigDecimal("9223372036854775808"));
    expected.put("double", -0.25);
    expected.put("exponent", 1.0e-3);
    expected.put("beyondDouble", new BigDecimal("1e400"));
    expected.put("zero", 0);
    expected.put("yes", true);
    expected.put("no", false);
    expected.put("nothing", null);
    expected.put("object", Map.of("list", Arrays.asList(1, "two", null, List.of())));
    assertThat(
            read(
                " \t\r\n"
                    + "{\"type\":\"https://api.example.com/problems/conflict\", \"status\" : 409,"
                    + " \"detail\":\"a \\\"quoted\\\" \\\\ \\/ \\b\\f\\n"
                    + "\\r"
                    + "\\t \u00e9 \\ud83d\\uDE00 \\uD800 \\u0021\", \"int\":-2147483648,"
                    + " \"long\":2147483648, \"max\":9223372036854775807,"
                    + " \"bigger\":9223372036854775808, \"double\":-25e-2, \"exponent\":1E-3,"
                    + " \"beyondDouble\":1e400, \"zero\":-0, \"yes\":true, \"no\":false,"
                    + " \"nothing\":null, \"object\":{\"list\":[1,\"two\",null,[]]}} \n"))
        .containsExactlyEntriesOf(expected);
    assertThat(read("{}")).isEmpty();
    assertThat(read("{\"a\":1,\"a\":2}")).containsExactly(Map.entry("a", 2));
  }

  @Test
  void anythingButOneJsonObjectIsNotAProblem() throws Exception {
    for (String body :
        List.of(
            "",
            " ",
            "[]",
            "\"text\"",
            "42",
            "null",
            "<html><body>502</body></html>",
            "{",
            "{\"a\":",
            "{\"a\":1,}",
            "{\"a\":1} {}",
            "{\"a\":1}x",
            "{'a':1}",
            "{a:1}",
            "{\"a\":01}",
            "{\"a\":1.}",
            "{\"a\":.5}",
            "{\"a\":+1}",
            "{\"a\":1e}",
            "{\"a\":-}",
            "{\"a\":tru}",
            "{\"a\":nul}",
            "{\"a\":\"unterminated}",
            "{\"a\":\"tab\tinside\"}",
            "{\"a\":\"\\x\"}",
            "{\"a\":\"\\u12\"}",
            "{\"a\":\"\\u-123\"}",
            "{\"a\":\"\\uzzzz\"}",
            "{\"a\" 1}",
            "{\"a\":[1 2]}",
            "{\"a\":[1,]}",
            "{\"a\":1e99999999999}",
            "{\"a\":" + "[".repeat(100_000) + "}",
            "{\"a\":" + "{\"b\":".repeat(64) + "1" + "}".repeat(64) + "}",
            "{\"a\":/* no */1}")) {
      assertThat(read(body)).as(body.length() > 80 ? body.substring(0, 80) : body).isNull();
    }
  }

  @Test
  void nestingUpTo64IsRead() throws Exception {
    String nested = "{\"b\":".repeat(62) + "1" + "}".repeat(62);
    assertThat(read("{\"a\":" + nested + "}")).containsKey("a");
  }
}
