package dev.statusspec.processor.model;

import dev.statusspec.processor.diag.Position;
import java.util.Optional;

/**
 * One status of the spec, bound and with its defaults applied. Texts are exactly as the spec gives
 * them; positions point at the values in the spec file, for diagnostics.
 *
 * @param code the HTTP status code, 100..599
 * @param id the Java constant name, explicit or derived from the name
 * @param idDerived whether {@code id} was derived from {@code reasonPhrase}
 * @param reasonPhrase the spec's {@code name}
 * @param description the spec's description, or "" when it has none
 * @param errorCode the API's own token that tells apart statuses sharing a code
 * @param retryable whether a client may retry the request
 * @param deprecation present when the status is deprecated: the reason, or "" when none was given
 * @param exception the explicit exception class name, if the spec gives one
 * @param position where the status's entry starts
 * @param codePosition where its code is
 * @param idPosition where its {@code id:} key is, or its {@code name:} key when the id is derived
 *     (rules that compare statuses point at the key, the start of the line)
 * @param errorCodePosition where its {@code errorCode:} key is, or the entry's position when it has
 *     none
 * @param exceptionPosition where its {@code exception:} key is, or the entry's position when it has
 *     none
 * @param namePosition where the value of its {@code name:} is
 * @param type its problem type as the spec writes it ({@code type:}), absolute or relative to the
 *     spec's {@code problem.typeBase}, if given
 * @param typePosition where its {@code type:} value is, or the entry's position when it has none
 * @param grpc the name of the {@code google.rpc.Code} it travels as over gRPC ({@code grpc:}), when
 *     the spec overrides the default ({@link Grpc#codeOf})
 * @param grpcPosition where its {@code grpc:} value is, or the entry's position when it has none
 */
public record Status(
    int code,
    String id,
    boolean idDerived,
    String reasonPhrase,
    String description,
    Optional<String> errorCode,
    boolean retryable,
    Optional<String> deprecation,
    Optional<String> exception,
    Position position,
    Position codePosition,
    Position idPosition,
    Position errorCodePosition,
    Position exceptionPosition,
    Position namePosition,
    Optional<String> type,
    Position typePosition,
    Optional<String> grpc,
    Position grpcPosition) {

  /** The id in PascalCase, the stem of the handler method and the default exception name. */
  public String pascalName() {
    return Ids.pascalCase(id);
  }

  /** {@code on} and the PascalCase id: the method of the handler interfaces. */
  public String handlerMethodName() {
    return "on" + pascalName();
  }

  /** Its class, by the code's first digit. */
  public StatusClass statusClass() {
    return StatusClass.of(code);
  }

  /** Whether this is an error, 4xx or 5xx, and so has an exception class. */
  public boolean isError() {
    return statusClass().isError();
  }

  /** Whether this is a 4xx status. */
  public boolean isClientError() {
    return statusClass() == StatusClass.CLIENT_ERROR;
  }

  /**
   * The simple name of its exception class: the spec's {@code exception}, else {@code
   * <Pascal>Exception}.
   */
  public String exceptionName() {
    return exception.orElseGet(() -> pascalName() + "Exception");
  }

  /** Where its exception name comes from: the spec's {@code exception}, else its id. */
  public Position exceptionNamePosition() {
    return exception.isPresent() ? exceptionPosition : idPosition;
  }

  /** Whether the spec marks it deprecated. */
  public boolean isDeprecated() {
    return deprecation.isPresent();
  }

  /** The status as people read it: {@code 409 Conflict (errorCode tenant_suspended)}. */
  public String displayName() {
    return code + " " + reasonPhrase + errorCode.map(e -> " (errorCode " + e + ")").orElse("");
  }
}
