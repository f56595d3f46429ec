package dev.statusspec.processor.model;

import dev.statusspec.processor.diag.Suggestion;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean" for keys and names that are close to a known one. */
public final class Suggestions {

  /** Words users reach for that mean a key of ours. */
  private static final Map<String, String> SYNONYMS =
      Map.of(
          "status", "code",
          "statuscode", "code",
          "reason", "name",
          "reasonphrase", "name",
          "message", "description",
          "desc", "description",
          "retry", "retryable",
          "retriable", "retryable",
          "exceptionname", "exception");

  private Suggestions() {}

  /** The candidate closest to {@code given}, if one is close enough to be what was meant. */
  public static Optional<String> closest(String given, Collection<String> candidates) {
    String normal = normalize(given);
    for (String candidate : candidates) {
      if (normalize(candidate).equals(normal)) {
        return Optional.of(candidate);
      }
    }
    String synonym = SYNONYMS.get(normal);
    if (synonym != null && candidates.contains(synonym)) {
      return Optional.of(synonym);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(normal, normalize(candidate));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(1, Math.min(3, normal.length() / 3));
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * The "did you mean" of {@code given} among {@code candidates}: the one helper every message that
   * suggests a fix uses.
   */
  public static Suggestion suggest(String given, Collection<String> candidates) {
    return Suggestion.of(closest(given, candidates));
  }

  private static String normalize(String key) {
    return key.replaceAll("[_\\-\\s]", "").toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance, bounded inputs (keys are short). */
  static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
