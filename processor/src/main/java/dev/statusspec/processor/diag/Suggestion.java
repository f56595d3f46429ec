package dev.statusspec.processor.diag;

import java.util.Optional;

/**
 * A "did you mean" value for a message template: prints as {@code  (did you mean 'x'?)}, or as
 * nothing when there is no suggestion. Templates place it right after the text it corrects.
 *
 * @param text the suggested text, if one is close enough to be worth saying
 */
public record Suggestion(Optional<String> text) {

  /** No suggestion. */
  public static final Suggestion NONE = new Suggestion(Optional.empty());

  /** A suggestion of {@code text}. */
  public static Suggestion of(String text) {
    return new Suggestion(Optional.of(text));
  }

  /** A suggestion of {@code text}, if present. */
  public static Suggestion of(Optional<String> text) {
    return text.isPresent() ? of(text.get()) : NONE;
  }

  @Override
  public String toString() {
    return text.map(t -> " (did you mean '" + Diagnostics.visible(t) + "'?)").orElse("");
  }
}
