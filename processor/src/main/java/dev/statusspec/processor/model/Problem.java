package dev.statusspec.processor.model;

import dev.statusspec.processor.diag.Position;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The spec's {@code problem:} section: how its errors travel as RFC 9457 problem details.
 *
 * @param typeBase the absolute URI each status's slug is appended to, if the spec gives one
 * @param typeBasePosition where {@code typeBase} is, or the section's (or the file's) start
 * @param errorCodeMember the member of a problem body that carries a status's errorCode
 * @param errorCodeMemberPosition where {@code errorCodeMember} is, or the section's start
 */
public record Problem(
    Optional<String> typeBase,
    Position typeBasePosition,
    String errorCodeMember,
    Position errorCodeMemberPosition) {

  /** The member that carries the errorCode when the spec names none. */
  public static final String DEFAULT_ERROR_CODE_MEMBER = "errorCode";

  /** The type of a problem with no more semantics than its status code (RFC 9457 §4.2.1). */
  public static final String ABOUT_BLANK = "about:blank";

  /** The members RFC 9457 defines, which the errorCode member must not be named like. */
  public static final java.util.List<String> STANDARD_MEMBERS =
      java.util.List.of("type", "title", "status", "detail", "instance");

  /** The defaults of a spec without {@code problem:}. */
  public static Problem defaults(Position position) {
    return new Problem(Optional.empty(), position, DEFAULT_ERROR_CODE_MEMBER, position);
  }

  /** The slug of a status: its id in lower case, with {@code -} for {@code _}. */
  public static String slug(Status status) {
    return status.id().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The problem type URI of {@code status}, as text: its {@code type} (absolute, or resolved
   * against {@code typeBase}), else {@code typeBase} and its slug, else {@code about:blank}. A
   * relative {@code type} without a {@code typeBase} is returned as written (the validator reports
   * it before anything is generated).
   */
  public String typeOf(Status status) {
    if (status.type().isPresent()) {
      String type = status.type().get();
      try {
        URI uri = new URI(type);
        if (uri.isAbsolute() || typeBase.isEmpty()) {
          return type;
        }
        return new URI(typeBase.get()).resolve(uri).toString();
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        return type;
      }
    }
    return typeBase.map(base -> base + slug(status)).orElse(ABOUT_BLANK);
  }
}
