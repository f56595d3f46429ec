package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * statusspec on one processor path with AutoValue, behind an old JavaPoet (1.13.0) and an old
 * Jackson (2.17): the project compiles under {@code -Xlint:all,-processing -Werror}, AutoValue
 * generates a value class over a type statusspec generated in the same compilation, and both run.
 */
class SharedProcessorPathIT {

  @Test
  void autoValueAndOldLibrariesOnTheSameProcessorPath() {
    MavenProject project = MavenProject.copyOf("shared-processor-path");

    assertThat(project.compileAndRun("com.example.shop.Main"))
        .containsExactly("Order{id=7, status=OUT_OF_STOCK}", "true", "OutOfStockException");
    assertThat(project.file("target/classes/com/example/shop/AutoValue_Order.class")).exists();
  }
}
