package dev.statusspec.processor.testing;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.gen.InputRecord;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Golden files, one folder per test as Dagger keeps them: {@code
 * src/test/resources/golden/<TestClass>/<method>/} holds one file per generated source or resource,
 * named by its path in the output ({@code com/example/FieldApiStatus.java}, {@code
 * META-INF/statusspec/com/example/FieldApi.md}). Class files are not pinned.
 *
 * <p>Without {@code -Dstatusspec.updateGoldens=true}, every generated file must equal its golden
 * and every golden must have been generated, or the test fails with a diff of each difference and
 * the command that regenerates them. With it, the folder is rewritten to what was generated (stale
 * goldens deleted) and the run prints which files it wrote.
 */
public final class Goldens {

  /** The system property that rewrites the goldens instead of comparing with them. */
  public static final String UPDATE = "statusspec.updateGoldens";

  /** The system property of the goldens' root folder (set by the build to the source tree). */
  public static final String DIR = "statusspec.goldenDir";

  /** Lines of context around each change in a diff. */
  private static final int CONTEXT = 3;

  /** Lines of diff shown per file at most, so one broken generator does not flood the log. */
  private static final int MAX_DIFF_LINES = 200;

  private Goldens() {}

  /**
   * Compares everything {@code compilation} generated, but class files, with the goldens of {@code
   * testClass}'s {@code method}; or rewrites them under {@code -Dstatusspec.updateGoldens=true}.
   */
  public static void check(Class<?> testClass, String method, Compilation compilation) {
    check(testClass, method, generatedFiles(compilation));
  }

  /**
   * Compares {@code files} (path to text, as {@link #generatedFiles} gives them) with the goldens
   * of {@code testClass}'s {@code method}; or rewrites them under {@code
   * -Dstatusspec.updateGoldens=true}.
   */
  public static void check(Class<?> testClass, String method, Map<String, String> files) {
    Path dir = root().resolve(testClass.getSimpleName()).resolve(method);
    String command =
        "mvn -pl processor -am test -Dtest="
            + testClass.getSimpleName()
            + "#"
            + method
            + " -Dsurefire.failIfNoSpecifiedTests=false -D"
            + UPDATE
            + "=true";
    String report = check(dir, files, Boolean.getBoolean(UPDATE), command);
    System.out.println(testClass.getSimpleName() + "#" + method + ": " + report);
  }

  /**
   * The core of {@link #check(Class, String, Compilation)}: compares {@code actual} (path to text)
   * with the files under {@code dir}, or rewrites them when {@code update}.
   *
   * @param command how to regenerate, for the failure message
   * @return what an update wrote, or that the goldens matched
   * @throws AssertionError listing every missing, unexpected and differing file, with diffs
   */
  public static String check(Path dir, Map<String, String> actual, boolean update, String command) {
    if (actual.isEmpty()) {
      throw new AssertionError("nothing was generated to compare with the goldens in " + dir);
    }
    SortedMap<String, String> expected = read(dir);
    if (update) {
      return rewrite(dir, expected, actual);
    }
    List<String> problems = new ArrayList<>();
    for (String path : expected.keySet()) {
      if (!actual.containsKey(path)) {
        problems.add("golden " + path + " was not generated");
      }
    }
    for (Map.Entry<String, String> file : actual.entrySet()) {
      String golden = expected.get(file.getKey());
      if (golden == null) {
        problems.add("generated " + file.getKey() + " has no golden");
      } else if (!golden.equals(file.getValue())) {
        problems.add(
            file.getKey()
                + " differs from its golden (--- golden, +++ generated):\n"
                + diff(golden, file.getValue()));
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "generated files do not match the goldens in "
              + dir
              + ":\n"
              + String.join("\n", problems)
              + "\nIf the change is intended, regenerate with\n  "
              + command
              + "\nand review the diff.");
    }
    return actual.size() + " files match the goldens in " + dir;
  }

