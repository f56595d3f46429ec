package dev.statusspec.processor.testing;

import java.util.List;

/**
 * Specs that exercise every shape of the generated code: deprecated statuses (with a reason, and
 * one with a custom exception name), codes shared through {@code errorCode}, no 4xx, no 5xx, no
 * error at all, and a status whose id is {@code UNKNOWN} (an {@code onUnknown()} overload beside
 * {@code onUnknown(int)}). Each lives in its own package so that one compilation can hold them all.
 */
public final class MatrixSpecs {

  /**
   * One spec of the matrix.
   *
   * @param name a short name, also the last segment of its package
   * @param yaml the spec's text
   */
  public record MatrixSpec(String name, String yaml) {

    /** The package of its interface: {@code com.example.<name>}. */
    public String packageName() {
      return "com.example." + name.toLowerCase(java.util.Locale.ROOT);
    }

    /** The spec's path from the root, e.g. {@code com/example/deprecated/statuses.yaml}. */
    public String specPath() {
      return packageName().replace('.', '/') + "/statuses.yaml";
    }

    /**
     * The simple name of its annotated interface, distinct across the matrix ({@code
     * DeprecatedApi}) so that the reference pages, {@code META-INF/statusspec/<prefix>.md}, do not
     * collide.
     */
    public String interfaceSimpleName() {
      return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Api";
    }

    /** The qualified name of its annotated interface. */
    public String interfaceName() {
      return packageName() + "." + interfaceSimpleName();
    }

    /** The source of its annotated interface. */
    public String interfaceSource() {
      return "package "
          + packageName()
          + ";\n\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\npublic interface "
          + interfaceSimpleName()
          + " {}\n";
    }

    /**
     * The qualified name of a generated type, from its name without the prefix ({@code Status}).
     */
    public String generated(String suffix) {
      return packageName() + "." + prefix() + suffix;
    }

    /** The prefix of the generated types: the spec's {@code name}, else the interface's name. */
    public String prefix() {
      return yaml.startsWith("name: ")
          ? yaml.substring("name: ".length(), yaml.indexOf('\n'))
          : interfaceSimpleName();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Deprecated statuses in every branch, one deprecated with a reason and a custom exception. */
  public static final MatrixSpec DEPRECATED =
      new MatrixSpec(
          "deprecated",
          """
          statuses:
            - code: 200
              name: OK
            - code: 302
              name: Found
              deprecated: Use 303 See Other.
            - code: 303
              name: See Other
            - code: 404
              name: Not Found
            - code: 410
              name: Gone
              deprecated: true
            - code: 500
              name: Internal Server Error
            - code: 503
              name: Service Unavailable
              retryable: true
              deprecated: Use 500 with a Retry-After header.
              exception: BackendDownException
          """);

  /** Two statuses share 409, told apart by {@code errorCode}. */
  public static final MatrixSpec SHARED_CODES =
      new MatrixSpec(
          "shared",
          """
          name: Shared
          statuses:
            - code: 200
              name: OK
            - code: 409
              name: Conflict
              errorCode: conflict
            - code: 409
              id: TENANT_SUSPENDED
              name: Tenant Suspended
              errorCode: tenant_suspended
            - code: 500
              name: Internal Server Error
              errorCode: internal
          """);

  /** Only 2xx and 5xx: no {@code NoclienterrorsApiClientException}. */
  public static final MatrixSpec NO_CLIENT_ERRORS =
      new MatrixSpec(
          "noclienterrors",
          """
          statuses:
            - code: 200
              name: OK
            - code: 502
              name: Bad Gateway
            - code: 503
              name: Service Unavailable
              retryable: true
          """);

  /** Only 2xx and 4xx: no {@code NoservererrorsApiServerException}. */
  public static final MatrixSpec NO_SERVER_ERRORS =
      new MatrixSpec(
          "noservererrors",
          """
          statuses:
            - code: 201
              name: Created
            - code: 400
              name: Bad Request
            - code: 404
              name: Not Found
          """);

  /** No 4xx or 5xx at all: the exception roots have no leaf. */
  public static final MatrixSpec NO_ERRORS =
      new MatrixSpec(
          "noerrors",
          """
          statuses:
            - code: 100
              name: Continue
            - code: 200
              name: OK
            - code: 204
              name: No Content
            - code: 304
              name: Not Modified
              deprecated: true
          """);

  /** A status with the id {@code UNKNOWN}, next to the handler's {@code onUnknown(int)}. */
  public static final MatrixSpec UNKNOWN_ID =
      new MatrixSpec(
          "unknownid",
          """
          statuses:
            - code: 200
              name: OK
            - code: 520
              id: UNKNOWN
              name: Unknown Error
              description: The origin returned something the proxy did not understand.
          """);

  /**
   * Operations of every shape ({@code operations/shop.yaml}): shared codes, deprecated statuses in
   * an operation's handler and error type, a status whose id is {@code UNKNOWN}, an operation
   * without errors, one listing every status but one.
   */
  public static final MatrixSpec OPERATIONS = new MatrixSpec("operations", shopSpec());

  /** Problem types from a typeBase, relative and absolute, and a custom errorCode member. */
  public static final MatrixSpec PROBLEM =
      new MatrixSpec(
          "problem",
          """
          problem:
            typeBase: "https://api.example.com/problems/*/"
            errorCodeMember: code_
          statuses:
            - code: 200
              name: OK
            - code: 409
              name: Conflict
              errorCode: conflict
            - code: 409
              id: TENANT_SUSPENDED
              name: Tenant Suspended
              errorCode: tenant_suspended
              type: ../suspended
            - code: 410
              name: Gone
              type: "urn:example:gone"
            - code: 503
              name: Service Unavailable
              type: "about:blank"
          """);

  /** Every spec of the matrix. */
  public static final List<MatrixSpec> ALL =
      List.of(
          DEPRECATED,
          SHARED_CODES,
          NO_CLIENT_ERRORS,
          NO_SERVER_ERRORS,
          NO_ERRORS,
          UNKNOWN_ID,
          OPERATIONS,
          PROBLEM);

  /** {@code operations/shop.yaml} without its leading comment lines. */
  public static String shopSpec() {
    try (java.io.InputStream in = MatrixSpecs.class.getResourceAsStream("/operations/shop.yaml")) {
      String yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return yaml.replaceAll("(?m)\\A(?:#.*\\n)+", "");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private MatrixSpecs() {}
}
