package dev.statusspec.processor.spec;

import dev.statusspec.processor.diag.Reporter;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @StatusSpec} of one interface, read once into plain values: the spec's path, the
 * baseline's path, the OpenAPI document's path, and the mirror and values that diagnostics attach
 * to.
 *
 * @param type the annotated element
 * @param mirror the annotation, or null when javac cannot give it (never expected)
 * @param value the spec's path, "" when the annotation has none
 * @param baseline the baseline spec's path, "" when there is none
 * @param valueElement the {@code value} attribute as written, for diagnostics, or null
 * @param baselineElement the {@code baseline} attribute as written, for diagnostics, or null
 * @param openapi the OpenAPI document's path, "" when there is none
 * @param openapiElement the {@code openapi} attribute as written, for diagnostics, or null
 */
public record SpecAnnotation(
    TypeElement type,
    AnnotationMirror mirror,
    String value,
    String baseline,
    AnnotationValue valueElement,
    AnnotationValue baselineElement,
    String openapi,
    AnnotationValue openapiElement) {

  /** The qualified name of the annotation. */
  public static final String NAME = "dev.statusspec.StatusSpec";

  /** Reads the {@code @StatusSpec} of {@code type}. */
  public static SpecAnnotation of(TypeElement type) {
    AnnotationMirror mirror =
        type.getAnnotationMirrors().stream()
            .filter(
                m ->
                    ((TypeElement) m.getAnnotationType().asElement())
                        .getQualifiedName()
                        .contentEquals(NAME))
            .findFirst()
            .orElse(null);
    Optional<AnnotationValue> value = attribute(mirror, "value");
    Optional<AnnotationValue> baseline = attribute(mirror, "baseline");
    Optional<AnnotationValue> openapi = attribute(mirror, "openapi");
    return new SpecAnnotation(
        type,
        mirror,
        value.map(v -> String.valueOf(v.getValue())).orElse(""),
        baseline.map(v -> String.valueOf(v.getValue())).orElse(""),
        value.orElse(null),
        baseline.orElse(null),
        openapi.map(v -> String.valueOf(v.getValue())).orElse(""),
        openapi.orElse(null));
  }

  /** Where diagnostics about the spec go: the interface, the annotation and its {@code value}. */
  public Reporter.Site site() {
    return new Reporter.Site(type, mirror, valueElement);
  }

  /**
   * Where diagnostics about the baseline go: the interface, the annotation and its {@code
   * baseline}.
   */
  public Reporter.Site baselineSite() {
    return new Reporter.Site(
        type, mirror, baselineElement != null ? baselineElement : valueElement);
  }

  /**
   * Where diagnostics about the OpenAPI document go: the interface, the annotation and its {@code
   * openapi}.
   */
  public Reporter.Site openapiSite() {
    return new Reporter.Site(type, mirror, openapiElement != null ? openapiElement : valueElement);
  }

  private static Optional<AnnotationValue> attribute(AnnotationMirror mirror, String name) {
    if (mirror == null) {
      return Optional.empty();
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }
}
