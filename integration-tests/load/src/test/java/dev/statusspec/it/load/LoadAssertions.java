package dev.statusspec.it.load;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every load test asserts, the same for every framework: no wrong response of any kind, every
 * request done within the time limit, and, at benchmark size, a flat heap. Never a time.
 */
public final class LoadAssertions {

  /** How much the heap in use after a full collection may grow over a benchmark's run. */
  public static final long FLAT = 32L << 20;

  private LoadAssertions() {}

  /**
   * Asserts that every run did all its requests and got no wrong response.
   *
   * @param results the runs
   */
  public static void assertAllRight(LoadRun.Result... results) {
    for (LoadRun.Result result : results) {
      assertThat(result.wrong()).as(result.summary()).isEmpty();
      assertThat(result.done()).as(result.summary()).isEqualTo(result.requested());
    }
  }

  /**
   * Asserts the comparison's runs were all right and, at benchmark size, the heap flat.
   *
   * @param comparison the comparison
   */
  public static void assertAllRight(Comparison comparison) {
    assertAllRight(comparison.warmUp(), comparison.generated(), comparison.handWritten());
    if (LoadRun.FULL) {
      assertThat(comparison.heapAfter() - comparison.heapBefore())
          .as(comparison.report())
          .isLessThan(FLAT);
    }
  }

  /**
   * Asserts the client's runs were all right and, at benchmark size, the heap flat.
   *
   * @param run the client's run
   */
  public static void assertAllRight(LoadRun.Measured run) {
    assertAllRight(run.warmUp(), run.measured());
    if (LoadRun.FULL) {
      assertThat(run.heapAfter() - run.heapBefore()).as(run.report()).isLessThan(FLAT);
    }
  }
}
