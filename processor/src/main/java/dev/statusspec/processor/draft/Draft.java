package dev.statusspec.processor.draft;

import java.util.List;
import java.util.Optional;

/**
 * A drafted status spec, ready to be written as YAML by {@link DraftWriter}: the values of the spec
 * format's keys, and the comments that say where the draft had to guess. Immutable.
 *
 * @param header comment lines above everything, one text a line, without {@code #}
 * @param name the spec's {@code name:} (the prefix of the generated types), if one was asked for
 * @param description the spec's {@code description:}, or "" for none
 * @param errorCodeMember the {@code problem.errorCodeMember:} when it is not the default {@code
 *     errorCode}
 * @param problemComments comment lines above the {@code problem:} section
 * @param statuses the statuses, in the order of the generated enum
 * @param operations the operations, in the document's order
 */
public record Draft(
    List<String> header,
    Optional<String> name,
    String description,
    Optional<String> errorCodeMember,
    List<String> problemComments,
    List<DraftStatus> statuses,
    List<DraftOperation> operations) {

  public Draft {
    header = List.copyOf(header);
    problemComments = List.copyOf(problemComments);
    statuses = List.copyOf(statuses);
    operations = List.copyOf(operations);
  }

  /** The number of comment lines that mark a guess ({@link #GUESSED}). */
  public long guesses() {
    long count = 0;
    for (DraftStatus status : statuses) {
      count += status.comments().stream().filter(c -> c.startsWith(GUESSED)).count();
    }
    for (DraftOperation operation : operations) {
      count += operation.comments().stream().filter(c -> c.startsWith(GUESSED)).count();
    }
    return count + problemComments.stream().filter(c -> c.startsWith(GUESSED)).count();
  }

  /** How a comment that marks a guess starts. */
  public static final String GUESSED = "guessed: ";

  /**
   * One status of the draft.
   *
   * @param code the HTTP status code, 100..599
   * @param id the id; written only when it is not the one the name derives
   * @param name the reason phrase
   * @param errorCode the errorCode, if the document pins one
   * @param exception the exception's simple name when the default one cannot be used
   * @param comments comment lines above the entry
   */
  public record DraftStatus(
      int code,
      String id,
      String name,
      Optional<String> errorCode,
      Optional<String> exception,
      List<String> comments) {

    public DraftStatus {
      comments = List.copyOf(comments);
    }
  }

  /**
   * One operation of the draft.
   *
   * @param name the key, lowerCamelCase
   * @param operationId the document's {@code operationId} when it is not {@code name}
   * @param description the operation's description, or "" for none
   * @param statusIds the ids of the statuses it returns, each once
   * @param comments comment lines above the entry
   */
  public record DraftOperation(
      String name,
      Optional<String> operationId,
      String description,
      List<String> statusIds,
      List<String> comments) {

    public DraftOperation {
      statusIds = List.copyOf(statusIds);
      comments = List.copyOf(comments);
    }
  }
}
