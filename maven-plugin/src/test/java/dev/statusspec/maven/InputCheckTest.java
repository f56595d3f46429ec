package dev.statusspec.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each place an input can come from, unchanged, changed and gone. */
class InputCheckTest {

  private static final String SPEC = "statuses:\n  - code: 200\n    name: OK\n";

  @TempDir Path project;

  private InputCheck check() {
    return new InputCheck(
        project,
        project.resolve("target/classes"),
        List.of(project.resolve("src/main/java"), project.resolve("target/generated-sources")),
        List.of(project.resolve("src/main/resources")),
        List.of(project.resolve("target/classes"), project.resolve("lib/api.jar")));
  }

  private Path write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static InputRecord record(InputRecord.Place place, String path, String text) {
    return new InputRecord(
        "com.example.Api",
        "com/example/Api.class",
        List.of(new InputRecord.Input("spec", place, sha256(text), path)));
  }

  private static String sha256(String text) {
    try {
      Path file = Files.createTempFile("statusspec", ".yaml");
      try {
        return InputCheck.sha256(Files.writeString(file, text, StandardCharsets.UTF_8));
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aCopyInTheClassOutputIsComparedAndTheResourceItCameFromIsNamed() throws IOException {
    write("src/main/resources/com/example/s.yaml", SPEC + "# edited\n");
    write("target/classes/com/example/s.yaml", SPEC);
    InputRecord record = record(InputRecord.Place.CLASS_OUTPUT, "com/example/s.yaml", SPEC);

    assertThat(check().whyStale(record)).isEmpty();

    write("target/classes/com/example/s.yaml", SPEC + "# edited\n");
    assertThat(check().whyStale(record))
        .hasValue("its spec src/main/resources/com/example/s.yaml has changed");
  }

  @Test
  void aFileGoneFromItsPlaceIsStaleEvenIfItIsElsewhere() throws IOException {
    write("src/main/java/com/example/s.yaml", SPEC);
    InputRecord record = record(InputRecord.Place.CLASS_OUTPUT, "com/example/s.yaml", SPEC);

    assertThat(check().whyStale(record))
        .hasValue("its spec com/example/s.yaml is gone from the class output it was read from");
  }

  @Test
  void theSourcePathIsSearchedRootByRoot() throws IOException {
    write("target/generated-sources/com/example/s.yaml", SPEC);
    InputRecord record = record(InputRecord.Place.SOURCE_PATH, "com/example/s.yaml", SPEC);

    assertThat(check().whyStale(record)).isEmpty();

    write("src/main/java/com/example/s.yaml", "statuses: []\n");
    assertThat(check().whyStale(record))
        .hasValue("its spec src/main/java/com/example/s.yaml has changed");
  }

  @Test
  void aFileBesideTheSourceOrInTheResourcesOfTheSourceSet() throws IOException {
    InputRecord record = record(InputRecord.Place.SOURCE_FOLDER, "com/example/s.yaml", SPEC);
    write("src/main/resources/com/example/s.yaml", SPEC);

    assertThat(check().whyStale(record)).isEmpty();

    write("src/main/java/com/example/s.yaml", SPEC + "# moved\n");
    assertThat(check().whyStale(record))
        .hasValue("its spec src/main/java/com/example/s.yaml has changed");
  }

  @Test
  void aFileOnTheClassPathInAFolderOrAJar() throws IOException {
    InputRecord record = record(InputRecord.Place.CLASS_PATH, "com/example/s.yaml", SPEC);
    Path jar = project.resolve("lib/api.jar");
    Files.createDirectories(jar.getParent());
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("com/example/s.yaml"));
      zip.write(SPEC.getBytes(StandardCharsets.UTF_8));
    }

    assertThat(check().whyStale(record)).isEmpty();

    write("target/classes/com/example/s.yaml", "statuses: []\n");
    assertThat(check().whyStale(record))
        .hasValue("its spec target/classes/com/example/s.yaml has changed");

    Files.delete(project.resolve("target/classes/com/example/s.yaml"));
    Files.delete(jar);
    assertThat(check().whyStale(record))
        .hasValue("its spec com/example/s.yaml is gone from the class path it was read from");
  }

  @Test
  void everyInputIsCompared() throws IOException {
    write("target/classes/a.yaml", SPEC);
    write("target/classes/b.yaml", SPEC + "# baseline, edited\n");
    InputRecord record =
        new InputRecord(
            "Api",
            "Api.class",
            List.of(
                new InputRecord.Input(
                    "spec", InputRecord.Place.CLASS_OUTPUT, sha256(SPEC), "a.yaml"),
                new InputRecord.Input(
                    "baseline", InputRecord.Place.CLASS_OUTPUT, sha256(SPEC), "b.yaml")));

    assertThat(check().whyStale(record)).hasValue("its baseline target/classes/b.yaml has changed");
  }
}
