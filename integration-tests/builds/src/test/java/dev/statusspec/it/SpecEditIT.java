package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code mvn compile} follows edits of the spec alone, with the few pom lines of {@code
 * docs/guide/build-tools.md}: a status added regenerates the handler, so the user's handler that does not
 * handle it breaks the build; a status removed disappears with its exception class. Without those
 * lines (the same build with {@code -Dmaven.antrun.skip}) the compiler plugin keeps the stale
 * classes, which is why they exist.
 */
class SpecEditIT {

  private static final String SPEC = "src/main/resources/com/example/orders/orders-statuses.yaml";
  private static final String GONE_CLASS = "target/classes/com/example/orders/GoneException.class";
  private static final String GONE_SOURCE =
      "target/generated-sources/annotations/com/example/orders/GoneException.java";

  @Test
  void compileFollowsStatusesAddedAndRemovedInTheSpec() {
    MavenProject project = MavenProject.copyOf("spec-edits");
    assertThat(project.compileAndRun("com.example.orders.Main"))
        .containsExactly("200 OK -> proceed, 404 Not Found -> report, 410 Gone -> forget");

    project.replace(SPEC, "spec-edit-steps/status-added.yaml");
    MavenProject.BuildResult withoutTheLines = project.build("compile", "-Dmaven.antrun.skip");
    assertThat(withoutTheLines.succeeded()).as("%s", withoutTheLines).isTrue();
    assertThat(withoutTheLines.output()).contains("Nothing to compile");

    MavenProject.BuildResult added = project.build("compile");
    assertThat(added.succeeded()).as("%s", added).isFalse();
    assertThat(added.output())
        .contains(
            "Policy is not abstract and does not override abstract method onTooManyRequests()");

    project.replace(SPEC, "spec-edit-steps/status-removed.yaml");
    assertThat(project.compileAndRun("com.example.orders.Main"))
        .containsExactly("200 OK -> proceed, 404 Not Found -> report");
    assertThat(project.file(GONE_CLASS)).doesNotExist();
    assertThat(project.file(GONE_SOURCE)).doesNotExist();
  }
}
