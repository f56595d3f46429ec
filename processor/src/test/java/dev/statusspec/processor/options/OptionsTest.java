package dev.statusspec.processor.options;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.gen.adapters.Adapters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parsing the {@code -A} options: defaults, every allowed value, and one error per bad value. */
class OptionsTest {

  private final List<Diagnostic> problems = new ArrayList<>();

  @Test
  void noOptionsAreTheDefaults() {
    assertThat(Options.parse(Map.of(), Adapters.names(), problems)).isEqualTo(Options.DEFAULTS);
    assertThat(Options.DEFAULTS.adapters()).isEqualTo(Options.Adapters.AUTO);
    assertThat(Options.DEFAULTS.compatibility()).isEqualTo(Options.Compatibility.ERROR);
    assertThat(Options.DEFAULTS.lint()).isEqualTo(Options.Lint.ALL);
    assertThat(problems).isEmpty();
  }

  @Test
  void everyAllowedValue() {
    Options options =
        Options.parse(
            Map.of(
                Options.ADAPTERS, "spring, feign",
                Options.COMPATIBILITY, "warn",
                Options.LINT, "none"),
            Adapters.names(),
            problems);
    assertThat(problems).isEmpty();
    assertThat(options.adapters().named()).containsExactly("feign", "spring");
    assertThat(options.compatibility()).isEqualTo(Options.Compatibility.WARN);
    assertThat(options.lint()).isEqualTo(Options.Lint.NONE);
    assertThat(
            Options.parse(Map.of(Options.ADAPTERS, "none"), Adapters.names(), problems).adapters())
        .isEqualTo(Options.Adapters.NONE);
    assertThat(
            Options.parse(Map.of(Options.COMPATIBILITY, "off"), Adapters.names(), problems)
                .compatibility())
        .isEqualTo(Options.Compatibility.OFF);
    assertThat(problems).isEmpty();
  }

  @Test
  void autoWantsWhatIsPresentANamedListWantsWhatItNames() {
    assertThat(Options.Adapters.AUTO.wants("jakarta", true)).isTrue();
    assertThat(Options.Adapters.AUTO.wants("jakarta", false)).isFalse();
    assertThat(Options.Adapters.NONE.wants("jakarta", true)).isFalse();
    Options.Adapters feign = new Options.Adapters(false, Set.of("feign"));
    assertThat(feign.wants("feign", false)).isTrue();
    assertThat(feign.wants("spring", true)).isFalse();
  }

  @Test
  void aBadValueIsOneErrorNamingTheAllowedOnesAndTheOptionKeepsItsDefault() {
    Options options =
        Options.parse(Map.of(Options.COMPATIBILITY, "strict"), Adapters.names(), problems);
    assertThat(options.compatibility()).isEqualTo(Options.Compatibility.ERROR);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).format())
        .isEqualTo(
            "[statusspec:invalid-option] -Astatusspec.compatibility=strict is not a valid value;"
                + " use one of: error, warn, off (the option keeps its default)");
  }

  @Test
  void anUnknownFrameworkInTheListIsOneError() {
    Options options =
        Options.parse(Map.of(Options.ADAPTERS, "spring,quarkus"), Adapters.names(), problems);
    assertThat(options.adapters()).isEqualTo(Options.Adapters.AUTO);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).text())
        .contains("-Astatusspec.adapters=spring,quarkus")
        .contains("auto, none, or a comma-separated list of spring, jakarta, microprofile, feign");
  }

  @Test
  void valuesAreCaseSensitiveAsDocumented() {
    Options.parse(Map.of(Options.LINT, "ALL"), Adapters.names(), problems);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message().id()).isEqualTo("invalid-option");
  }
}
