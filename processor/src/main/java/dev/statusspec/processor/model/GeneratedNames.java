package dev.statusspec.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The simple names of the types generated for one spec, all in the annotated interface's package:
 * {@code <P>Status}, {@code <P>Exception}... with {@code P} the spec's name or the interface's.
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

  /** The path of the reference page in the class output. */
  public String referencePage() {
    return "META-INF/statusspec/" + prefix + ".md";
  }

  /**
   * Every type generated for {@code spec}, in the order they are generated: the enum, the exception
   * root, the 4xx and 5xx roots (each only when the spec has such statuses, since a sealed class
   * needs subclasses), the handlers, then one exception per error status.
   */
  public List<String> allTypes(Spec spec) {
    List<String> all = new ArrayList<>(List.of(statusEnum(), exception()));
    if (spec.statuses().stream().anyMatch(Status::isClientError)) {
      all.add(clientException());
    }
    if (spec.statuses().stream().anyMatch(s -> s.code() >= 500)) {
      all.add(serverException());
    }
    all.add(statusHandler());
    all.add(exceptionHandler());
    spec.errors().forEach(s -> all.add(s.exceptionName()));
    return all;
  }
}
