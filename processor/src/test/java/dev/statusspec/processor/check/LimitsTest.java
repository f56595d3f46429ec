package dev.statusspec.processor.check;

import static dev.statusspec.processor.testing.SpecDiagnostics.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.spec.SpecReader;
import dev.statusspec.processor.testing.Specs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The limits that keep a hostile spec from taking unbounded time or memory: each is reached by an
 * input as large as the file-size limit allows, which finishes in about a second.
 */
class LimitsTest {

  @Test
  void fileFullOfTinyValuesStopsAtTheValueLimit() {
    String yaml = "statuses: [" + "1,".repeat((SpecReader.MAX_BYTES - 20) / 2) + "1]\n";
    assertThat(yaml.length()).isLessThanOrEqualTo(SpecReader.MAX_BYTES);
    // Node 1 is the top mapping, node 2 the list at column 11, then one value per 2 columns.
    int column = 12 + 2 * (SpecReader.MAX_NODES - 2);
    single(yaml, "too-many-values", 1, column);
  }

  @Test
  void fileFullOfEmptyStatusesStopsAtTheValueLimit() {
    String yaml = "statuses:\n" + "- {}\n".repeat((SpecReader.MAX_BYTES - 20) / 5);
    // Node 1 is the top mapping, node 2 the list, then one status a line from line 2.
    single(yaml, "too-many-values", SpecReader.MAX_NODES, 3);
  }

  @Test
  void thousandsOfBrokenStatusesKeepTheFirstThousandProblems() {
    int count = 100_000;
    byte[] yaml = ("statuses:\n" + "- {}\n".repeat(count)).getBytes(StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics("s.yaml");
    assertThat(Specs.load(yaml, "Api", diagnostics)).isEmpty();
    assertThat(diagnostics.count()).isEqualTo(2 * count); // no code, no name
    assertThat(diagnostics.list()).hasSize(Diagnostics.MAX_KEPT);
    assertThat(diagnostics.list().get(0).format())
        .startsWith("[statusspec:missing-key] s.yaml:2:3: this status has no 'code'");
  }
}
