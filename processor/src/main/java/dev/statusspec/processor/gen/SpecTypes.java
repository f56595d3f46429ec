package dev.statusspec.processor.gen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.model.GeneratedNames;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.model.StatusClass;
import java.util.Set;

/**
 * Everything a generator needs for one annotated interface: the validated spec, the names of the
 * types to generate, and what the compilation allows.
 *
 * @param spec the validated spec
 * @param annotatedInterface the interface annotated with {@code @StatusSpec}
 * @param specPath the spec's path as written in the annotation, for documentation
 * @param target what the compilation's source level allows
 * @param shadowedNames simple names that must not be imported from other packages because a type of
 *     the package, a generated type or a member type of the interface has them
 */
public record SpecTypes(
    Spec spec,
    ClassName annotatedInterface,
    String specPath,
    Target target,
    Set<String> shadowedNames) {

  /** The generator name in {@code @Generated}. */
  public static final String GENERATOR = "dev.statusspec.processor.StatusSpecProcessor";

  public SpecTypes {
    shadowedNames = Set.copyOf(shadowedNames);
  }

  /**
   * The context before planning: nothing is shadowed yet. {@link Plan} makes the final one, which
   * shadows the package's names, the interface's and every type the plan declares.
   */
  static SpecTypes unplanned(
      Spec spec, ClassName annotatedInterface, String specPath, Target target) {
    return new SpecTypes(spec, annotatedInterface, specPath, target, Set.of());
  }

  /** The simple names of the generated types. */
  public GeneratedNames names() {
    return GeneratedNames.of(spec, annotatedInterface.simpleName());
  }

  /** The package everything is generated in. */
  public String packageName() {
    return annotatedInterface.packageName();
  }

  /** {@code PStatus}. */
  public ClassName statusEnum() {
    return type(names().statusEnum());
  }

  /** {@code PException}. */
  public ClassName exception() {
    return type(names().exception());
  }

  /** {@code PClientException}. */
  public ClassName clientException() {
    return type(names().clientException());
  }

  /** {@code PServerException}. */
  public ClassName serverException() {
    return type(names().serverException());
  }

  /** {@code PStatusHandler}. */
  public ClassName statusHandler() {
    return type(names().statusHandler());
  }

  /** {@code PExceptionHandler}. */
  public ClassName exceptionHandler() {
    return type(names().exceptionHandler());
  }

  /** {@code POpHandler}, the handler of {@code operation}. */
  public ClassName operationHandler(Operation operation) {
    return type(names().operationHandler(operation));
  }

  /** {@code POpError}, the error type of {@code operation}. */
  public ClassName operationError(Operation operation) {
    return type(names().operationError(operation));
  }

  /** {@code PProblems}, the problem-details core of the adapters. */
  public ClassName problems() {
    return type(names().problems());
  }

  /** The exception class of an error status. */
  public ClassName exceptionOf(Status status) {
    return type(status.exceptionName());
  }

  /** The 4xx or 5xx root an error status's exception extends. */
  public ClassName branchOf(Status status) {
    return status.isClientError() ? clientException() : serverException();
  }

  /** Whether the spec has statuses of {@code statusClass}. */
  public boolean has(StatusClass statusClass) {
    return spec.statuses().stream().anyMatch(s -> s.statusClass() == statusClass);
  }

  /** Whether the spec has 4xx statuses, and so a {@code PClientException}. */
  public boolean hasClientErrors() {
    return has(StatusClass.CLIENT_ERROR);
  }

  /** Whether the spec has 5xx statuses, and so a {@code PServerException}. */
  public boolean hasServerErrors() {
    return has(StatusClass.SERVER_ERROR);
  }

  /** A top-level type of the package. */
  public ClassName type(String simpleName) {
    return ClassName.get(packageName(), simpleName);
  }

  /** The file for {@code type}, formatted the one way every generated file is. */
  public JavaFile file(TypeSpec type) {
    return JavaFile.builder(packageName(), type).skipJavaLangImports(true).indent("  ").build();
  }
}
