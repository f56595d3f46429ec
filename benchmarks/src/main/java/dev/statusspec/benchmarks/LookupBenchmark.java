package dev.statusspec.benchmarks;

import dev.statusspec.benchmarks.cloud.CloudNames;
import dev.statusspec.benchmarks.cloud.CloudStatus;
import dev.statusspec.benchmarks.iana.IanaNames;
import dev.statusspec.benchmarks.iana.IanaStatus;
import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.http.HttpStatus;

/**
 * Lookups of a status by code, per lookup, over the same {@link Inputs#LOOKUPS} shuffled codes for
 * every contender: statusspec's generated enum for the IANA registry, the peers (Netty, Spring,
 * Jakarta REST), a scan of {@code values()}, and the floor, a bare array indexed by {@code code -
 * 100}. The {@code cloud*} benchmarks use the 330-status catalogue whose statuses share codes and
 * are told apart by errorCode.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@OperationsPerInvocation(Inputs.LOOKUPS)
public class LookupBenchmark {

  private static final IanaStatus[] FLOOR = new IanaStatus[500];

  static {
    for (IanaStatus status : IanaStatus.values()) {
      FLOOR[status.code() - 100] = status;
    }
  }

  private final int[] mixed = Inputs.mixedCodes();
  private final int[] known = Inputs.knownCodes();
  private final int[] cloudCodes = new int[Inputs.LOOKUPS];
  private final String[] cloudErrorCodes = Inputs.cloudResponses(cloudCodes);
  private final int[] mixedSorted = Inputs.sorted(mixed);
  private final int[] cloudCodesSorted = new int[Inputs.LOOKUPS];
  private final String[] cloudErrorCodesSorted =
      Inputs.sorted(cloudCodes, cloudErrorCodes, cloudCodesSorted);
  private final int[] problemCodes = new int[Inputs.LOOKUPS];
  private final String[] problemErrorCodes = new String[Inputs.LOOKUPS];
  private final String[] problemTypes = Inputs.cloudProblems(problemCodes, problemErrorCodes);
  private final Map<String, Optional<CloudStatus>> byType = new HashMap<>();

  {
    for (CloudStatus status : CloudStatus.values()) {
      byType.put(status.problemType().toString(), Optional.of(status));
    }
  }

  private final IanaNames ianaNames = new IanaNames();
  private final CloudNames cloudNames = new CloudNames();

  /** The floor: a static array indexed by {@code code - 100}, 10% unknown codes. */
  @Benchmark
  public void floor(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(code >= 100 && code <= 599 ? FLOOR[code - 100] : null);
    }
  }

  /** The floor over known codes only, beside {@link #fromCode}. */
  @Benchmark
  public void floorKnown(Blackhole bh) {
    for (int code : known) {
      bh.consume(code >= 100 && code <= 599 ? FLOOR[code - 100] : null);
    }
  }

  /** {@code IanaStatus.fromCode(int)} over known codes (it throws for unknown ones). */
  @Benchmark
  public void fromCode(Blackhole bh) {
    for (int code : known) {
      bh.consume(IanaStatus.fromCode(code));
    }
  }

  /** {@code IanaStatus.resolve(int)}, 10% unknown codes. */
  @Benchmark
  public void resolve(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(IanaStatus.resolve(code));
    }
  }

  /** {@code IanaStatus.resolve(int, String)} with no error code, 10% unknown codes. */
  @Benchmark
  public void resolveErrorCode(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(IanaStatus.resolve(code, null));
    }
  }

  /** {@code IanaStatus.dispatch(int, String, handler)} with no error code, 10% unknown codes. */
  @Benchmark
  public void dispatch(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(IanaStatus.dispatch(code, null, ianaNames));
    }
  }

  /**
   * {@link #dispatch} over the same codes sorted, so that the branch predictor guesses the handler
   * method: the difference is the cost of the mispredicted jump to it.
   */
  @Benchmark
  public void dispatchSorted(Blackhole bh) {
    for (int code : mixedSorted) {
      bh.consume(IanaStatus.dispatch(code, null, ianaNames));
    }
  }

  /** A linear scan of {@code IanaStatus.values()}, as hand-written enums often do. */
  @Benchmark
  public void valuesScan(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(scan(code));
    }
  }

  private static IanaStatus scan(int code) {
    for (IanaStatus status : IanaStatus.values()) {
      if (status.code() == code) {
        return status;
      }
    }
    return null;
  }

  /** Spring's {@code HttpStatus.resolve(int)}. */
  @Benchmark
  public void spring(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(HttpStatus.resolve(code));
    }
  }

  /** Netty's {@code HttpResponseStatus.valueOf(int)}. */
  @Benchmark
  public void netty(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(HttpResponseStatus.valueOf(code));
    }
  }

  /** Jakarta REST's {@code Response.Status.fromStatusCode(int)}. */
  @Benchmark
  public void jakarta(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(Response.Status.fromStatusCode(code));
    }
  }

  /** {@code CloudStatus.resolve(int)} over the 330-status catalogue's codes. */
  @Benchmark
  public void cloudResolve(Blackhole bh) {
    for (int code : cloudCodes) {
      bh.consume(CloudStatus.resolve(code));
    }
  }

  /** {@code CloudStatus.resolve(int, String)} over (code, errorCode) pairs. */
  @Benchmark
  public void cloudResolveErrorCode(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudStatus.resolve(cloudCodes[i], cloudErrorCodes[i]));
    }
  }

  /** {@code CloudStatus.dispatch(int, String, handler)} over (code, errorCode) pairs. */
  @Benchmark
  public void cloudDispatch(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudStatus.dispatch(cloudCodes[i], cloudErrorCodes[i], cloudNames));
    }
  }

  /**
   * {@code CloudStatus.fromProblem(int, String, String)} over (code, type, errorCode) triples of
   * problem bodies: the type's open-addressing table, then {@code resolve(code, errorCode)}.
   */
  @Benchmark
  public void cloudFromProblem(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudStatus.fromProblem(problemCodes[i], problemTypes[i], problemErrorCodes[i]));
    }
  }

  /**
   * The same triples through a {@code HashMap} of the type URIs, then {@code resolve}: what a
   * hand-written lookup would do, for comparison with {@link #cloudFromProblem}.
   */
  @Benchmark
  public void cloudFromProblemHashMap(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      Optional<CloudStatus> typed = byType.get(problemTypes[i]);
      bh.consume(
          typed != null ? typed : CloudStatus.resolve(problemCodes[i], problemErrorCodes[i]));
    }
  }

  /** {@link #cloudResolveErrorCode} over the same pairs sorted by code and errorCode. */
  @Benchmark
  public void cloudResolveErrorCodeSorted(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudStatus.resolve(cloudCodesSorted[i], cloudErrorCodesSorted[i]));
    }
  }

  /** {@link #cloudDispatch} over the same pairs sorted by code and errorCode. */
  @Benchmark
  public void cloudDispatchSorted(Blackhole bh) {
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      bh.consume(CloudStatus.dispatch(cloudCodesSorted[i], cloudErrorCodesSorted[i], cloudNames));
    }
  }
}
