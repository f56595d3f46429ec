package dev.statusspec.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.gen.adapters.Adapter;
import dev.statusspec.processor.gen.adapters.Adapters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documentation's lists of adapters are the processor's ({@link Adapters}): the tables of the
 * README and of the guide's adapters page have one row per adapter, in its order, each naming the
 * types the adapter declares and linking a page that exists; the options page lists every name.
 * Adding an adapter without its documentation fails here.
 */
class AdapterDocsTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void theReadmeTableIsTheAdapterList() throws IOException {
    checkTable(ROOT.resolve("README.md"), ROOT.resolve("docs/guide"));
  }

  @Test
  void theGuideTableIsTheAdapterList() throws IOException {
    checkTable(ROOT.resolve("docs/guide/adapters.md"), ROOT.resolve("docs/guide"));
  }

  @Test
  void theOptionsPageListsEveryAdapterName() throws IOException {
    String options = Files.readString(ROOT.resolve("docs/guide/options.md"));
    String allowed =
        Adapters.names().stream().map(n -> "`" + n + "`").reduce((a, b) -> a + ", " + b).get();
    assertThat(options)
        .as("docs/guide/options.md names the values of statusspec.adapters")
        .contains("a comma-separated list of " + allowed + " |");
  }

  /** The rows of the adapters' table in {@code page}, checked against {@link Adapters#all}. */
  private static void checkTable(Path page, Path guide) throws IOException {
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(page)) {
      if (line.startsWith("| `") && line.contains("| [")) {
        rows.add(line);
      }
    }
    assertThat(rows.stream().map(r -> r.substring(3, r.indexOf('`', 3))).toList())
        .as("the adapters' table of %s, in the order of Adapters.all()", page)
        .isEqualTo(Adapters.names());
    for (int i = 0; i < rows.size(); i++) {
      Adapter adapter = Adapters.all().get(i);
      String row = rows.get(i);
      for (String suffix : adapter.typeSuffixes()) {
        assertThat(row).as("%s's row in %s", adapter.name(), page).contains("`P" + suffix + "`");
      }
      String link = row.substring(row.lastIndexOf("](") + 2, row.lastIndexOf(')'));
      Path target = page.getParent().resolve(link).normalize();
      assertThat(target).as("%s's page, linked from %s", adapter.name(), page).exists();
      assertThat(target.startsWith(guide.normalize())).as("%s is in the guide", target).isTrue();
    }
  }
}
