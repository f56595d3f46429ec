package dev.statusspec.processor.gen.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.gen.ClassPath;
import dev.statusspec.processor.testing.TestClassPath;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When an adapter applies, and what a compilation lacks when it does not. */
class RequirementTest {

  private static ClassPath classPath(Set<String> types, Set<String> modules) {
    return new TestClassPath(types::contains, method -> false, modules::contains);
  }

  @Test
  void markerTypesMustAllBeThere() {
    Requirement both = Requirement.types("a.First", "b.Second");
    assertThat(both.missing(classPath(Set.of("a.First", "b.Second"), Set.of()), 8)).isEmpty();
    assertThat(both.missing(classPath(Set.of("a.First"), Set.of()), 17)).contains("b.Second");
    assertThat(both.missing(classPath(Set.of(), Set.of()), 17)).contains("a.First");
  }

  @Test
  void aJdkModuleNeedsItsReleaseAndTheModuleRead() {
    Requirement http = Requirement.jdkModule("java.net.http", 11, "java.net.http.HttpClient");
    ClassPath reads = classPath(Set.of("java.net.http.HttpClient"), Set.of("java.net.http"));
    assertThat(http.missing(reads, 11)).isEmpty();
    assertThat(http.missing(reads, 25)).isEmpty();
    assertThat(http.missing(reads, 8)).contains("--release 11 or later (this is 8)");
    assertThat(http.missing(classPath(Set.of("java.net.http.HttpClient"), Set.of()), 17))
        .contains("'requires java.net.http' in the interface's module");
  }

  @Test
  void theOptionNamesAndTypeSuffixesOfTheAdaptersAreUnique() {
    assertThat(Adapters.names()).doesNotHaveDuplicates().isNotEmpty();
    assertThat(Adapters.all().stream().flatMap(a -> a.typeSuffixes().stream()))
        .doesNotHaveDuplicates();
    for (Adapter adapter : Adapters.all()) {
      assertThat(adapter.name()).matches("[a-z]+");
      assertThat(adapter.typeSuffixes()).isNotEmpty();
      assertThat(adapter.framework()).isNotBlank();
    }
  }
}
