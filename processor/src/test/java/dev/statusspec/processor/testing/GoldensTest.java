package dev.statusspec.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link Goldens} does with a folder of goldens: a match passes; a differing, missing or
 * unexpected file fails, with a unified diff and the command that regenerates; an update rewrites
 * the folder to exactly the generated files and says what it wrote.
 */
class GoldensTest {

  private static final String COMMAND = "mvn test -Dstatusspec.updateGoldens=true";

  @TempDir Path dir;

  private void golden(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void matchingFilesPass() throws IOException {
    golden("com/example/A.java", "class A {}\n");
    golden("META-INF/a.md", "# A\n");

    String report =
        Goldens.check(
            dir, Map.of("com/example/A.java", "class A {}\n", "META-INF/a.md", "# A\n"), false, "");

    assertThat(report).isEqualTo("2 files match the goldens in " + dir);
  }

  @Test
  void aDifferenceFailsWithItsDiffAndTheCommand() throws IOException {
    golden("com/example/A.java", "class A {\n  int a;\n}\n");

    assertThatThrownBy(
            () ->
                Goldens.check(
                    dir, Map.of("com/example/A.java", "class A {\n  long a;\n}\n"), false, COMMAND))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "generated files do not match the goldens in "
                + dir
                + ":\n"
                + "com/example/A.java differs from its golden (--- golden, +++ generated):\n"
                + "@@ -1,4 +1,4 @@\n"
                + " class A {\n"
                + "-  int a;\n"
                + "+  long a;\n"
                + " }\n"
                + " \n"
                + "\nIf the change is intended, regenerate with\n  "
                + COMMAND
                + "\nand review the diff.");
  }

  @Test
  void aGoldenNotGeneratedAndAFileWithoutGoldenBothFail() throws IOException {
    golden("com/example/Gone.java", "class Gone {}\n");
    golden("com/example/Kept.java", "class Kept {}\n");

    assertThatThrownBy(
            () ->
                Goldens.check(
                    dir,
                    Map.of(
                        "com/example/Kept.java", "class Kept {}\n",
                        "com/example/New.java", "class New {}\n"),
                    false,
                    COMMAND))
        .hasMessageContaining("golden com/example/Gone.java was not generated")
        .hasMessageContaining("generated com/example/New.java has no golden")
        .hasMessageNotContaining("Kept")
        .hasMessageContaining(COMMAND);
  }

  @Test
  void noGoldensAtAllFails() {
    assertThatThrownBy(
            () ->
                Goldens.check(
                    dir.resolve("absent"), Map.of("A.java", "class A {}"), false, COMMAND))
        .hasMessageContaining("generated A.java has no golden")
        .hasMessageContaining(COMMAND);
  }

  @Test
  void nothingGeneratedFails() {
    assertThatThrownBy(() -> Goldens.check(dir, Map.of(), false, COMMAND))
        .hasMessageContaining("nothing was generated");
  }

  @Test
  void anUpdateRewritesTheFolderAndSaysWhatItWrote() throws IOException {
    golden("com/example/Same.java", "same\n");
    golden("com/example/Changed.java", "old\n");
    golden("com/example/stale/Stale.java", "stale\n");

    Map<String, String> generated =
        Map.of(
            "com/example/Same.java", "same\n",
            "com/example/Changed.java", "new\n",
            "META-INF/statusspec/New.md", "# new\n");

    String report = Goldens.check(dir, generated, true, COMMAND);

    assertThat(report)
        .startsWith("updated the goldens:")
        .contains("deleted " + dir.resolve("com/example/stale/Stale.java"))
        .contains("wrote " + dir.resolve("com/example/Changed.java"))
        .contains("wrote " + dir.resolve("META-INF/statusspec/New.md"))
        .doesNotContain("Same.java");
    assertThat(dir.resolve("com/example/stale")).doesNotExist();
    assertThat(Files.readString(dir.resolve("com/example/Changed.java"))).isEqualTo("new\n");
    assertThat(Goldens.check(dir, generated, false, COMMAND))
        .isEqualTo("3 files match the goldens in " + dir);
    assertThat(Goldens.check(dir, generated, true, COMMAND))
        .isEqualTo("all 3 goldens in " + dir + " were up to date");
  }

  @Test
  void distantChangesAreSeparateHunksAndCloseOnesOne() {
    String before = lines(1, 30);
    String after = before.replace("line 5\n", "line five\n").replace("line 25\n", "");

    assertThat(Goldens.diff(before, after))
        .isEqualTo(
            "@@ -2,7 +2,7 @@\n"
                + " line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n"
                + "@@ -22,7 +22,6 @@\n"
                + " line 22\n line 23\n line 24\n-line 25\n line 26\n line 27\n line 28\n");

    String close = before.replace("line 5\n", "line five\n").replace("line 11\n", "line eleven\n");
    assertThat(Goldens.diff(before, close))
        .startsWith("@@ -2,13 +2,13 @@\n")
        .contains("-line 5\n+line five\n")
        .contains("-line 11\n+line eleven\n")
        .endsWith(" line 14\n");
  }

  @Test
  void aLongDiffIsCut() {
    String before = lines(1, 500);
    String after = lines(1001, 1500);

    String diff = Goldens.diff(before, after);

    assertThat(diff.lines()).hasSize(202);
    assertThat(diff).endsWith("... (diff cut at 200 lines)\n");
  }

  private static String lines(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> "line " + i + "\n")
        .collect(Collectors.joining());
  }
}
