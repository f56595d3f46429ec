package dev.statusspec.benchmarks;

import dev.statusspec.benchmarks.cloud.CloudGetObjectHandler;
import dev.statusspec.benchmarks.cloud.CloudGetObjectNames;
import dev.statusspec.benchmarks.cloud.CloudHandWritten;
import dev.statusspec.benchmarks.cloud.CloudNames;
import dev.statusspec.benchmarks.cloud.CloudStatus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The keyed lookups of the 330-status catalogue, generated ({@code *Generated}) against what a
 * careful user writes without statusspec ({@code *Hand}, {@link CloudHandWritten}: a {@code switch}
 * on the code, then javac's string {@code switch} on the errorCode), per lookup, on the same
 * inputs, shuffled or sorted ({@link #order}). Neither Spring's {@code HttpStatus} nor Netty's
 * {@code HttpResponseStatus} has a lookup by errorCode or problem type, nor a dispatch: {@link
 * LookupBenchmark} compares them on {@code resolve(code)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
@OperationsPerInvocation(Inputs.LOOKUPS)
public class KeyedLookupBenchmark {

  /**
   * {@code shuffled}: the inputs in the random order they were drawn in; {@code sorted}: the same
   * inputs sorted, so that the branch predictor guesses the paths.
   */
  @Param({"shuffled", "sorted"})
  public String order;

  private final CloudNames cloudNames = new CloudNames();
  private final CloudGetObjectNames getObjectNames = new CloudGetObjectNames();

  /** {@link Inputs#cloudResponses}: (code, errorCode) pairs of the whole catalogue. */
  private int[] codes;

  private String[] errorCodes;

  /** {@link Inputs#getObjectResponses}: responses to the operation {@code getObject}. */
  private int[] getObjectCodes;

  private String[] getObjectErrorCodes;

  /** {@link Inputs#cloudProblems}: (code, type, errorCode) triples of problem bodies. */
  private int[] problemCodes;

  private String[] problemTypes;
  private String[] problemErrorCodes;

  /** Draws the inputs, and sorts them for {@code order=sorted}. */
  @Setup
  public void setUp() {
    boolean sorted = order.equals("sorted");
    codes = new int[Inputs.LOOKUPS];
    errorCodes = Inputs.cloudResponses(codes);
    getObjectCodes = new int[Inputs.LOOKUPS];
    getObjectErrorCodes = Inputs.getObjectResponses(getObjectCodes);
    problemCodes = new int[Inputs.LOOKUPS];
    problemErrorCodes = new String[Inputs.LOOKUPS];
    problemTypes = Inputs.cloudProblems(problemCodes, problemErrorCodes);
    if (sorted) {
      int[] sortedCodes = new int[Inputs.LOOKUPS];
      errorCodes = Inputs.sorted(codes, errorCodes, sortedCodes);
      codes = sortedCodes;
      int[] sortedGetObjectCodes = new int[Inputs.LOOKUPS];
      getObjectErrorCodes =
          Inputs.sorted(getObjectCodes, getObjectErrorCodes, sortedGetObjectCodes);
      getObjectCodes = sortedGetObjectCodes;
      int[] problemOrder = Inputs.problemOrder(problemCodes, problemTypes, problemErrorCodes);
      int[] c = new int[Inputs.LOOKUPS];
      String[] t = new String[Inputs.LOOKUPS];
      String[] e = new String[Inputs.LOOKUPS];
      for (int i = 0; i < Inputs.LOOKUPS; i++) {
        c[i] = problemCodes[problemOrder[i]];
        t[i] = problemTypes[problemOrder[i]];
        e[i] = problemErrorCodes[problemOrder[i]];
      }
      problemCodes = c;
      problemTypes = t;
      problemErrorCodes = e;
    }
  }

  /** {@code CloudStatus.resolve(int, String)}. */
  @Benchmark
  public void resolveGenerated(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudStatus.resolve(codes[i], errorCodes[i]));
    }
  }

  /** {@code CloudHandWritten.resolve(int, String)}. */
  @Benchmark
  public void resolveHand(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudHandWritten.resolve(codes[i], errorCodes[i]));
    }
  }

  /** {@code CloudStatus.fromProblem(int, String, String)}. */
  @Benchmark
  public void fromProblemGenerated(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudStatus.fromProblem(problemCodes[i], problemTypes[i], problemErrorCodes[i]));
    }
  }

  /** {@code CloudHandWritten.fromProblem(int, String, String)}. */
  @Benchmark
  public void fromProblemHand(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(
          CloudHandWritten.fromProblem(problemCodes[i], problemTypes[i], problemErrorCodes[i]));
    }
  }

  /** {@code CloudStatus.dispatch(int, String, CloudStatusHandler)}. */
  @Benchmark
  public void dispatchGenerated(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudStatus.dispatch(codes[i], errorCodes[i], cloudNames));
    }
  }

  /** {@code CloudHandWritten.dispatch(int, String, CloudStatusHandler)}. */
  @Benchmark
  public void dispatchHand(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudHandWritten.dispatch(codes[i], errorCodes[i], cloudNames));
    }
  }

  /** {@code CloudGetObjectHandler.dispatch}, over responses of {@code getObject}. */
  @Benchmark
  public void operationGenerated(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(
          CloudGetObjectHandler.dispatch(
              getObjectCodes[i], getObjectErrorCodes[i], getObjectNames));
    }
  }

  /** {@code CloudHandWritten.dispatchGetObject}, over responses of {@code getObject}. */
  @Benchmark
  public void operationHand(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(
          CloudHandWritten.dispatchGetObject(
              getObjectCodes[i], getObjectErrorCodes[i], getObjectNames));
    }
  }

  /**
   * {@code CloudGetObjectHandler.dispatch} over the whole catalogue's pairs: most are statuses
   * {@code getObject} does not list, which go to {@code onUnknown}.
   */
  @Benchmark
  public void operationAllPairsGenerated(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudGetObjectHandler.dispatch(codes[i], errorCodes[i], getObjectNames));
    }
  }

  /** {@code CloudHandWritten.dispatchGetObject} over the whole catalogue's pairs. */
  @Benchmark
  public void operationAllPairsHand(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudHandWritten.dispatchGetObject(codes[i], errorCodes[i], getObjectNames));
    }
  }
}
