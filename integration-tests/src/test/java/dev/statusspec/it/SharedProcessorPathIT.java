package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * statusspec on one processor path with AutoValue, behind an old JavaPoet (1.13.0) and an old
 * Jackson (2.17): the project compiles under {@code -Xlint:all -Werror}, AutoValue generates a
 * value class over a type statusspec generated in the same compilation, and both run.
 */
class SharedProcessorPathIT {

  @Test
  void autoValueAndOldLibrariesOnTheSameProcessorPath() {
    MavenProject project = MavenProject.copyOf("shared-processor-path");

    MavenProject.BuildResult build = project.build("compile");

    assertThat(build.succeeded()).as("%s", build).isTrue();
    assertThat(project.file("target/classes/com/example/shop/AutoValue_Order.class")).exists();
    MavenProject.BuildResult run = project.run("com.example.shop.Main");
    assertThat(run.succeeded()).as("%s", run).isTrue();
    assertThat(run.output().lines())
        .containsExactly("Order{id=7, status=OUT_OF_STOCK}", "true", "OutOfStockException");
  }
}
