package dev.statusspec.processor.model;

/**
 * The simple names of the types generated for one spec, all in the annotated interface's package:
 * {@code <P>Status}, {@code <P>Exception}... with {@code P} the spec's name or the interface's. The
 * adapters' types are named by the adapters themselves, {@code P} and a suffix each declares.
 *
 * @param prefix {@code P}
 */
public record GeneratedNames(String prefix) {

  /** The names for {@code spec} annotated on an interface named {@code interfaceName}. */
  public static GeneratedNames of(Spec spec, String interfaceName) {
    return new GeneratedNames(spec.prefix(interfaceName));
  }

  /** {@code PStatus}, the enum. */
  public String statusEnum() {
    return prefix + "Status";
  }

  /** {@code PException}, the root of the exceptions. */
  public String exception() {
    return prefix + "Exception";
  }

  /** {@code PClientException}, the root of the 4xx exceptions. */
  public String clientException() {
    return prefix + "ClientException";
  }

  /** {@code PServerException}, the root of the 5xx exceptions. */
  public String serverException() {
    return prefix + "ServerException";
  }

  /** {@code PStatusHandler}, one method per status. */
  public String statusHandler() {
    return prefix + "StatusHandler";
  }

  /** {@code PExceptionHandler}, one method per error status. */
  public String exceptionHandler() {
    return prefix + "ExceptionHandler";
  }

  /** {@code POpHandler}, the handler of one operation: {@code FieldApiCreateFieldHandler}. */
  public String operationHandler(Operation operation) {
    return prefix + operation.pascalName() + "Handler";
  }

  /** {@code POpError}, the error type of one operation: {@code FieldApiCreateFieldError}. */
  public String operationError(Operation operation) {
    return prefix + operation.pascalName() + "Error";
  }

  /** {@code PProblems}, the problem-details core the framework adapters share. */
  public String problems() {
    return prefix + "Problems";
  }

  /**
   * The path of the reference page in the class output: {@code META-INF/statusspec/<package
   * path>/P.md}, so same-named specs in two packages never clash.
   */
  public String referencePage(String packageName) {
    return resource(packageName, ".md");
  }

  /**
   * The path of the OpenAPI document in the class output, beside the reference page: {@code
   * META-INF/statusspec/<package path>/P.openapi.json}.
   */
  public String openApiDocument(String packageName) {
    return resource(packageName, ".openapi.json");
  }

  private String resource(String packageName, String extension) {
    return "META-INF/statusspec/"
        + (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/")
        + prefix
        + extension;
  }
}
