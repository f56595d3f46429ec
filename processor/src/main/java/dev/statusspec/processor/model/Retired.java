package dev.statusspec.processor.model;

import dev.statusspec.processor.diag.Position;
import java.util.Optional;

/**
 * A status the API no longer has, listed under {@code retired:} so that its id, and its code with
 * its errorCode, are never given to another status: clients and servers of older releases would
 * read the new status with the old meaning. A retired status generates nothing; {@code dispatch}
 * and {@code resolve} treat its code and errorCode as any the spec does not have.
 *
 * @param id the id the status had
 * @param code its code, if the entry gives it
 * @param errorCode its errorCode, if the entry gives it (only with a code)
 * @param reason why it was retired, or "" when the entry does not say
 * @param position where the entry starts
 * @param idPosition where its {@code id:} key is
 * @param codePosition where its {@code code:} key is, or the entry's position when it has none
 */
public record Retired(
    String id,
    Optional<Integer> code,
    Optional<String> errorCode,
    String reason,
    Position position,
    Position idPosition,
    Position codePosition) {

  /**
   * Whether {@code status} has this entry's code and errorCode (both without an errorCode counts);
   * always false for an entry without a code.
   */
  public boolean sameCodes(Status status) {
    return code.isPresent() && code.get() == status.code() && errorCode.equals(status.errorCode());
  }

  /** The entry as people read it: {@code LEGACY_CONFLICT (409, errorCode legacy_conflict)}. */
  public String displayName() {
    if (code.isEmpty()) {
      return id;
    }
    return id + " (" + code.get() + errorCode.map(e -> ", errorCode " + e).orElse("") + ")";
  }
}
