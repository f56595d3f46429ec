package dev.statusspec.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The broken specs under {@code src/test/resources/bad/}. Each file's first line says what it must
 * give: {@code # expect: <id> <line>:<column>}. Adding a case is adding a file.
 */
public final class BadSpecs {

  private static final Pattern EXPECT = Pattern.compile("# expect: ([a-z0-9-]+) (\\d+):(\\d+)");

  /**
   * One broken spec.
   *
   * @param name the file name without {@code .yaml}
   * @param bytes the file's content
   * @param id the diagnostic it must give
   * @param line its line
   * @param column its column
   */
  public record BadSpec(String name, byte[] bytes, String id, int line, int column) {
    /** The text the diagnostic starts with, after the id: {@code statuses.yaml:4:11: }. */
    public String location(String file) {
      return "[statusspec:" + id + "] " + file + ":" + line + ":" + column + ": ";
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private BadSpecs() {}

  /** Every file of {@code bad/}, sorted by name. */
  public static List<BadSpec> all() {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .sorted()
          .map(BadSpecs::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BadSpec read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      Matcher expect = EXPECT.matcher(text.lines().findFirst().orElse(""));
      if (!expect.matches()) {
        throw new AssertionError(file + " must start with '# expect: <id> <line>:<column>'");
      }
      String name = file.getFileName().toString().replace(".yaml", "");
      return new BadSpec(
          name,
          bytes,
          expect.group(1),
          Integer.parseInt(expect.group(2)),
          Integer.parseInt(expect.group(3)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directory() {
    try {
      return Path.of(BadSpecs.class.getResource("/bad").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
