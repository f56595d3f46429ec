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
}
