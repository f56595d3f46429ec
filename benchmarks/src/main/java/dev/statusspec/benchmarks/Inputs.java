package dev.statusspec.benchmarks;

import dev.statusspec.benchmarks.cloud.CloudGetObjectHandler;
import dev.statusspec.benchmarks.cloud.CloudStatus;
import dev.statusspec.benchmarks.iana.IanaStatus;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

/**
 * The inputs of the benchmarks: status codes as they arrive from the wire, drawn with a fixed seed
 * (so every run and every fork sees the same sequence) from the IANA registry's codes, about one in
 * ten a code the registry does not have.
 */
final class Inputs {

  /** Lookups per benchmark invocation; long enough that the branch predictor cannot learn it. */
  static final int LOOKUPS = 1024;

  /** Codes no spec here has: gaps in the registry, and numbers outside 100..599. */
  private static final int[] UNKNOWN = {
    0, 99, 105, 199, 209, 299, 306, 418, 420, 430, 499, 509, 599, 600, 999
  };

  private static final long SEED = 20_261_124L;

  private Inputs() {}

  /** {@link #LOOKUPS} codes, 90% from the IANA registry and 10% unknown, shuffled. */
  static int[] mixedCodes() {
    Random random = new Random(SEED);
    IanaStatus[] known = IanaStatus.values();
    int[] codes = new int[LOOKUPS];
    for (int i = 0; i < LOOKUPS; i++) {
      codes[i] =
          random.nextInt(10) == 0
              ? UNKNOWN[random.nextInt(UNKNOWN.length)]
              : known[random.nextInt(known.length)].code();
    }
    return codes;
  }

  /** {@link #LOOKUPS} codes, all from the IANA registry, shuffled (for {@code fromCode}). */
  static int[] knownCodes() {
    Random random = new Random(SEED);
    IanaStatus[] known = IanaStatus.values();
    int[] codes = new int[LOOKUPS];
    for (int i = 0; i < LOOKUPS; i++) {
      codes[i] = known[random.nextInt(known.length)].code();
    }
    return codes;
  }

  /**
   * {@link #LOOKUPS} (code, errorCode) pairs of the 330-status cloud catalogue as responses carry
   * them: 10% an unknown code; else a random status with its own errorCode (80%), with none (10%)
   * or with an errorCode the spec does not have (10%). Error codes are fresh copies, not the
   * generated code's own string instances, as they would be when parsed from a response body.
   *
   * @param codes filled with the codes
   * @return the error codes, null where a response has none
   */
  static String[] cloudResponses(int[] codes) {
    Random random = new Random(SEED);
    CloudStatus[] known = CloudStatus.values();
    String[] errorCodes = new String[LOOKUPS];
    for (int i = 0; i < LOOKUPS; i++) {
      if (random.nextInt(10) == 0) {
        codes[i] = UNKNOWN[random.nextInt(UNKNOWN.length)];
        errorCodes[i] = random.nextBoolean() ? null : "NoSuchThing";
        continue;
      }
      CloudStatus status = known[random.nextInt(known.length)];
      codes[i] = status.code();
      int kind = random.nextInt(10);
      errorCodes[i] =
          kind == 0
              ? null
              : kind == 1 ? "NoSuchThing" : status.errorCode().map(String::new).orElse(null);
    }
    return errorCodes;
  }

  /**
   * {@link #LOOKUPS} problem bodies' (code, type, errorCode) of the cloud catalogue: the same codes
   * and error codes as {@link #cloudResponses}, and for 80% of them the status's own type URI (a
   * fresh copy, as a JSON parser makes it), else {@code about:blank} (10%) or a type the spec does
   * not have (10%).
   *
   * @param codes filled with the codes
   * @param errorCodes filled with the error codes
   * @return the types
   */
  static String[] cloudProblems(int[] codes, String[] errorCodes) {
    String[] responses = cloudResponses(codes);
    System.arraycopy(responses, 0, errorCodes, 0, LOOKUPS);
    Random random = new Random(SEED + 1);
    String[] types = new String[LOOKUPS];
    for (int i = 0; i < LOOKUPS; i++) {
      int kind = random.nextInt(10);
      CloudStatus status =
          CloudStatus.resolve(codes[i], errorCodes[i]).orElse(CloudStatus.values()[0]);
      types[i] =
          kind == 0
              ? "about:blank"
              : kind == 1
                  ? "https://cloud.example.com/problems/no-such-thing"
                  : new String(status.problemType().toString());
      types[i].hashCode(); // a parsed string computes its hash once, on first use
    }
    return types;
  }

