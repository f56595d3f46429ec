package dev.statusspec.processor.options;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
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
    assertThat(Options.parse(Map.of(), problems)).isEqualTo(Options.DEFAULTS);
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
            problems);
    assertThat(problems).isEmpty();
    assertThat(options.adapters().named()).containsExactly(Framework.SPRING, Framework.FEIGN);
    assertThat(options.compatibility()).isEqualTo(Options.Compatibility.WARN);
    assertThat(options.lint()).isEqualTo(Options.Lint.NONE);
    assertThat(Options.parse(Map.of(Options.ADAPTERS, "none"), problems).adapters())
        .isEqualTo(Options.Adapters.NONE);
    assertThat(Options.parse(Map.of(Options.COMPATIBILITY, "off"), problems).compatibility())
        .isEqualTo(Options.Compatibility.OFF);
    assertThat(problems).isEmpty();
  }

  @Test
  void autoWantsWhatIsPresentANamedListWantsWhatItNames() {
    assertThat(Options.Adapters.AUTO.wants(Framework.JAKARTA, true)).isTrue();
    assertThat(Options.Adapters.AUTO.wants(Framework.JAKARTA, false)).isFalse();
    assertThat(Options.Adapters.NONE.wants(Framework.JAKARTA, true)).isFalse();
    Options.Adapters feign = new Options.Adapters(false, Set.of(Framework.FEIGN));
    assertThat(feign.wants(Framework.FEIGN, false)).isTrue();
    assertThat(feign.wants(Framework.SPRING, true)).isFalse();
  }

  @Test
  void aBadValueIsOneErrorNamingTheAllowedOnesAndTheOptionKeepsItsDefault() {
    Options options = Options.parse(Map.of(Options.COMPATIBILITY, "strict"), problems);
    assertThat(options.compatibility()).isEqualTo(Options.Compatibility.ERROR);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).format())
        .isEqualTo(
            "[statusspec:invalid-option] -Astatusspec.compatibility=strict is not a valid value;"
                + " use one of: error, warn, off (the option keeps its default)");
  }

  @Test
  void anUnknownFrameworkInTheListIsOneError() {
    Options options = Options.parse(Map.of(Options.ADAPTERS, "spring,quarkus"), problems);
    assertThat(options.adapters()).isEqualTo(Options.Adapters.AUTO);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).text())
        .contains("-Astatusspec.adapters=spring,quarkus")
        .contains("auto, none, or a comma-separated list of spring, jakarta, microprofile, feign");
  }

  @Test
  void valuesAreCaseSensitiveAsDocumented() {
    Options.parse(Map.of(Options.LINT, "ALL"), problems);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message().id()).isEqualTo("invalid-option");
  }
}
