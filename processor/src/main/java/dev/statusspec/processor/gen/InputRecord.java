package dev.statusspec.processor.gen;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.model.Input;
import java.util.List;

/**
 * The record of the files read for one annotated interface, a small text resource of the class
 * output: {@code META-INF/statusspec/inputs/<package path>/<binary simple name>.inputs}. The
 * statusspec Maven plugin reads it before the next compilation and, when a file listed has changed
 * or is gone, deletes the interface's class file, so that maven-compiler-plugin, which follows
 * {@code .java} files only, compiles the module again and the processor runs again.
 *
 * <p>The format, one entry a line, UTF-8, {@code \n} line ends, {@code #} lines are comments:
 *
 * <pre>
 * format 1
 * type com.example.api.FieldApi com/example/api/FieldApi.class
 * input spec class-output 9f86d0...0f00a08 com/example/api/field-api-statuses.yaml
 * input baseline class-output 2c26b4...5d29b84 com/example/api/field-api-statuses-1.4.yaml
 * </pre>
 *
 * <p>{@code type}: the interface and the class file (of its top-level class) whose absence makes
 * the compiler plugin compile again. {@code input}: the {@linkplain Input.Role role}, the
 * {@linkplain Input.Place place} the path is relative to, the SHA-256 of the content read, and the
 * path, last so that it may hold spaces. A reader treats a format it does not know as "changed".
 * Nothing in it depends on the machine or the time: the same files give the same bytes.
 */
public final class InputRecord {

  /** The folder of the records in the class output. */
  public static final String FOLDER = "META-INF/statusspec/inputs/";

  /** The ending of a record's file name. */
  public static final String EXTENSION = ".inputs";

  /** The format written, on the record's {@code format} line. */
  public static final int FORMAT = 1;

  private InputRecord() {}

  /** The record of {@code inputs}, read for {@code annotatedInterface}. */
  public static GeneratedFile.Resource of(ClassName annotatedInterface, List<Input> inputs) {
    String packagePath = annotatedInterface.packageName().replace('.', '/');
    String folder = packagePath.isEmpty() ? "" : packagePath + "/";
    String binaryName = String.join("$", annotatedInterface.simpleNames());
    StringBuilder text = new StringBuilder();
    text.append("# The files read to generate the code of ")
        .append(annotatedInterface.canonicalName())
        .append(", with their SHA-256.\n")
        .append("# statusspec-maven-plugin compiles the module again when one has changed.\n")
        .append("format ")
        .append(FORMAT)
        .append('\n')
        .append("type ")
        .append(annotatedInterface.canonicalName())
        .append(' ')
        .append(folder)
        .append(annotatedInterface.topLevelClassName().simpleName())
        .append(".class\n");
    for (Input input : inputs) {
      if (input.path().indexOf('\n') >= 0 || input.path().indexOf('\r') >= 0) {
        continue; // no line can name it; javac's file managers never find such a file anyway
      }
      text.append("input ")
          .append(input.role().token())
          .append(' ')
          .append(input.place().token())
          .append(' ')
          .append(input.sha256())
          .append(' ')
          .append(input.path())
          .append('\n');
    }
    return new GeneratedFile.Resource(FOLDER + folder + binaryName + EXTENSION, text.toString());
  }
}
