package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A Kotlin project built by kotlin-maven-plugin 2.2.21 with its {@code kapt} goal, on a clean
 * build: kapt hands statusspec Java stubs of the Kotlin interfaces and runs before Maven copies
 * resources, yet the spec in {@code src/main/resources} and the one beside its {@code .kt} file are
 * both found. Kotlin code then uses the generated Java: {@code when} over the enum and over the
 * sealed exceptions without {@code else}, a Kotlin class implementing the handler, {@code dispatch}
 * with a handler object; warnings are errors in both compilers. A status added to the spec (no
 * {@code clean}) breaks those {@code when}s and the handler; a missing spec fails the build with
 * the places tried.
 */
class KotlinKaptIT {

  private static final String KOTLIN_VERSION = "2.2.21";
  private static final String SHOP_SPEC = "src/main/resources/com/example/shop/shop-statuses.yaml";
  private static final String INVENTORY_SPEC =
      "src/main/kotlin/com/example/shop/inventory-statuses.yaml";

  @Test
  void generatedJavaServesKotlinAndFollowsSpecEdits() {
    MavenProject project = MavenProject.copyOf("kotlin-kapt");

    MavenProject.BuildResult build = project.build("compile");
    assertThat(build.succeeded()).as("%s", build).isTrue();
    MavenProject.BuildResult run =
        project.run(
            "com.example.shop.MainKt",
            MavenProject.artifact("org.jetbrains.kotlin", "kotlin-stdlib", KOTLIN_VERSION));
    assertThat(run.succeeded()).as("%s", run).isTrue();
    assertThat(run.output().lines())
        .containsExactly(
            "back-order",
            "retry",
            "unknown 418",
            "no such order: order 7",
            "0",
            "The item was withdrawn from sale.");
    assertThat(
            project.file("target/generated-sources/kapt/compile/com/example/shop/ShopStatus.java"))
        .exists();
    assertThat(project.file("target/classes/META-INF/statusspec/com/example/shop/Inventory.md"))
        .exists();

    // target/classes now holds the old spec, copied by process-resources: it must not win.
    project.replace(SHOP_SPEC, "kotlin-kapt-steps/shop-status-added.yaml");
    MavenProject.BuildResult added = project.build("compile");
    assertThat(added.succeeded()).as("%s", added).isFalse();
    assertThat(added.output())
        .contains(
            "'when' expression must be exhaustive. Add the 'PAYMENT_REQUIRED' branch",
            "'when' expression must be exhaustive. Add the 'is PaymentRequiredException' branch",
            "Class 'Recovery' is not abstract and does not implement abstract member",
            "fun onPaymentRequired()");
  }

  @Test
  void missingSpecFailsTheBuildListingThePlacesTried() throws IOException {
    MavenProject project = MavenProject.copyOf("kotlin-kapt");
    Files.delete(project.file(INVENTORY_SPEC));

    MavenProject.BuildResult build = project.build("compile");

    assertThat(build.succeeded()).as("%s", build).isFalse();
    Path nextToKotlin = project.file(INVENTORY_SPEC);
    Path inResources = project.file("src/main/resources/com/example/shop/inventory-statuses.yaml");
    assertThat(build.output())
        .contains(
            "error: [statusspec:spec-not-found] inventory-statuses.yaml: cannot find the status"
                + " spec com/example/shop/inventory-statuses.yaml; looked in:",
            "- next to the Kotlin source: " + nextToKotlin + " (no such file)",
            "- resources of the source set: " + inResources + " (no such file)",
            "(not read under kapt: kapt runs before the build copies resources there",
            "put the spec at com/example/shop/inventory-statuses.yaml in src/main/resources")
        .doesNotContain("[statusspec:internal-error]");
  }
}
