package dev.statusspec.processor.check;

import static dev.statusspec.processor.testing.SpecPairs.compare;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.testing.SyntheticSpec;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The comparison at the largest catalogue one spec may have: linear in the statuses, and every
 * change found (up to the {@code Diagnostics.MAX_KEPT} kept). Prints what it measured.
 */
class EvolutionScaleTest {

  @Test
  void twoSpecsAtTheLimitCompareQuicklyAndFindEveryChange() {
    long seed = new SplittableRandom().nextLong();
    System.out.println("EvolutionScaleTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    String baseline = SyntheticSpec.yaml(SpecValidator.MAX_STATUSES);
    String[] lines = baseline.split("\n", -1);
    int changed = 0;
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      // Change the errorCode of about one status in ten.
      if (line.startsWith("    errorCode: ") && random.nextInt(10) == 0) {
        current.append(line).append("_v2\n");
        changed++;
      } else {
        current.append(line).append('\n');
      }
    }
    String successor = current.substring(0, current.length() - 1);
    compare(baseline, successor); // warm-up: class loading, the YAML parser
    long start = System.nanoTime();
    List<Diagnostic> all = compare(baseline, successor);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "EvolutionScaleTest: %,d statuses, %,d changed, read both and compared in %,d ms%n",
        SpecValidator.MAX_STATUSES, changed, millis);
    assertThat(all).hasSize(changed).allMatch(d -> d.message().id().equals("error-code-changed"));
    assertThat(millis).as("milliseconds for two specs of 2,500 statuses").isLessThan(5_000);
  }
}
