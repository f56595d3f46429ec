package dev.statusspec.processor.testing;

/**
 * A large spec for scale tests, shaped like a real error catalogue: {@code n} statuses spread over
 * every code from 400 to 599 (so most codes are shared and told apart by errorCode), each with a
 * reason phrase and a one-line description.
 *
 * <pre>{@code
 * Compilation c = Fixture.spec(SyntheticSpec.yaml(2_500)).compile();
 * }</pre>
 */
public final class SyntheticSpec {

  /** The codes used, {@code FIRST_CODE} to {@code FIRST_CODE + CODES - 1}. */
  public static final int FIRST_CODE = 400;

  /** How many distinct codes the statuses spread over. */
  public static final int CODES = 200;

  private SyntheticSpec() {}

  /** The code of the {@code i}-th status (from 0). */
  public static int code(int i) {
    return FIRST_CODE + i % CODES;
  }

  /** The errorCode of the {@code i}-th status (from 0). */
  public static String errorCode(int i) {
    return "error_" + i;
  }

  /** The Java constant name of the {@code i}-th status (from 0). */
  public static String id(int i) {
    return "ERROR_" + i;
  }

  /** A spec of {@code n} statuses. */
  public static String yaml(int n) {
    StringBuilder yaml = new StringBuilder(n * 120 + 64);
    yaml.append("name: Big\nstatuses:\n");
    for (int i = 0; i < n; i++) {
      yaml.append("  - code: ")
          .append(code(i))
          .append("\n    name: Error ")
          .append(i)
          .append("\n    errorCode: ")
          .append(errorCode(i))
          .append("\n    description: The request failed for reason number ")
          .append(i)
          .append(" of the catalogue.\n");
    }
    return yaml.toString();
  }

  /**
   * A spec of {@code n} statuses and {@code operations} operations {@code op0}, {@code op1}...,
   * each listing {@code perOperation} distinct statuses: operation {@code i} lists statuses {@code
   * (7i + 13k) mod n} for {@code k} from 0 (so they spread over the catalogue, errors all). Needs
   * {@code 13 * (perOperation - 1) < n}. {@code benchmarks/compile-time.sh} writes the same spec.
   */
  public static String withOperations(int n, int operations, int perOperation) {
    if (13 * (perOperation - 1) >= n) {
      throw new IllegalArgumentException("too many statuses per operation for " + n);
    }
    StringBuilder yaml = new StringBuilder(yaml(n));
    yaml.append("operations:\n");
    for (int i = 0; i < operations; i++) {
      yaml.append("  op").append(i).append(":\n    description: Operation number ").append(i);
      yaml.append(".\n    statuses: [");
      for (int k = 0; k < perOperation; k++) {
        yaml.append(k == 0 ? "" : ", ").append(id((7 * i + 13 * k) % n));
      }
      yaml.append("]\n");
    }
    return yaml.toString();
  }
}
