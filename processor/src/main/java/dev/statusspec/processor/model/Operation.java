package dev.statusspec.processor.model;

import dev.statusspec.processor.diag.Position;
import java.util.List;
import java.util.Optional;

/**
 * One operation of the spec's {@code operations:} section: an API operation (like an OpenAPI {@code
 * operationId}) and the statuses it returns, by id, as the spec lists them.
 *
 * @param name the key, lowerCamelCase: {@code createField}
 * @param namePosition where the key is
 * @param description the operation's description, or "" when it has none
 * @param statuses the ids it lists, in the order of the spec, each with its position
 * @param operationId its {@code operationId:}, the id on the wire where that is not its name (an
 *     OpenAPI document's {@code post-payments}), if given
 * @param operationIdPosition where its {@code operationId:} value is, else its name
 */
public record Operation(
    String name,
    Position namePosition,
    String description,
    List<StatusRef> statuses,
    Optional<String> operationId,
    Position operationIdPosition) {

  public Operation {
    statuses = List.copyOf(statuses);
  }

  /** An operation whose wire id is its name. */
  public Operation(
      String name, Position namePosition, String description, List<StatusRef> statuses) {
    this(name, namePosition, description, statuses, Optional.empty(), namePosition);
  }

  /**
   * Its id on the wire (an OpenAPI {@code operationId}): its {@code operationId:}, else its name.
   */
  public String wireId() {
    return operationId.orElse(name);
  }

  /**
   * One id an operation lists.
   *
   * @param id the id as written
   * @param position where it is written
   */
  public record StatusRef(String id, Position position) {}

  /** The name in PascalCase, the stem of the generated type names: {@code CreateField}. */
  public String pascalName() {
    return Ids.upperFirst(name);
  }

  /** The ids it lists, in order. */
  public List<String> ids() {
    return statuses.stream().map(StatusRef::id).toList();
  }
}
