package dev.statusspec.processor.check;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.model.Grpc;
import dev.statusspec.processor.model.ReasonPhrases;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.options.Options;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lint warnings: a spec that is valid but probably not what its author wants. Each is a {@link
 * dev.statusspec.processor.diag.Severity#WARNING} with its own id, so {@code -Werror} fails on it
 * and {@code @SuppressWarnings("statusspec:<id>")} on the interface silences it; {@code
 * -Astatusspec.lint=none} silences them all.
 *
 * <p>{@code outdated-reason-phrase}: a status without an errorCode (so it stands for the standard
 * meaning of its code, not an API's own condition) whose name is, ignoring case, a phrase that an
 * older RFC gave its code and RFC 9110 replaced. A custom phrase, such as Stripe's 402 {@code
 * Request Failed}, is never flagged: only the phrases of {@link #OUTDATED} are.
 *
 * <p>{@code type-base-not-directory}: a {@code problem.typeBase} that ends neither in {@code /} nor
 * in {@code #}, while some status's type depends on it. A relative {@code type:} then resolves
 * against the base's parent (RFC 3986: {@code suspended} against {@code
 * https://api.example.com/problems} is {@code https://api.example.com/suspended}), and a slug is
 * appended to the last segment ({@code https://api.example.com/problemsnot-found}). The warning
 * shows the type of the first error status (else the first status) whose type uses the base.
 *
 * <p>{@code grpc-reason-format}: an error status whose id, the {@code ErrorInfo.reason} of its gRPC
 * errors, is not as AIP-193 writes reasons ({@code [A-Z][A-Z0-9_]*[A-Z0-9]}, at most 63
 * characters): an id of one letter, or longer than 63 characters. Checked where the errors travel
 * over gRPC: the spec has a {@code grpc:} key, or the {@code grpc} adapter is generated.
 */
public final class Lint {

  /**
   * A reason phrase an older standard gave a code, and the one RFC 9110 (June 2022, the current
   * HTTP semantics, which the IANA HTTP Status Code Registry follows) gives it.
   *
   * @param code the status code
   * @param phrase the older phrase
   * @param source where the older phrase comes from
   */
  record Outdated(int code, String phrase, String source) {

    /** RFC 9110's phrase for the code, from the registry the drafting of specs uses too. */
    String current() {
      return ReasonPhrases.of(code).orElseThrow();
    }
  }

  /** The standard the current phrases come from. */
  static final String CURRENT = "RFC 9110";

  /**
   * Every reason phrase of a standard code that a later RFC changed: from RFC 1945 (HTTP/1.0, 1996,
   * section 9.3), RFC 2068 (1997), RFC 2616 (1999; its list of codes in section 6.1.1 and its
   * section headings in section 10 differ for 408, 414 and 504), RFC 4918 (WebDAV, 2007, section
   * 11.2) and RFC 7231 (2014, section 6.1), against RFC 9110 (section 15) and the IANA HTTP Status
   * Code Registry, which follows the RFCs: RFC 7231 renamed 413 and 414, RFC 7233 416, and RFC 9110
   * 413 again and 422.
   *
   * <p>Left out on purpose: 305 {@code Use Proxy} (deprecated since RFC 7231, but RFC 9110 keeps
   * the phrase); 306 {@code Switch Proxy} (only ever in an expired Internet-Draft; RFC 2616 and RFC
   * 9110 call 306 "(Unused)"); 418 {@code I'm a teapot} (RFC 2324's joke, reserved as "(Unused)" by
   * RFC 9110): for those there is no current phrase to write instead. Phrases that differ only in
   * case (RFC 2616's {@code HTTP Version not supported}) are not outdated, as names are compared
   * ignoring case.
   */
  static final List<Outdated> OUTDATED =
      List.of(
          new Outdated(302, "Moved Temporarily", "RFC 1945 and RFC 2068"),
          new Outdated(408, "Request Time-out", "RFC 2616 (section 6.1.1)"),
          new Outdated(413, "Request Entity Too Large", "RFC 2616"),
          new Outdated(413, "Payload Too Large", "RFC 7231"),
          new Outdated(414, "Request-URI Too Long", "RFC 2616 (section 10.4.15)"),
          new Outdated(414, "Request-URI Too Large", "RFC 2616 (section 6.1.1)"),
          new Outdated(416, "Requested Range Not Satisfiable", "RFC 2616"),
          new Outdated(422, "Unprocessable Entity", "RFC 4918"),
          new Outdated(504, "Gateway Time-out", "RFC 2616 (section 6.1.1)"));

  private Lint() {}

  /**
   * Reports the lint warnings of {@code spec} to {@code diagnostics}, unless {@code lint} is none.
   */
  public static void check(Spec spec, Options.Lint lint, Diagnostics diagnostics) {
    if (lint == Options.Lint.NONE) {
      return;
    }
    for (Status status : spec.statuses()) {
      if (status.errorCode().isPresent()) {
        continue; // the API's own condition, named as the API likes
      }
      outdated(status)
          .ifPresent(
              o ->
                  diagnostics.report(
                      Message.OUTDATED_REASON_PHRASE,
                      status.namePosition(),
                      status.reasonPhrase(),
                      status.code(),
                      o.source(),
                      CURRENT,
                      o.current(),
                      o.current(),
                      status.id()));
    }
    typeBase(spec, diagnostics);
  }

  /**
   * Reports {@code grpc-reason-format} for each error status whose id is no AIP-193 reason, where
   * the spec's errors travel over gRPC ({@code grpc} says whether the compilation generates the
   * gRPC adapter), unless {@code lint} is none.
   */
  public static void checkGrpc(
      Spec spec, boolean grpc, Options.Lint lint, Diagnostics diagnostics) {
    if (lint == Options.Lint.NONE || !(grpc || spec.mentionsGrpc())) {
      return;
    }
    for (Status status : spec.errors()) {
      String id = status.id();
      if (!Grpc.isValidReason(id)) {
        diagnostics.report(
            Message.GRPC_REASON_FORMAT,
            status.idPosition(),
            id,
            Grpc.MAX_REASON_LENGTH,
            id.length() > Grpc.MAX_REASON_LENGTH
                ? "has " + id.length() + " characters"
                : "has only one character");
      }
    }
  }

  /** Reports {@code type-base-not-directory}, with what one status's type would become. */
  private static void typeBase(Spec spec, Diagnostics diagnostics) {
    Optional<String> base = spec.problem().typeBase();
    if (base.isEmpty() || base.get().endsWith("/") || base.get().endsWith("#")) {
      return;
    }
    List<Status> usingBase =
        spec.statuses().stream()
            .filter(s -> s.type().isEmpty() || !isAbsolute(s.type().get()))
            .toList();
    usingBase.stream()
        .filter(Status::isError)
        .findFirst()
        .or(() -> usingBase.stream().findFirst())
        .ifPresent(
            status ->
                diagnostics.report(
                    Message.TYPE_BASE_NOT_DIRECTORY,
                    spec.problem().typeBasePosition(),
                    base.get(),
                    status.id(),
                    spec.problemType(status),
                    base.get()));
  }

  private static boolean isAbsolute(String uri) {
    try {
      return new URI(uri).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The outdated phrase {@code status} is named with, if it is one. */
  static Optional<Outdated> outdated(Status status) {
    String name = status.reasonPhrase().strip().toLowerCase(Locale.ROOT);
    return OUTDATED.stream()
        .filter(o -> o.code() == status.code() && o.phrase().toLowerCase(Locale.ROOT).equals(name))
        .findFirst();
  }
}
