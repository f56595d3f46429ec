package dev.statusspec.processor.diag;

import java.util.List;
import java.util.Optional;

/**
 * A "did you mean" value for a message template: prints as {@code  (did you mean 'x'?)}, or as
 * {@code  (did you mean 'x' or 'y'?)} when several fit equally, or as nothing when there is no
 * suggestion. Templates place it right after the text it corrects.
 *
 * @param texts the suggested texts, in order; empty when none is close enough to be worth saying
 */
public record Suggestion(List<String> texts) {

  /** No suggestion. */
  public static final Suggestion NONE = new Suggestion(List.of());

  public Suggestion {
    texts = List.copyOf(texts);
  }

  /** A suggestion of {@code text}, if present. */
  public Suggestion(Optional<String> text) {
    this(text.map(List::of).orElse(List.of()));
  }

  /** A suggestion of {@code text}. */
  public static Suggestion of(String text) {
    return new Suggestion(List.of(text));
  }

  /** A suggestion of {@code text}, if present. */
  public static Suggestion of(Optional<String> text) {
    return text.isPresent() ? of(text.get()) : NONE;
  }

  /** A suggestion of any one of {@code texts} (none when it is empty). */
  public static Suggestion anyOf(List<String> texts) {
    return texts.isEmpty() ? NONE : new Suggestion(texts);
  }

  /** The first suggested text, if any. */
  public Optional<String> text() {
    return texts.isEmpty() ? Optional.empty() : Optional.of(texts.get(0));
  }

  @Override
  public String toString() {
    if (texts.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(" (did you mean ");
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        out.append(i == texts.size() - 1 ? " or " : ", ");
      }
      out.append('\'').append(Diagnostics.visible(texts.get(i))).append('\'');
    }
    return out.append("?)").toString();
  }
}
