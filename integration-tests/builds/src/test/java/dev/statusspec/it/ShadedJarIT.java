package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor jar as installed (what {@code annotationProcessorPaths} downloads) is the whole
 * processor: every class under {@code dev/statusspec/processor/}, JavaPoet, Jackson and SnakeYAML
 * relocated below it, the service file present, a POM that drags no dependency onto the processor
 * path, and javac runs it with that jar alone on {@code -processorpath}.
 */
class ShadedJarIT {

  private static final String SERVICE = "META-INF/services/javax.annotation.processing.Processor";

  @Test
  void everyClassIsOursOrRelocatedBelowOurPackage() throws IOException {
    List<String> foreign = new ArrayList<>();
    boolean relocatedJavaPoet = false;
    boolean relocatedJackson = false;
    boolean relocatedSnakeYaml = false;
    try (JarFile jar = new JarFile(installed("statusspec-processor", "jar").toFile())) {
      for (JarEntry entry : jar.stream().toList()) {
        String name = entry.getName();
        if (name.endsWith(".class") && !name.startsWith("dev/statusspec/processor/")) {
          foreign.add(name);
        }
        relocatedJavaPoet |= name.startsWith("dev/statusspec/processor/shaded/javapoet/");
        relocatedJackson |= name.startsWith("dev/statusspec/processor/shaded/jackson/");
        relocatedSnakeYaml |= name.startsWith("dev/statusspec/processor/shaded/snakeyaml/");
        if (name.startsWith("META-INF/services/") && !name.endsWith("/")) {
          assertThat(name)
              .matches(
                  "META-INF/services/(javax\\.annotation\\.processing\\.Processor"
                      + "|dev\\.statusspec\\.processor\\.shaded\\..+)");
        }
      }
      assertThat(foreign).as("classes outside dev/statusspec/processor/").isEmpty();
      assertThat(relocatedJavaPoet).as("relocated JavaPoet").isTrue();
      assertThat(relocatedJackson).as("relocated Jackson").isTrue();
      assertThat(relocatedSnakeYaml).as("relocated SnakeYAML").isTrue();
      try (InputStream service = jar.getInputStream(jar.getEntry(SERVICE))) {
        assertThat(new String(service.readAllBytes(), StandardCharsets.UTF_8).strip())
            .isEqualTo("dev.statusspec.processor.StatusSpecProcessor");
      }
    }
  }

  @Test
  void installedPomPutsNothingElseOnTheProcessorPath() throws IOException {
    // Only the dependencies reach a processor path; the build section (which copies framework jars
    // for the processor's own tests) does not.
    String pom =
        Files.readString(installed("statusspec-processor", "pom"))
            .replaceAll("(?s)<build>.*</build>", "");

    assertThat(pom)
        .contains("<artifactId>statusspec-processor</artifactId>")
        .doesNotContain("<groupId>com.palantir.javapoet</groupId>")
        .doesNotContain("<groupId>com.fasterxml.jackson")
        .doesNotContain("<groupId>org.yaml</groupId>");
  }

  @Test
  void theJarAloneRunsInJavac(@TempDir Path temp) throws Exception {
    Path src = temp.resolve("src/com/example");
    Files.createDirectories(src);
    Files.writeString(
        src.resolve("statuses.yaml"),
        "statuses:\n  - code: 200\n    name: OK\n  - code: 404\n    name: Not Found\n");
    Files.writeString(
        src.resolve("Api.java"),
        "package com.example;\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
            + "public interface Api {}\n");
    Path out = Files.createDirectories(temp.resolve("out"));
    ByteArrayOutputStream output = new ByteArrayOutputStream();

    int exit =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                output,
                output,
                "-Xlint:all",
                "-Werror",
                "-cp",
                installed("statusspec-annotations", "jar").toString(),
                "-processorpath",
                installed("statusspec-processor", "jar").toString(),
                "-sourcepath",
                temp.resolve("src").toString(),
                "-d",
                out.toString(),
                src.resolve("Api.java").toString());

    assertThat(exit).as("javac: %s", output.toString(StandardCharsets.UTF_8)).isZero();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, null)) {
      Class<?> status = loader.loadClass("com.example.ApiStatus");
      Object notFound = status.getMethod("fromCode", int.class).invoke(null, 404);
      assertThat(status.getMethod("reasonPhrase").invoke(notFound)).isEqualTo("Not Found");
    }
  }

  /** A dev.statusspec artifact as invoker:install put it in target/local-repo. */
  private static Path installed(String artifactId, String extension) {
    String version = System.getProperty("statusspec.version");
    Path file =
        MavenProject.property("statusspec.it.localRepo")
            .resolve("dev/statusspec/" + artifactId + "/" + version)
            .resolve(artifactId + "-" + version + "." + extension);
    assertThat(file).exists();
    return file;
  }
}
