package dev.statusspec.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README and the guide stay true to the code they document. */
class ReadmeTest {

  private static final Path README = Path.of("../README.md");
  private static final Path DIAGNOSTICS = Path.of("../docs/guide/diagnostics.md");

  @Test
  void everyDiagnosticIsDocumented() throws IOException {
    String page = Files.readString(DIAGNOSTICS);
    for (Message message : Message.values()) {
      String row = "| `" + message.id() + "` | ";
      assertThat(page)
          .as("docs/guide/diagnostics.md's table explains [statusspec:%s]", message.id())
          .contains(row);
      String means = page.substring(page.indexOf(row) + row.length());
      switch (message.severity()) {
        case WARNING -> assertThat(means).as("%s's row", message.id()).startsWith("Warning");
        case NOTE -> assertThat(means).as("%s's row", message.id()).startsWith("Note");
        case ERROR ->
            assertThat(means)
                .as("%s's row", message.id())
                .doesNotStartWith("Warning")
                .doesNotStartWith("Note");
      }
    }
  }

  @Test
  void firstCodeBlockHoldsTheTwoCommandsCiRuns() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("```bash\n");
    String block = readme.substring(start, readme.indexOf("```\n", start + 8));
    assertThat(block)
        .contains("\nmvn -B -q -Pdemo -pl example -am package -DskipTests\n")
        .contains("\nmvn -B verify\n");
  }
}
