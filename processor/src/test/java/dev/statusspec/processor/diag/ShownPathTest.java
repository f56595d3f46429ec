package dev.statusspec.processor.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How diagnostics name a file: relative to the working directory when below it, else absolute. */
class ShownPathTest {

  @TempDir Path temp;

  @Test
  void aFileBelowTheWorkingDirectoryIsRelativeToIt() {
    Path cwd = Path.of("/work/payments");
    assertThat(
            ShownPath.of(
                cwd.resolve("src/main/resources/com/example/payments/statuses.yaml"), cwd))
        .isEqualTo(
            Path.of("src/main/resources/com/example/payments/statuses.yaml").toString());
  }

  /** {@code mvn -f}, or a reactor built from its root: the path starts with the module's folder. */
  @Test
  void aModuleBelowTheReactorsRootStartsWithTheModulesFolder() {
    Path root = Path.of("/work/shop");
    assertThat(ShownPath.of(root.resolve("payments/target/classes/com/s.yaml"), root))
        .isEqualTo(Path.of("payments/target/classes/com/s.yaml").toString());
  }

  /** A Gradle daemon's working directory is its own: the project's files are shown absolute. */
  @Test
  void aFileOutsideTheWorkingDirectoryIsAbsolute() {
    Path daemon = Path.of("/home/u/.gradle/daemon/8.14");
    assertThat(ShownPath.of(Path.of("/work/payments/src/main/java/com/s.yaml"), daemon))
        .isEqualTo(Path.of("/work/payments/src/main/java/com/s.yaml").toString());
    // A folder whose name only starts like the working directory's is not below it.
    assertThat(ShownPath.of(Path.of("/work/payments-v2/s.yaml"), Path.of("/work/payments")))
        .isEqualTo(Path.of("/work/payments-v2/s.yaml").toString());
  }

  @Test
  void dotsAreResolvedBeforeComparing() {
    Path cwd = Path.of("/work/payments");
    assertThat(ShownPath.of(Path.of("/work/payments/src/../s.yaml"), cwd)).isEqualTo("s.yaml");
    assertThat(ShownPath.of(Path.of("/work/payments/../other/s.yaml"), cwd))
        .isEqualTo(Path.of("/work/other/s.yaml").toString());
  }

  /** The root as working directory (a service's): relative paths would be no shorter. */
  @Test
  void theRootAsWorkingDirectoryGivesAbsolutePaths() {
    Path root = Path.of("/");
    assertThat(ShownPath.of(Path.of("/work/s.yaml"), root))
        .isEqualTo(Path.of("/work/s.yaml").toString());
  }

  /**
   * A file of another file system (on Windows, another drive: {@code D:\specs} from {@code C:\work})
   * is never below the working directory, and is shown absolute; here a zip file system stands in
   * for the other root.
   */
  @Test
  void aFileOnAnotherRootIsAbsolute() throws IOException {
    Path zip = temp.resolve("specs.zip");
    try (FileSystem fs =
        FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
      Path inside = fs.getPath("/work/payments/s.yaml");
      assertThat(ShownPath.of(inside, Path.of("/work/payments"))).isEqualTo("/work/payments/s.yaml");
    }
  }

  /**
   * Symbolic links are not resolved in what is shown, but count: a working directory reached
   * through a link (a home folder that is a link to another disk) still has the project's files
   * below it, and a file reached through a link into the working directory is below it too.
   */
  @Test
  void symbolicLinksToTheWorkingDirectoryCount() throws IOException {
    Path real = Files.createDirectories(temp.resolve("disk/payments"));
    Path spec = Files.createDirectories(real.resolve("src/main/resources")).resolve("s.yaml");
    Files.writeString(spec, "statuses: []\n");
    Path link = Files.createSymbolicLink(temp.resolve("home-payments"), real);

    String expected = Path.of("src/main/resources/s.yaml").toString();
    // The compiler names the real file; the shell's working directory is the link.
    assertThat(ShownPath.of(spec, link)).isEqualTo(expected);
    // The compiler names the file through the link; the working directory is the real folder.
    assertThat(ShownPath.of(link.resolve("src/main/resources/s.yaml"), real)).isEqualTo(expected);
    // Both through the link: plainly below.
    assertThat(ShownPath.of(link.resolve("src/main/resources/s.yaml"), link)).isEqualTo(expected);
    // A link from outside into the project does not make an outside file relative.
    Path outside = Files.writeString(temp.resolve("outside.yaml"), "statuses: []\n");
    assertThat(ShownPath.of(outside, real)).isEqualTo(outside.toString());
  }

  @Test
  void uris() {
    Path cwd = Path.of("/work/payments");
    assertThat(
            ShownPath.of(
                URI.create("file:/work/payments/target/classes/com/example/s.yaml"), "x", cwd))
        .isEqualTo(Path.of("target/classes/com/example/s.yaml").toString());
    assertThat(
            ShownPath.of(
                URI.create("jar:file:/work/payments/lib/specs.jar!/com/example/s.yaml"), "x", cwd))
        .isEqualTo(Path.of("lib/specs.jar") + "!/com/example/s.yaml");
    assertThat(
            ShownPath.of(
                URI.create("jar:file:/home/u/.m2/specs%201.0.jar!/com/my%20api/s.yaml"), "x", cwd))
        .isEqualTo(Path.of("/home/u/.m2/specs 1.0.jar") + "!/com/my api/s.yaml");
    // A compiler's in-memory file (compile-testing's class output): the caller's name for it.
    assertThat(
            ShownPath.of(
                URI.create("mem:///CLASS_OUTPUT/com/example/s.yaml"),
                "com/example/s.yaml",
                cwd))
        .isEqualTo("com/example/s.yaml");
    assertThat(ShownPath.of(URI.create("com/example/s.yaml"), "fallback", cwd))
        .isEqualTo("fallback");
    assertThat(ShownPath.of((URI) null, "fallback", cwd)).isEqualTo("fallback");
  }
}
