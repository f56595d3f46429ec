package dev.statusspec.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README stays true to the code it documents. */
class ReadmeTest {

  private static final Path README = Path.of("../README.md");

  @Test
  void everyDiagnosticIsDocumented() throws IOException {
    String readme = Files.readString(README);
    for (Message message : Message.values()) {
      assertThat(readme)
          .as("README.md's table of diagnostics explains [statusspec:%s]", message.id())
          .contains("| `" + message.id() + "` |");
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
