package dev.statusspec.it.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives requests from a fixed number of threads, each with one request in flight at a time (so as
 * many connections as threads, over a pooled client), and counts what came back wrong. Every loop
 * is bounded: a fixed count of requests and a time limit, after which the run stops and reports
 * what it did. The sizes come from system properties, small by default (the tests of the normal
 * build) and as large as the benchmark wants with {@code -Dstatusspec.load.requests=50000
 * -Dstatusspec.load.connections=64}.
 */
public final class LoadRun implements AutoCloseable {

  /** Requests per measured variant: {@code statusspec.load.requests}, 2,000 unless given. */
  public static final int REQUESTS = Integer.getInteger("statusspec.load.requests", 2_000);

  /** Concurrent connections: {@code statusspec.load.connections}, 16 unless given. */
  public static final int CONNECTIONS = Integer.getInteger("statusspec.load.connections", 16);

  /** The time limit of one run: {@code statusspec.load.seconds}, 120 s unless given. */
  public static final Duration LIMIT =
      Duration.ofSeconds(Integer.getInteger("statusspec.load.seconds", 120));

  /** Whether this is the benchmark (at least 50,000 requests), not the short test. */
  public static final boolean FULL = REQUESTS >= 50_000;

  private static final int MAX_KEPT_FAILURES = 10;

  /** One request of a run, checked. */
  @FunctionalInterface
  public interface Call {
    /**
     * Makes request {@code n} and checks its response.
     *
     * @param n the request's number
     * @return null when the response is right, else what is wrong, as {@code "kind: what"}
     * @throws Exception when the request fails; counted as kind {@code io}
     */
    String apply(long n) throws Exception;
  }

  private final int threads;
  private final ExecutorService pool;
  private final AtomicLong nextRequest = new AtomicLong();