  /**
   * {@link #LOOKUPS} (code, errorCode) pairs as responses to the operation {@code getObject} carry
   * them: 90% one of the 20 statuses it lists, with its errorCode (a fresh copy); 10% an unknown
   * code.
   *
   * @param codes filled with the codes
   * @return the error codes, null where a response has none
   */
  static String[] getObjectResponses(int[] codes) {
    Random random = new Random(SEED);
    CloudStatus[] listed =
        Arrays.stream(CloudStatus.values())
            .filter(
                s -> CloudGetObjectHandler.dispatch(s.code(), s.errorCode().orElse(null), LISTED))
            .toArray(CloudStatus[]::new);
    if (listed.length != 20) {
      throw new IllegalStateException("getObject lists 20 statuses, not " + listed.length);
    }
    String[] errorCodes = new String[LOOKUPS];
    for (int i = 0; i < LOOKUPS; i++) {
      if (random.nextInt(10) == 0) {
        codes[i] = UNKNOWN[random.nextInt(UNKNOWN.length)];
        continue;
      }
      CloudStatus status = listed[random.nextInt(listed.length)];
      codes[i] = status.code();
      errorCodes[i] = status.errorCode().map(String::new).orElse(null);
    }
    return errorCodes;
  }

  /** Whether {@code getObject} lists a status: true from every method but {@code onUnknown}. */
  @SuppressWarnings("unchecked") // a proxy of exactly that interface
  private static final CloudGetObjectHandler<Boolean> LISTED =
      (CloudGetObjectHandler<Boolean>)
          java.lang.reflect.Proxy.newProxyInstance(
              Inputs.class.getClassLoader(),
              new Class<?>[] {CloudGetObjectHandler.class},
              (proxy, method, args) -> !method.getName().equals("onUnknown"));

  /**
   * The order that sorts the problem triples ({@code codes[i]}, {@code types[i]}, {@code
   * errorCodes[i]}) by type, then code, then errorCode (none first), for the {@code fromProblem}
   * benchmarks that take branch mispredictions out.
   *
   * @return the indices of the triples in sorted order
   */
  static int[] problemOrder(int[] codes, String[] types, String[] errorCodes) {
    Comparator<String> text = Comparator.nullsFirst(Comparator.naturalOrder());
    return java.util.stream.IntStream.range(0, codes.length)
        .boxed()
        .sorted(
            Comparator.<Integer, String>comparing(i -> types[i], text)
                .thenComparingInt(i -> codes[i])
                .thenComparing(i -> errorCodes[i], text))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** {@code codes} sorted, for the benchmarks that take branch mispredictions out. */
  static int[] sorted(int[] codes) {
    int[] sorted = codes.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * The pairs ({@code codes[i]}, {@code errorCodes[i]}) sorted by code, then errorCode (none
   * first).
   *
   * @param sortedCodes filled with the sorted codes
   * @return the error codes in the same order
   */
  static String[] sorted(int[] codes, String[] errorCodes, int[] sortedCodes) {
    Integer[] order = new Integer[codes.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(i -> codes[i])
            .thenComparing(i -> errorCodes[i], Comparator.nullsFirst(Comparator.naturalOrder())));
    String[] sortedErrorCodes = new String[codes.length];
    for (int i = 0; i < order.length; i++) {
      sortedCodes[i] = codes[order[i]];
      sortedErrorCodes[i] = errorCodes[order[i]];
    }
    return sortedErrorCodes;
  }
}
