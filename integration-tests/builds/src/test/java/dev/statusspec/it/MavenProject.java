package dev.statusspec.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of one of {@code src/test/projects/}, built by a real Maven (the one running this build)
 * against the artifacts that {@code invoker:install} put in {@code target/local-repo}. Third-party
 * artifacts come from this build's own local repository (read as a file repository, releases only,
 * so no stale statusspec snapshot can leak in) and else from Maven Central.
 */
final class MavenProject {

  /** {@code @statusspec.version@} in a project's files becomes the version under test. */
  private static final String VERSION_TOKEN = "@statusspec.version@";

  private final Path dir;

  private MavenProject(Path dir) {
    this.dir = dir;
  }

  /** A fresh copy of {@code src/test/projects/<name>} under {@code target/it-projects/}. */
  static MavenProject copyOf(String name) {
    Path source = property("statusspec.it.projects").resolve(name);
    Path target = property("statusspec.it.work").resolve(name);
    try {
      deleteRecursively(target);
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.toList()) {
          Path copy = target.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(copy);
          } else {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(
                copy,
                text.replace(VERSION_TOKEN, System.getProperty("statusspec.version")),
                StandardCharsets.UTF_8);
          }
        }
      }
      return new MavenProject(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The project's folder. */
  Path dir() {
    return dir;
  }

  /** A file of the project. */
  Path file(String relative) {
    return dir.resolve(relative);
  }

  /** Replaces a file of the project with the version at {@code src/test/projects/<from>}. */
  void replace(String relative, String from) {
    try {
      Files.copy(
          property("statusspec.it.projects").resolve(from),
          file(relative),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code mvn -B <goals>} in the project. */
  BuildResult build(String... goals) {
    List<String> command = new ArrayList<>();
    command.add(mavenExecutable().toString());
    command.addAll(
        List.of(
            "-B",
            "--no-transfer-progress",
            "-s",
            settings().toString(),
            "-Dmaven.repo.local=" + property("statusspec.it.localRepo")));
    command.addAll(List.of(goals));
    return exec(dir, command);
  }

  private static BuildResult exec(Path dir, List<String> command) {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // Short-lived JVMs: the C1 compiler alone starts Maven and javac faster.
    builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1");
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new BuildResult(process.waitFor(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * What a Maven run did.
   *
   * @param exitCode Maven's exit code
   * @param output its console output
   */
  record BuildResult(int exitCode, String output) {

    /** Whether the build succeeded. */
    boolean succeeded() {
      return exitCode == 0;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n" + output;
    }
  }

  /**
   * Runs {@code mvn compile}, then {@code mainClass}, failing the test with the output of whichever
   * fails.
   *
   * @return the lines {@code mainClass} printed
   */
  List<String> compileAndRun(String mainClass) {
    BuildResult build = build("compile");
    assertThat(build.succeeded()).as("%s", build).isTrue();
    BuildResult run = run(mainClass);
    assertThat(run.succeeded()).as("%s", run).isTrue();
    return run.output().lines().toList();
  }

  /**
   * Runs {@code mainClass} from {@code target/classes} on this JVM's {@code java}, with no other
   * jar than {@code libraries} (a Kotlin program needs the Kotlin standard library).
   */
  BuildResult run(String mainClass, Path... libraries) {
    StringBuilder classPath = new StringBuilder(file("target/classes").toString());
    for (Path library : libraries) {
      classPath.append(java.io.File.pathSeparatorChar).append(library);
    }
    return java("-cp", classPath.toString(), mainClass);
  }

  /** Runs this JVM's {@code java} with {@code arguments} in the project's folder. */
  BuildResult java(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(arguments));
    return exec(dir, command);
  }

  /** An artifact's jar in the local repository the projects build against. */
  static Path artifact(String groupId, String artifactId, String version) {
    return property("statusspec.it.localRepo")
        .resolve(groupId.replace('.', '/'))
        .resolve(artifactId)
        .resolve(version)
        .resolve(artifactId + "-" + version + ".jar");
  }

  private static Path mavenExecutable() {
    String home = System.getProperty("maven.home");
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    String name = windows ? "mvn.cmd" : "mvn";
    return home == null || home.isEmpty() ? Path.of(name) : Path.of(home, "bin", name);
  }

  /** Settings that add this build's local repository, read-only, ahead of Maven Central. */
  private static Path settings() {
    Path settings = property("statusspec.it.work").resolve("settings.xml");
    String outer = property("statusspec.it.outerRepo").toUri().toString();
    String repository =
        """
              <id>outer-local</id>
              <url>%s</url>
              <releases><enabled>true</enabled></releases>
              <snapshots><enabled>false</enabled></snapshots>
        """
            .formatted(outer);
    String xml =
        """
        <settings>
          <profiles>
            <profile>
              <id>outer-local</id>
              <repositories><repository>
        %s      </repository></repositories>
              <pluginRepositories><pluginRepository>
        %s      </pluginRepository></pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>outer-local</activeProfile></activeProfiles>
        </settings>
        """
            .formatted(repository, repository);
    try {
      Files.createDirectories(settings.getParent());
      Files.writeString(settings, xml, StandardCharsets.UTF_8);
      return settings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException(
          "system property " + name + " is not set: run through mvn verify (failsafe sets it)");
    }
    return Path.of(value);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
