package dev.statusspec.it.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The generated adapter against a hand-written one doing the same work, driven in the same run:
 * both warmed up, then measured in alternating rounds (generated first in even rounds, hand-written
 * first in odd ones), so that a neighbour's load on the machine falls on both alike. The heap in
 * use after a full collection is read after the warm-up and at the end.
 *
 * @param generated the generated adapter's measured rounds, as one result
 * @param handWritten the hand-written adapter's measured rounds, as one result
 * @param warmUp both warm-ups, as one result (checked like the rest, measured apart)
 * @param heapBefore bytes of heap in use after the warm-up, after a full collection
 * @param heapAfter bytes of heap in use at the end, after a full collection
 */
public record Comparison(
    LoadRun.Result generated,
    LoadRun.Result handWritten,
    LoadRun.Result warmUp,
    long heapBefore,
    long heapAfter) {

  /**
   * Warms both up, then drives {@code requests} requests at each in alternating rounds.
   *
   * @param driver the driver, whose threads are the connections
   * @param name the server, for the report
   * @param requests the requests each variant gets, measured
   * @param generated request {@code n} to the generated adapter, as {@link LoadRun#run} takes it
   * @param handWritten request {@code n} to the hand-written one
   * @return what was measured
   */
  public static Comparison run(
      LoadRun driver, String name, int requests, LoadRun.Call generated, LoadRun.Call handWritten) {
    long deadline = System.nanoTime() + LoadRun.LIMIT.toNanos();
    int warmUp = LoadRun.FULL ? 10_000 : Math.max(100, requests / 10);
    int rounds = LoadRun.FULL ? 10 : 2;
    List<LoadRun.Result> warmUps = new ArrayList<>();
    warmUps.add(driver.run(name, warmUp, LoadRun.left(deadline), generated));
    warmUps.add(driver.run(name, warmUp, LoadRun.left(deadline), handWritten));
    long heapBefore = LoadRun.usedHeapAfterGc();
    List<LoadRun.Result> measuredGenerated = new ArrayList<>();
    List<LoadRun.Result> measuredHandWritten = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      int count = requests / rounds + (round < requests % rounds ? 1 : 0);
      for (int variant = 0; variant < 2; variant++) {
        if ((variant == 0) == (round % 2 == 0)) {
          measuredGenerated.add(driver.run(name, count, LoadRun.left(deadline), generated));
        } else {
          measuredHandWritten.add(driver.run(name, count, LoadRun.left(deadline), handWritten));
        }
      }
    }
    long heapAfter = LoadRun.usedHeapAfterGc();
    Comparison comparison =
        new Comparison(
            LoadRun.Result.merge(name + " generated", measuredGenerated),
            LoadRun.Result.merge(name + " hand-written", measuredHandWritten),
            LoadRun.Result.merge(name + " warm-up", warmUps),
            heapBefore,
            heapAfter);
    System.out.println(comparison.report());
    return comparison;
  }

  /** The generated adapter's throughput over the hand-written one's. */
  public double throughputRatio() {
    return generated.throughput() / handWritten.throughput();
  }

  /** The lines of the report, each starting with {@code [load]}. */
  public String report() {
    return String.format(
        Locale.ROOT,
        "[load] %s%n[load] %s%n[load] %s%n[load] %s: throughput generated / hand-written %.3fx, p99"
            + " %.2f / %.2f ms, heap after GC %.1f MB after the warm-up, %.1f MB at the end, %d"
            + " connections",
        warmUp.summary(),
        generated.summary(),
        handWritten.summary(),
        generated.name(),
        throughputRatio(),
        generated.p99Millis(),
        handWritten.p99Millis(),
        heapBefore / 1048576.0,
        heapAfter / 1048576.0,
        LoadRun.CONNECTIONS);
  }
}
