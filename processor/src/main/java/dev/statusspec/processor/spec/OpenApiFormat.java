package dev.statusspec.processor.spec;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.model.OpenApiDocument;
import java.util.Optional;

/**
 * The OpenAPI document's format: YAML or JSON read by {@link SpecReader} within {@link
 * SpecReader.Limits#OPENAPI} (the spec's size, values and aliases, a document's depth), then bound
 * by {@link OpenApiBinder}. Every problem is {@code openapi-unreadable} (or {@code
 * openapi-ref-unresolved}, which the model keeps for its reader to report), at the place where
 * reading stopped; nothing escapes as an exception.
 */
public final class OpenApiFormat implements SpecFormat<OpenApiDocument> {

  /** The one instance; it holds no state. */
  public static final OpenApiFormat INSTANCE = new OpenApiFormat();

  private OpenApiFormat() {}

  @Override
  public SpecReader.Limits limits() {
    return SpecReader.Limits.OPENAPI;
  }

  /**
   * The document in {@code bytes}, or empty when {@code diagnostics} hold why it is not a readable
   * OpenAPI 3.x document. Its broken {@code $ref}s are in the model ({@link
   * OpenApiDocument#brokenRefs()}, {@link OpenApiDocument.Operation#brokenRefs()}), not in {@code
   * diagnostics}.
   */
  @Override
  public Optional<OpenApiDocument> read(byte[] bytes, Diagnostics diagnostics) {
    return SpecReader.read(bytes, limits(), diagnostics)
        .flatMap(root -> OpenApiBinder.bind(root, diagnostics));
  }
}
