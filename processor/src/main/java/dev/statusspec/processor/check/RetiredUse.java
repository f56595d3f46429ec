package dev.statusspec.processor.check;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.model.Status;

/**
 * What of a retired status a status reuses, as a value for {@code retired-reused}: {@code the id
 * LEGACY_CONFLICT}, or {@code code 409 with errorCode 'legacy_conflict'}.
 *
 * @param text how the message shows it
 */
record RetiredUse(String text) {

  /** The id {@code id}. */
  static RetiredUse id(String id) {
    return new RetiredUse("the id " + id);
  }

  /** The code and errorCode of {@code status}. */
  static RetiredUse codes(Status status) {
    return new RetiredUse(
        "code "
            + status.code()
            + status
                .errorCode()
                .map(e -> " with errorCode '" + Diagnostics.visible(e) + "'")
                .orElse(" without an errorCode"));
  }

  @Override
  public String toString() {
    return text;
  }
}