  /**
   * Starts the driver's threads.
   *
   * @param threads how many requests are in flight at once
   */
  public LoadRun(int threads) {
    this.threads = threads;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "load-driver");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * What one run did.
   *
   * @param name what was driven
   * @param requested the requests asked for
   * @param nanos the wall time of the run
   * @param latencies the time of each request done, in nanoseconds, sorted
   * @param wrong per kind (see {@link Problem#check}), how many responses were wrong
   * @param failures the first few wrong responses, said in words
   */
  public record Result(
      String name,
      int requested,
      long nanos,
      long[] latencies,
      Map<String, Integer> wrong,
      List<String> failures) {

    /** The requests done (fewer than asked when the time limit stopped the run). */
    public int done() {
      return latencies.length;
    }

    /** Requests per second. */
    public double throughput() {
      return done() * 1e9 / nanos;
    }

    /** The 99th percentile of the requests' times, in milliseconds. */
    public double p99Millis() {
      return latencies.length == 0 ? 0 : latencies[(int) (latencies.length * 0.99)] / 1e6;
    }

    /** The wrong responses of all kinds. */
    public int wrongTotal() {
      return wrong.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line: throughput, p99, wrong responses. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "%s: %,d of %,d requests in %.1f s, %.0f req/s, p99 %.2f ms, wrong %s%s",
          name,
          done(),
          requested,
          nanos / 1e9,
          throughput(),
          p99Millis(),
          wrong,
          failures.isEmpty() ? "" : " first: " + failures);
    }

    /**
     * The results of several runs of one variant as one.
     *
     * @param name the variant's name
     * @param results its runs
     * @return their sum
     */
    public static Result merge(String name, List<Result> results) {
      int requested = 0;
      long nanos = 0;
      long[] latencies = new long[0];
      Map<String, Integer> wrong = new TreeMap<>();
      List<String> failures = new ArrayList<>();
      for (Result r : results) {
        requested += r.requested;
        nanos += r.nanos;
        int from = latencies.length;
        latencies = Arrays.copyOf(latencies, from + r.latencies.length);
        System.arraycopy(r.latencies, 0, latencies, from, r.latencies.length);
        r.wrong.forEach((k, v) -> wrong.merge(k, v, Integer::sum));
        failures.addAll(r.failures.subList(0, Math.min(r.failures.size(), MAX_KEPT_FAILURES)));
      }
      Arrays.sort(latencies);
      return new Result(
          name,
          requested,
          nanos,
          latencies,
          wrong,
          failures.subList(0, Math.min(failures.size(), MAX_KEPT_FAILURES)));
    }
  }

  /**
   * Runs {@code count} requests, each with a number never used before in this driver, over the
   * driver's threads, until all are done or {@code limit} has passed.
   *
   * @param name what is driven, for the report
   * @param count how many requests
   * @param limit when to stop even if not all are done
   * @param call makes request {@code n} and returns null when its response is right, else what is
   *     wrong as {@code "kind: what"}; an exception it throws counts as kind {@code io}
   * @return what the run did
   */
  public Result run(String name, int count, Duration limit, Call call) {
    long first = nextRequest.getAndAdd(count);
    AtomicLong next = new AtomicLong(first);
    long end = first + count;
    long[] latencies = new long[count];
    Arrays.fill(latencies, -1);
    Map<String, Integer> wrong = Collections.synchronizedMap(new TreeMap<>());
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                long n;
                while ((n = next.getAndIncrement()) < end && System.nanoTime() < deadline) {
                  long t0 = System.nanoTime();
                  String problem;
                  try {
                    problem = call.apply(n);
                  } catch (Exception | AssertionError e) {
                    problem = "io: " + e;
                  }
                  latencies[(int) (n - first)] = System.nanoTime() - t0;
                  if (problem != null) {
                    wrong.merge(problem.substring(0, problem.indexOf(':')), 1, Integer::sum);
                    if (failures.size() < MAX_KEPT_FAILURES) {
                      failures.add("#" + n + " " + abbreviate(problem));
                    }
                  }
                }
              }));
    }
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (Exception e) {
        throw new IllegalStateException("a driver thread failed", e);
      }
    }
    long nanos = System.nanoTime() - start;
    long[] done = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
    return new Result(name, count, nanos, done, new TreeMap<>(wrong), List.copyOf(failures));
  }

  /**
   * A client's run: a warm-up of a tenth of {@link #REQUESTS} (checked, not measured), then {@link
   * #REQUESTS} requests, the heap in use after a full collection read between them and at the end;
   * prints the figures as {@code [load]} lines.
   *
   * @param driver the driver, whose threads are the connections
   * @param name the client, for the report
   * @param call request {@code n} through the client, checked
   * @return what was measured
   */
  public static Measured measure(LoadRun driver, String name, Call call) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    Result warmUp =
        driver.run(name + " warm-up", Math.max(100, REQUESTS / 10), left(deadline), call);
    long heapBefore = usedHeapAfterGc();
    Result measured = driver.run(name, REQUESTS, left(deadline), call);
    Measured result = new Measured(warmUp, measured, heapBefore, usedHeapAfterGc());
    System.out.println(result.report());
    return result;
  }

  /**
   * What {@link #measure} measured.
   *
   * @param warmUp the warm-up
   * @param measured the measured requests
   * @param heapBefore bytes of heap in use after the warm-up, after a full collection
   * @param heapAfter bytes of heap in use at the end, after a full collection
   */
  public record Measured(Result warmUp, Result measured, long heapBefore, long heapAfter) {

    /** The lines of the report, each starting with {@code [load]}. */
    public String report() {
      return String.format(
          Locale.ROOT,
          "[load] %s%n[load] %s%n[load] %s: heap after GC %.1f MB after the warm-up, %.1f MB at the"
              + " end, %d connections",
          warmUp.summary(),
          measured.summary(),
          measured.name(),
          heapBefore / 1048576.0,
          heapAfter / 1048576.0,
          CONNECTIONS);
    }
  }

  /**
   * The time left until {@code deadline}, a {@link System#nanoTime()}.
   *
   * @param deadline when
   * @return the time left, or zero
   */
  static Duration left(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }

  /**
   * The heap in use after a full collection, in bytes: {@code System.gc()} until two readings agree
   * within 1 MB (at most five times).
   *
   * @return the bytes in use
   */
  public static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(used - last) < 1 << 20) {
        return used;
      }
      last = used;
    }
    return last;
  }

  @Override
  public void close() {
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