  /** The files {@code compilation} generated, but class files, by their path in the output. */
  public static SortedMap<String, String> generatedFiles(Compilation compilation) {
    SortedMap<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      // mem:///SOURCE_OUTPUT/com/example/ApiStatus.java, mem:///CLASS_OUTPUT/META-INF/...
      String path = file.toUri().getPath();
      int location = path.indexOf('/', 1);
      if (!path.startsWith("/SOURCE_OUTPUT/") && !path.startsWith("/CLASS_OUTPUT/")) {
        throw new AssertionError("generated where no golden can say: " + file.toUri());
      }
      String name = path.substring(location + 1);
      if (name.startsWith(InputRecord.FOLDER)) {
        continue; // the record of what was read, build bookkeeping: InputRecordCompileTest pins it
      }
      String text;
      try {
        text = file.getCharContent(true).toString();
      } catch (FileNotFoundException e) {
        // Looked up in an output location (the processor looks for the spec in the class output,
        // where an IDE copies it) but never written: not generated.
        continue;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (files.put(name, text) != null) {
        throw new AssertionError("generated twice: " + name);
      }
    }
    return files;
  }

  /** A unified diff of two texts by lines, at most {@value #MAX_DIFF_LINES} lines of it. */
  public static String diff(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        edits.add(new Edit(' ', i++, j++));
      } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
        edits.add(new Edit('-', i++, j));
      } else {
        edits.add(new Edit('+', i, j++));
      }
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    int k = 0;
    while (k < edits.size()) {
      if (edits.get(k).op() == ' ') {
        k++;
        continue;
      }
      // A hunk: CONTEXT lines before this change, up to the last change followed by fewer than
      // 2 * CONTEXT + 1 unchanged lines, and CONTEXT lines after it.
      int start = Math.max(0, k - CONTEXT);
      int last = k;
      int unchanged = 0;
      for (int m = k; m < edits.size() && unchanged <= 2 * CONTEXT; m++) {
        if (edits.get(m).op() == ' ') {
          unchanged++;
        } else {
          unchanged = 0;
          last = m;
        }
      }
      int end = Math.min(edits.size() - 1, last + CONTEXT);
      int countA = 0;
      int countB = 0;
      for (int m = start; m <= end; m++) {
        countA += edits.get(m).op() == '+' ? 0 : 1;
        countB += edits.get(m).op() == '-' ? 0 : 1;
      }
      out.append("@@ -")
          .append(edits.get(start).a() + 1)
          .append(',')
          .append(countA)
          .append(" +")
          .append(edits.get(start).b() + 1)
          .append(',')
          .append(countB)
          .append(" @@\n");
      for (int m = start; m <= end; m++) {
        Edit edit = edits.get(m);
        out.append(edit.op()).append(edit.op() == '+' ? b[edit.b()] : a[edit.a()]).append('\n');
        if (++shown >= MAX_DIFF_LINES) {
          return out + "... (diff cut at " + MAX_DIFF_LINES + " lines)\n";
        }
      }
      k = end + 1;
    }
    return out.toString();
  }

  /** One line of an edit script: {@code op} is ' ', '-' or '+'; {@code a}, {@code b} indexes. */
  private record Edit(char op, int a, int b) {}

  private static String rewrite(Path dir, Map<String, String> old, Map<String, String> files) {
    try {
      List<String> done = new ArrayList<>();
      for (String path : old.keySet()) {
        if (!files.containsKey(path)) {
          Files.delete(dir.resolve(path));
          done.add("deleted " + dir.resolve(path));
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(path) || !Arrays.equals(Files.readAllBytes(path), bytes)) {
          Files.createDirectories(path.getParent());
          Files.write(path, bytes);
          done.add("wrote " + path);
        }
      }
      deleteEmptyFolders(dir);
      return done.isEmpty()
          ? "all " + files.size() + " goldens in " + dir + " were up to date"
          : "updated the goldens:\n  " + String.join("\n  ", done);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The goldens under {@code dir} by their path from it ({@code /}-separated); none if absent. */
  private static SortedMap<String, String> read(Path dir) {
    SortedMap<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name =
            dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        files.put(name, Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void deleteEmptyFolders(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path folder :
          walk.filter(Files::isDirectory).sorted((x, y) -> y.compareTo(x)).toList()) {
        try (Stream<Path> entries = Files.list(folder)) {
          if (!folder.equals(dir) && entries.findAny().isEmpty()) {
            Files.delete(folder);
          }
        }
      }
    }
  }

  /** The goldens' root: {@code -Dstatusspec.goldenDir}, else {@code src/test/resources/golden}. */
  public static Path root() {
    String configured = System.getProperty(DIR);
    return configured == null || configured.isBlank()
        ? Path.of("src/test/resources/golden")
        : Path.of(configured);
  }
}
