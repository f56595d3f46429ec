package dev.statusspec.processor.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.testing.SpecDiagnostics;
import dev.statusspec.processor.testing.Specs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generators' text, without javac: what the source level changes (switch statements before 14,
 * switch expressions from 14, sealed hierarchies from 17), what the spec's shape changes (a branch
 * without statuses is left out), and how the lookup table grows. The goldens pin the whole text of
 * one spec; these pin the rules.
 */
class GeneratorTextTest {

  private static final String SPEC =
      "statuses:\n"
          + "  - code: 200\n    name: OK\n"
          + "  - code: 404\n    name: Not Found\n"
          + "  - code: 409\n    name: Conflict\n    errorCode: conflict\n"
          + "  - code: 409\n    id: TENANT_SUSPENDED\n    name: Tenant Suspended\n"
          + "    errorCode: tenant_suspended\n"
          + "  - code: 503\n    name: Service Unavailable\n";

  /** The generated files of {@code yaml} at {@code release}, by simple name (or resource path). */
  private static Map<String, String> generate(String yaml, int release) {
    Plan plan =
        Specs.plan(
            SpecDiagnostics.valid(yaml),
            ClassName.get("com.example", "Api"),
            "statuses.yaml",
            new Target(release, Optional.empty()));
    Map<String, String> files = new LinkedHashMap<>();
    for (GeneratedFile file : plan.files()) {
      files.put(
          file instanceof GeneratedFile.JavaSource source
              ? source.file().typeSpec().name()
              : file.name(),
          file instanceof GeneratedFile.JavaSource source
              ? source.file().toString()
              : ((GeneratedFile.Resource) file).text());
    }
    assertThat(files.keySet())
        .as("the files are exactly those the generators declared")
        .containsExactlyElementsOf(plan.outputs().stream().map(Output::name).toList());
    return files;
  }

  @Test
  void switchStatementsBefore14() {
    String status = generate(SPEC, 13).get("ApiStatus");
    assertThat(status)
        .contains("    switch (this) {\n      case OK:\n        return handler.onOk();\n")
        .doesNotContain("->")
        .doesNotContain("sealed");
  }

  @Test
  void switchExpressionsFrom14() {
    String status = generate(SPEC, 14).get("ApiStatus");
    assertThat(status)
        .contains("    return switch (this) {\n      case OK -> handler.onOk();\n")
        .doesNotContain("case OK:");
  }

  @Test
  void sealedHierarchyFrom17PermittingExactlyTheStatusesOfEachBranch() {
    Map<String, String> files = generate(SPEC, 17);
    assertThat(files.get("ApiException"))
        .contains(
            "public abstract sealed class ApiException extends RuntimeException permits"
                + " ApiClientException, ApiServerException {");
    assertThat(files.get("ApiClientException"))
        .contains(
            "public abstract sealed class ApiClientException extends ApiException permits"
                + " NotFoundException, ConflictException, TenantSuspendedException {");
    assertThat(files.get("ApiServerException"))
        .contains(
            "public abstract sealed class ApiServerException extends ApiException permits"
                + " ServiceUnavailableException {");
    assertThat(files.get("TenantSuspendedException"))
        .contains("public final class TenantSuspendedException extends ApiClientException {");
  }

  @Test
  void noSealedBelow17() {
    generate(SPEC, 16)
        .forEach((name, text) -> assertThat(text).as(name).doesNotContain("sealed", "permits"));
    assertThat(generate(SPEC, 8).get("ApiException"))
        .contains("public abstract class ApiException extends RuntimeException {");
  }

  @Test
  void aBranchWithoutStatusesIsLeftOut() {
    Map<String, String> files =
        generate(
            "statuses:\n  - code: 200\n    name: OK\n  - code: 502\n    name: Bad Gateway\n", 17);
    assertThat(files).doesNotContainKey("ApiClientException").containsKey("ApiServerException");
    assertThat(files.get("ApiException")).contains("permits ApiServerException {");
    assertThat(files.get("ApiExceptionHandler")).contains("R onBadGateway(BadGatewayException e);");
  }

  @Test
  void aSpecWithoutErrorsHasOnlyTheRoot() {
    Map<String, String> files = generate("statuses:\n  - code: 200\n    name: OK\n", 17);
    assertThat(files.keySet())
        .containsExactly(
            "ApiStatus",
            "ApiException",
            "ApiStatusHandler",
            "ApiExceptionHandler",
            "META-INF/statusspec/com/example/Api.md",
            "META-INF/statusspec/com/example/Api.openapi.json");
  }

  private static final Pattern BY_ERROR_CODE =
      Pattern.compile("BY_ERROR_CODE = new ApiStatus\\[(\\d+)\\]");

  /** The error-code table: a power of two, at most half full, so probes stay short. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 8, 9, 100})
  void errorCodeTableSize(int keyed) {
    StringBuilder yaml = new StringBuilder("statuses:\n  - code: 200\n    name: OK\n");
    for (int i = 0; i < keyed; i++) {
      yaml.append("  - code: 409\n    id: E")
          .append(i)
          .append("\n    name: Conflict ")
          .append(i)
          .append("\n    errorCode: e")
          .append(i)
          .append('\n');
    }
    Matcher size = BY_ERROR_CODE.matcher(generate(yaml.toString(), 17).get("ApiStatus"));
    assertThat(size.find()).isTrue();
    int slots = Integer.parseInt(size.group(1));
    assertThat(Integer.bitCount(slots)).as("%d slots is a power of two", slots).isEqualTo(1);
    assertThat(slots)
        .isGreaterThanOrEqualTo(Math.max(2, 2 * keyed))
        .isLessThan(Math.max(4, 4 * keyed) + 1);
  }

  @Test
  void codeTableCoversEveryCode() {
    assertThat(generate(SPEC, 8).get("ApiStatus"))
        .contains("static final ApiStatus[] BY_CODE = new ApiStatus[500];")
        .contains("code >= 100 && code <= 599 ? Index.BY_CODE[code - 100] : null");
  }
}
