package dev.statusspec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates compile-time-checked Java from an API's status-code catalogue written in YAML.
 *
 * <p>Put it on an interface and name the spec file:
 *
 * <pre>{@code
 * @StatusSpec("field-api-statuses.yaml")
 * public interface FieldApi {}
 * }</pre>
 *
 * <p>The spec lists the statuses in the order the generated enum declares them:
 *
 * <pre>
 * name: FieldApi                 # optional: prefix of the generated names
 * description: Status codes of the Field API.
 * statuses:
 *   - code: 200                  # required, 100..599
 *     name: OK                   # required: the reason phrase
 *     description: The request has succeeded.
 *   - code: 409
 *     name: Conflict
 *     errorCode: conflict        # tells apart statuses that share a code
 *   - code: 409
 *     id: TENANT_SUSPENDED       # Java constant; default derived from name
 *     name: Tenant Suspended
 *     errorCode: tenant_suspended
 *   - code: 503
 *     name: Service Unavailable
 *     retryable: true            # default false
 *     deprecated: use 529 instead # true, or the reason
 *     exception: BackendDownException # 4xx/5xx only
 * </pre>
 *
 * <p>This jar also holds the format's JSON Schema, {@code
 * META-INF/statusspec/statusspec.schema.json}, for editors that complete and check the spec.
 *
 * <p>With {@code P} the spec's {@code name} (or else the interface's simple name), the annotation
 * processor {@code dev.statusspec:statusspec-processor} then generates, in the interface's package:
 *
 * <ul>
 *   <li>{@code enum PStatus}, implementing the annotated interface, with lookups by code;
 *   <li>{@code PException}, {@code PClientException}, {@code PServerException} and one final
 *       exception class per error status;
 *   <li>{@code PStatusHandler<R>} and {@code PExceptionHandler<R>}, with one method per status, so
 *       that a status added to the spec breaks every handler that does not handle it;
 *   <li>{@code META-INF/statusspec/<package path>/P.md}, a reference page of the statuses.
 * </ul>
 *
 * <p>Every problem in the spec is reported as a compile error with the spec's file, line and
 * column. The generated code has no runtime dependency: this annotation is not needed at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StatusSpec {

  /**
   * The path of the YAML spec, resolved like {@link Class#getResource(String)}: a plain name is
   * relative to the annotated interface's package, a name starting with {@code /} is relative to
   * the root. The spec is looked up in the class output (where Maven has copied {@code
   * src/main/resources}), the class path, the source path and next to the interface's own source
   * file; when none has it, the compile error lists every place tried.
   *
   * @return the spec's path
   */
  String value();

  /**
   * The path of the baseline: the spec as it was in the last release, found like {@link #value()}
   * (the same places, the same resolution). When given, the spec is compared with it at compile
   * time, status by status (matched by id), and every change that breaks clients or handlers
   * written against the last release is a compile error that names both lines: a status removed
   * (unless listed under {@code retired:}), a code, errorCode or exception name changed, another
   * default status for a code, a retired id or errorCode used again. Text changes never break
   * anything, and statuses added are only a note. {@code -Astatusspec.compatibility=warn} reports
   * them as warnings, {@code off} not at all.
   *
   * <p>Keep the released spec next to the spec under a fixed name, and copy the spec over it at
   * each release:
   *
   * <pre>{@code
   * @StatusSpec(value = "field-api-statuses.yaml", baseline = "field-api-statuses.released.yaml")
   * public interface FieldApi {}
   * }</pre>
   *
   * @return the baseline's path, or "" (the default) for no comparison
   */
  String baseline() default "";

  /**
   * The path of the team's OpenAPI 3.0 or 3.1 document (YAML or JSON), found like {@link #value()}
   * (the same places, the same resolution). When given, each operation of the spec is compared at
   * compile time with the document's operation of the same {@code operationId} (the spec
   * operation's {@code operationId:}, else its name), following the document's local {@code $ref}s,
   * and every disagreement is a compile error at the document's line that names the spec's line: an
   * operation the document does not have, a status code the document's operation does not document
   * (nor its {@code 4XX}/{@code 5XX} range, nor {@code default}), an error code it documents that
   * the spec's operation does not list, and errorCodes that differ where the document pins the
   * errorCode member with {@code enum} or {@code const}. Operations of the document that the spec
   * does not name are not compared. {@code -Astatusspec.openapi=warn} reports the findings as
   * warnings, {@code off} does not read the document.
   *
   * <pre>{@code
   * @StatusSpec(value = "field-api-statuses.yaml", openapi = "/openapi.yaml")
   * public interface FieldApi {}
   * }</pre>
   *
   * @return the document's path, or "" (the default) for no comparison
   */
  String openapi() default "";
}
