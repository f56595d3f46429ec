package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code mvn compile} follows edits of the spec alone, with the statusspec Maven plugin declared as
 * {@code docs/guide/build-tools.md} says (one plugin block, {@code <extensions>true</extensions>}):
 * a status added regenerates the handler, so the user's handler that does not handle it breaks the
 * build; a status removed disappears with its exception class; nothing edited compiles nothing. The
 * same for {@code testCompile} and a spec in {@code src/test/resources}. Without the plugin's goal
 * ({@code -Dstatusspec.skip}) the compiler plugin keeps the stale classes, which is why it exists.
 */
class SpecEditIT {

  private static final String SPEC = "src/main/resources/com/example/orders/orders-statuses.yaml";
  private static final String TEST_SPEC =
      "src/test/resources/com/example/orders/fake/fake-statuses.yaml";
  private static final String GONE_CLASS = "target/classes/com/example/orders/GoneException.class";
  private static final String GONE_SOURCE =
      "target/generated-sources/annotations/com/example/orders/GoneException.java";
  private static final String NOTHING = "Nothing to compile - all classes are up to date";

  @Test
  void compileFollowsStatusesAddedAndRemovedInTheSpec() {
    MavenProject project = MavenProject.copyOf("spec-edits");
    assertThat(project.compileAndRun("com.example.orders.Main"))
        .containsExactly("200 OK -> proceed, 404 Not Found -> report, 410 Gone -> forget");

    MavenProject.BuildResult unchanged = project.build("compile");
    assertThat(unchanged.succeeded()).as("%s", unchanged).isTrue();
    assertThat(unchanged.output()).contains(NOTHING).doesNotContain("statusspec:");

    project.replace(SPEC, "spec-edit-steps/status-added.yaml");
    MavenProject.BuildResult withoutThePlugin = project.build("compile", "-Dstatusspec.skip");
    assertThat(withoutThePlugin.succeeded()).as("%s", withoutThePlugin).isTrue();
    assertThat(withoutThePlugin.output()).contains(NOTHING);

    MavenProject.BuildResult added = project.build("compile");
    assertThat(added.succeeded()).as("%s", added).isFalse();
    assertThat(added.output())
        .contains(
            "[INFO] statusspec: com.example.orders.OrdersApi: its spec "
                + SPEC
                + " has changed,"
                + " compiling again")
        .contains(
            "Policy is not abstract and does not override abstract method onTooManyRequests()");

    project.replace(SPEC, "spec-edit-steps/status-removed.yaml");
    assertThat(project.compileAndRun("com.example.orders.Main"))
        .containsExactly("200 OK -> proceed, 404 Not Found -> report");
    assertThat(project.file(GONE_CLASS)).doesNotExist();
    assertThat(project.file(GONE_SOURCE)).doesNotExist();
  }

  @Test
  void testCompileFollowsASpecInTheTestResources() {
    MavenProject project = MavenProject.copyOf("spec-edits");
    MavenProject.BuildResult first = project.build("test-compile");
    assertThat(first.succeeded()).as("%s", first).isTrue();
    assertThat(project.file("target/test-classes/com/example/orders/fake/FakeApiStatus.class"))
        .exists();

    MavenProject.BuildResult unchanged = project.build("test-compile");
    assertThat(unchanged.succeeded()).as("%s", unchanged).isTrue();
    assertThat(unchanged.output().split(NOTHING, -1)).as("%s", unchanged).hasSize(3);

    project.replace(TEST_SPEC, "spec-edit-steps/fake-status-added.yaml");
    MavenProject.BuildResult added = project.build("test-compile");
    assertThat(added.succeeded()).as("%s", added).isFalse();
    assertThat(added.output())
        .contains(
            "[INFO] statusspec: com.example.orders.fake.FakeApi: its spec "
                + TEST_SPEC
                + " has changed, compiling again")
        .contains(
            "FakeReplies is not abstract and does not override abstract method onImATeapot()");
    assertThat(added.output().split(NOTHING, -1)).as("the main code is not compiled").hasSize(2);
  }
}
