package dev.statusspec.processor.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.internal.compiler.batch.Main;

/** The Eclipse compiler (ecj), run in this JVM on a {@link SourceTree} with the processor. */
public final class Ecj {

  /**
   * What ecj did.
   *
   * @param compiled whether it compiled without error
   * @param output everything it printed
   */
  public record Result(boolean compiled, String output) {}

  private Ecj() {}

  /**
   * Compiles the tree's sources into its output folders, with the processor on {@code
   * -processorpath} and {@code classPath} on {@code -cp} (given first: ecj otherwise ignores the
   * processor path, Eclipse bug 573833).
   *
   * @param sourcePath whether to pass the tree's sources as {@code -sourcepath}, as a batch build
   *     does (the IDE's builder does not)
   * @param options more options, first on the command line ({@code --release 17}...)
   */
  public static Result compile(
      SourceTree tree, String classPath, boolean sourcePath, String... options) {
    List<String> args = new ArrayList<>(List.of(options));
    args.addAll(
        List.of(
            "-cp",
            classPath,
            "-processorpath",
            ProcessorPath.processor(),
            "-s",
            tree.generated().toString(),
            "-d",
            tree.out().toString()));
    if (sourcePath) {
      args.addAll(List.of("-sourcepath", tree.src().toString()));
    }
    args.addAll(tree.sourceFiles());
    StringWriter output = new StringWriter();
    PrintWriter writer = new PrintWriter(output);
    boolean compiled =
        new Main(writer, writer, false, null, null).compile(args.toArray(String[]::new));
    writer.flush();
    return new Result(compiled, output.toString());
  }
}
