package dev.statusspec.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Makes maven-compiler-plugin compile the module again when a file that the processor read for a
 * {@code @StatusSpec} interface in its last compilation (the spec, the baseline...) has changed or
 * is gone since.
 *
 * <p>maven-compiler-plugin decides what to compile from the {@code .java} files alone: after an
 * edit of the YAML only, it says "Nothing to compile" and keeps the code generated from the old
 * spec. The processor records, in the class output, each file it read with the SHA-256 of its
 * content ({@code META-INF/statusspec/inputs/}); this goal compares them with the files as the
 * compilation would read them now and, for each interface whose inputs differ, deletes the class
 * file of the interface. The compiler plugin then sees a source without its class, compiles the
 * module again (deleting the classes its last compilation created, so the classes of statuses taken
 * out of the spec go too), and the processor regenerates. When nothing changed, nothing is touched
 * and the compiler stays incremental; in a project without {@code @StatusSpec} there is no record
 * and the goal does nothing.
 *
 * <p>Declared with {@code <extensions>true</extensions>} and no executions, the plugin binds this
 * goal twice by itself: before {@code compile}, in {@code process-resources} (after the resources
 * are copied to {@code target/classes}, where the compilation reads them), and before {@code
 * testCompile} with {@code test} set, in {@code process-test-resources}. Without extensions, bind
 * it the same way in executions of your own.
 */
@Mojo(
    name = "refresh",
    defaultPhase = LifecyclePhase.PROCESS_RESOURCES,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class RefreshMojo extends AbstractMojo {

  /** The project built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /**
   * Whether this checks the test compilation (the test class output, test sources and the test
   * class path) instead of the main one.
   */
  @Parameter(defaultValue = "false")
  private boolean test;

  /** Skips the check: nothing is compared or deleted. */
  @Parameter(property = "statusspec.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Skips the check of the test compilation when the tests are not compiled either ({@code
   * -Dmaven.test.skip}, which maven-compiler-plugin's {@code testCompile} honours).
   */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean skipTestCompilation;

  /** Creates the goal; Maven sets its parameters. */
  public RefreshMojo() {}

  @Override
  public void execute() throws MojoExecutionException {
    if (skip || (test && skipTestCompilation)) {
      getLog().debug("statusspec: skipped");
      return;
    }
    Path classes =
        Path.of(
            test
                ? project.getBuild().getTestOutputDirectory()
                : project.getBuild().getOutputDirectory());
    Path records = classes.resolve(InputRecord.FOLDER);
    if (!Files.isDirectory(records)) {
      getLog().debug("statusspec: no record of inputs in " + records);
      return;
    }
    InputCheck check;
    try {
      check =
          new InputCheck(
              project.getBasedir().toPath(),
              classes,
              paths(test ? project.getTestCompileSourceRoots() : project.getCompileSourceRoots()),
              resourceRoots(test ? project.getTestResources() : project.getResources()),
              paths(
                  test
                      ? project.getTestClasspathElements()
                      : project.getCompileClasspathElements()));
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the class path of " + project.getId() + " is unknown", e);
    }
    for (Path file : recordFiles(records)) {
      refresh(classes, records, file, check);
    }
  }

  /** Deletes the class file of the record's interface when its inputs changed, saying why. */
  private void refresh(Path classes, Path records, Path file, InputCheck check)
      throws MojoExecutionException {
    String type;
    String classFile;
    Optional<String> why;
    try {
      InputRecord record = InputRecord.read(file);
      type = record.type();
      classFile = record.classFile();
      why = check.whyStale(record);
    } catch (IOException | IllegalArgumentException e) {
      // Written by another version of the processor, or damaged: compile again to write it anew.
      // The record's own path names the interface: <package path>/<binary name>.inputs.
      String name = records.relativize(file).toString().replace('\\', '/');
      name = name.substring(0, name.length() - InputRecord.EXTENSION.length());
      type = name.replace('/', '.').replace('$', '.');
      int nested = name.indexOf('$');
      classFile = (nested < 0 ? name : name.substring(0, nested)) + ".class";
      why = Optional.of("its record " + file + " cannot be read (" + e.getMessage() + ")");
    }
    if (why.isEmpty()) {
      getLog().debug("statusspec: the inputs of " + type + " are unchanged");
      return;
    }
    Path target = classes.resolve(classFile).normalize();
    if (!target.startsWith(classes.normalize())) {
      throw new MojoExecutionException(file + " names a class file outside " + classes);
    }
    try {
      if (Files.deleteIfExists(target)) {
        getLog().info("statusspec: " + type + ": " + why.get() + ", compiling again");
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "cannot delete "
              + target
              + ", so the compiler would keep the code generated for "
              + type
              + " although "
              + why.get(),
          e);
    }
  }

  /** The records below {@code folder}, sorted, so that messages come in a stable order. */
  private static List<Path> recordFiles(Path folder) throws MojoExecutionException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(InputRecord.EXTENSION))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new MojoExecutionException("cannot list " + folder, e);
    }
  }

  private static List<Path> paths(List<String> names) {
    List<Path> paths = new ArrayList<>();
    for (String name : names) {
      paths.add(Path.of(name));
    }
    return paths;
  }

  private static List<Path> resourceRoots(List<Resource> resources) {
    List<Path> roots = new ArrayList<>();
    for (Resource resource : resources) {
      if (resource.getDirectory() != null) {
        roots.add(Path.of(resource.getDirectory()));
      }
    }
    return roots;
  }
}
