package dev.statusspec.processor.model;

import dev.statusspec.processor.diag.Position;
import java.util.List;
import java.util.Optional;

/**
 * A bound status spec: its optional type-name prefix and description, and its statuses in file
 * order (the order of the generated enum's constants).
 *
 * @param name the spec's {@code name}, the prefix of the generated type names, if given
 * @param namePosition where {@code name} is, or the top of the file
 * @param description the spec's description, or "" when it has none
 * @param statuses the statuses in file order, never empty
 * @param retired the statuses listed under {@code retired:}, in file order
 * @param statusesPosition where the {@code statuses:} key is
 */
public record Spec(
    Optional<String> name,
    Position namePosition,
    String description,
    List<Status> statuses,
    List<Retired> retired,
    Position statusesPosition) {

  public Spec {
    statuses = List.copyOf(statuses);
    retired = List.copyOf(retired);
  }

  /** The prefix of the generated types: the spec's {@code name}, else {@code interfaceName}. */
  public String prefix(String interfaceName) {
    return name.orElse(interfaceName);
  }

  /** Whether any status is deprecated (the generated code then suppresses its own uses). */
  public boolean hasDeprecated() {
    return statuses.stream().anyMatch(Status::isDeprecated);
  }

  /** The error statuses (4xx and 5xx), in file order. */
  public List<Status> errors() {
    return statuses.stream().filter(Status::isError).toList();
  }
}
