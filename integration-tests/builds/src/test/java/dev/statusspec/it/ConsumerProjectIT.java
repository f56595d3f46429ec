package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A small real project set up as the README tells users (annotations {@code provided}, processor on
 * {@code annotationProcessorPaths}), built by Maven against the installed artifacts with {@code
 * -Xlint:all -Werror}; its generated code then runs on a plain JVM with nothing else on the class
 * path.
 */
class ConsumerProjectIT {

  @Test
  void readmeSetupBuildsAndTheGeneratedCodeRuns() {
    MavenProject project = MavenProject.copyOf("consumer");

    assertThat(project.compileAndRun("com.example.shop.Main"))
        .containsExactly("back-order", "retry", "unknown 418", "NotFoundException 404 order 7");
    assertThat(project.file("target/classes/META-INF/statusspec/com/example/shop/Shop.md"))
        .exists();
  }
}
