package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java modules: the installed annotations jar is the named module {@code dev.statusspec} (a
 * module-info in {@code META-INF/versions/9} of a multi-release jar, its classes release 8), a
 * Maven project whose module {@code requires static dev.statusspec} compiles under {@code
 * -Xlint:all -Werror} and runs from the module path, and the generated code carries {@code
 * javax.annotation.processing.Generated} only where the module reads {@code java.compiler}, and
 * {@code PHttpClient} only where it reads {@code java.net.http}.
 */
class JavaModuleIT {

  private static final String GENERATED = "javax.annotation.processing.Generated";

  @Test
  void annotationsJarIsTheModuleDevStatusspecWithRelease8Classes() throws IOException {
    Path jar = installed("statusspec-annotations");

    ModuleReference module = ModuleFinder.of(jar).findAll().iterator().next();
    ModuleDescriptor descriptor = module.descriptor();
    assertThat(descriptor.name()).isEqualTo("dev.statusspec");
    assertThat(descriptor.isAutomatic()).isFalse();
    assertThat(descriptor.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.statusspec");
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.isMultiRelease()).isTrue();
      assertThat(file.getEntry("module-info.class")).as("module-info at the root").isNull();
      assertThat(file.getEntry("META-INF/versions/9/module-info.class")).isNotNull();
      byte[] annotation =
          file.getInputStream(file.getEntry("dev/statusspec/StatusSpec.class")).readAllBytes();
      assertThat(annotation[7]).as("class file major version").isEqualTo((byte) 52);
    }
  }

  @Test
  void namedModuleRequiringItStaticallyCompilesWithoutWarningAndRuns() throws IOException {
    MavenProject project = MavenProject.copyOf("java-module");

    MavenProject.BuildResult build = project.build("compile");
    assertThat(build.succeeded()).as("%s", build).isTrue();
    assertThat(build.output()).doesNotContain("filename-based automodules");

    MavenProject.BuildResult run =
        project.java(
            "--module-path",
            project.file("target/classes").toString(),
            "--module",
            "com.example.shop/com.example.shop.Main");
    assertThat(run.succeeded()).as("%s", run).isTrue();
    assertThat(run.output().lines())
        .containsExactly(
            "Not Found", "com.example.shop.OutOfStockException: x", "com.example.shop");
    // The module does not read java.compiler, so @Generated would not compile there; nor
    // java.net.http, so there is no PHttpClient.
    assertThat(generatedSources(project.file("target/generated-sources/annotations")))
        .isNotEmpty()
        .noneMatch(source -> source.contains(GENERATED))
        .noneMatch(source -> source.contains("java.net.http"));
  }

  @Test
  void moduleThatReadsJavaCompilerGetsGenerated(@TempDir Path temp) throws IOException {
    Path src = temp.resolve("src");
    Files.createDirectories(src.resolve("com/example"));
    Files.writeString(
        src.resolve("module-info.java"),
        "module com.example {\n  requires static dev.statusspec;\n"
            + "  requires static java.compiler;\n}\n");
    Files.writeString(
        src.resolve("com/example/Api.java"),
        "package com.example;\n@dev.statusspec.StatusSpec(\"s.yaml\")\npublic interface Api {}\n");
    Files.writeString(
        src.resolve("com/example/s.yaml"), "statuses:\n  - code: 404\n    name: Not Found\n");
    Path generated = temp.resolve("generated");
    ByteArrayOutputStream output = new ByteArrayOutputStream();

    int exit =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                output,
                output,
                "-Xlint:all",
                "-Werror",
                "--class-path",
                Files.createDirectories(temp.resolve("no-jars")).toString(),
                "--module-path",
                installed("statusspec-annotations").toString(),
                "-processorpath",
                installed("statusspec-processor").toString(),
                "-s",
                Files.createDirectories(generated).toString(),
                "-d",
                temp.resolve("out").toString(),
                src.resolve("module-info.java").toString(),
                src.resolve("com/example/Api.java").toString());

    assertThat(exit).as("javac: %s", output.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(generatedSources(generated))
        .isNotEmpty()
        .allMatch(source -> source.contains("@Generated(\"dev.statusspec.processor."));
  }

  @Test
  void moduleThatReadsJavaNetHttpGetsTheHttpClientAdapter(@TempDir Path temp) throws IOException {
    Path src = temp.resolve("src");
    Files.createDirectories(src.resolve("com/example"));
    Files.writeString(
        src.resolve("module-info.java"),
        "module com.example {\n  requires static dev.statusspec;\n  requires java.net.http;\n"
            + "}\n");
    Files.writeString(
        src.resolve("com/example/Api.java"),
        "package com.example;\n@dev.statusspec.StatusSpec(\"s.yaml\")\npublic interface Api {}\n");
    Files.writeString(
        src.resolve("com/example/s.yaml"),
        "statuses:\n  - code: 200\n    name: OK\n  - code: 404\n    name: Not Found\n");
    Path generated = Files.createDirectories(temp.resolve("generated"));
    ByteArrayOutputStream output = new ByteArrayOutputStream();

    int exit =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                output,
                output,
                "-Xlint:all",
                "-Werror",
                "--release",
                "11",
                "--class-path",
                Files.createDirectories(temp.resolve("no-jars")).toString(),
                "--module-path",
                installed("statusspec-annotations").toString(),
                "-processorpath",
                installed("statusspec-processor").toString(),
                "-s",
                generated.toString(),
                "-d",
                temp.resolve("out").toString(),
                src.resolve("module-info.java").toString(),
                src.resolve("com/example/Api.java").toString());

    assertThat(exit).as("javac: %s", output.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(generated.resolve("com/example/ApiHttpClient.java")).exists();
    assertThat(temp.resolve("out/com/example/ApiHttpClient.class")).exists();
  }

  private static Path installed(String artifactId) {
    Path jar =
        MavenProject.artifact(
            "dev.statusspec", artifactId, System.getProperty("statusspec.version"));
    assertThat(jar).exists();
    return jar;
  }

  private static List<String> generatedSources(Path dir) throws IOException {
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.add(Files.readString(file));
      }
    }
    return sources;
  }
}
