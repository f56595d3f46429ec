package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/**
 * README's baseline workflow in a real Maven build: the released spec kept beside the spec under a
 * fixed name ({@code orders-statuses.released.yaml}) and copied over at each release. Between
 * releases a compatible edit builds with a note; a breaking one fails the build with the spec's
 * line and the baseline's; {@code -Dstatusspec.compatibility=warn} (a property the pom passes on)
 * lets an intended break through with a warning; and the release copy makes the new spec the
 * baseline, after which the same spec builds cleanly. Messages name both files by their paths in
 * {@code src/main/resources}, relative to the folder Maven was started in: javac read Maven's
 * copies in {@code target/classes}, which are the same. The statusspec Maven plugin compiles again
 * when the baseline alone changes, as at the release.
 */
class BaselineIT {

  private static final String DIR = "src/main/resources/com/example/orders/";
  private static final String SPEC = DIR + "orders-statuses.yaml";
  private static final String BASELINE = DIR + "orders-statuses.released.yaml";

  @Test
  void theReleasedSpecBesideTheSpecGuardsEveryBuildUntilTheNextRelease() throws IOException {
    MavenProject project = MavenProject.copyOf("baseline");
    assertThat(project.compileAndRun("com.example.orders.Main"))
        .containsExactly("200 OK, 404 Not Found, 410 Gone");

    project.replace(SPEC, "baseline-steps/status-added.yaml");
    MavenProject.BuildResult added = project.build("compile");
    assertThat(added.succeeded()).as("%s", added).isTrue();
    assertThat(added.output())
        .contains(
            "[statusspec:statuses-added] "
                + SPEC
                + ":9:5: statuses added since the baseline "
                + BASELINE
                + ": TOO_MANY_REQUESTS;");

    project.replace(SPEC, "baseline-steps/code-changed.yaml");
    MavenProject.BuildResult broken = project.build("compile");
    assertThat(broken.succeeded()).as("%s", broken).isFalse();
    assertThat(broken.output())
        .contains(
            "[statusspec:code-changed] " + SPEC + ":7:11: the code of GONE changed from 410 to 409")
        .contains("(was at " + BASELINE + ":7:11)");

    MavenProject.BuildResult intended = project.build("compile", "-Dstatusspec.compatibility=warn");
    assertThat(intended.succeeded()).as("%s", intended).isTrue();
    assertThat(intended.output()).contains("WARNING").contains("[statusspec:code-changed]");

    // The release: the spec becomes the baseline.
    Files.copy(project.file(SPEC), project.file(BASELINE), StandardCopyOption.REPLACE_EXISTING);
    MavenProject.BuildResult released = project.build("compile");
    assertThat(released.succeeded()).as("%s", released).isTrue();
    assertThat(released.output()).doesNotContain("[statusspec:");
    assertThat(released.output())
        .contains(
            "statusspec: com.example.orders.OrdersApi: its baseline "
                + BASELINE
                + " has changed, compiling again");
    assertThat(project.run("com.example.orders.Main").output().strip())
        .isEqualTo("200 OK, 404 Not Found, 409 Gone, 429 Too Many Requests");

    // The baseline alone edited (here, an older release restored by mistake): compiled again.
    project.replace(BASELINE, "baseline-steps/status-added.yaml");
    MavenProject.BuildResult older = project.build("compile");
    assertThat(older.succeeded()).as("%s", older).isFalse();
    assertThat(older.output()).contains("[statusspec:code-changed]");
  }
}
