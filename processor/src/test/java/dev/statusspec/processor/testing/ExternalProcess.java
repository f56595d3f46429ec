package dev.statusspec.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a command to its end, with standard error merged into the output.
 *
 * @param exitCode the command's exit code
 * @param output what it printed
 */
public record ExternalProcess(int exitCode, String output) {

  /** Runs {@code command} in {@code directory}. */
  public static ExternalProcess run(Path directory, List<String> command) {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new ExternalProcess(process.waitFor(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    }
  }

  /** Whether the command exited with 0. */
  public boolean succeeded() {
    return exitCode == 0;
  }
}
