package dev.statusspec.processor.model;

import dev.statusspec.processor.diag.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A bound status spec: its optional type-name prefix and description, and its statuses in file
 * order (the order of the generated enum's constants).
 *
 * @param name the spec's {@code name}, the prefix of the generated type names, if given
 * @param namePosition where {@code name} is, or the top of the file
 * @param description the spec's description, or "" when it has none
 * @param statuses the statuses in file order, never empty
 * @param operations the operations in file order, each with the ids of the statuses it returns;
 *     empty when the spec has none
 * @param retired the statuses listed under {@code retired:}, in file order
 * @param statusesPosition where the {@code statuses:} key is
 * @param retiredPosition where the {@code retired:} key is, or {@link Position#UNKNOWN} when the
 *     spec has none
 * @param problem how errors travel as problem details (the {@code problem:} section, or its
 *     defaults)
 * @param grpc how errors travel over gRPC (the {@code grpc:} section, or its defaults)
 */
public record Spec(
    Optional<String> name,
    Position namePosition,
    String description,
    List<Status> statuses,
    List<Operation> operations,
    List<Retired> retired,
    Position statusesPosition,
    Position retiredPosition,
    Problem problem,
    Grpc grpc) {

  public Spec {
    statuses = List.copyOf(statuses);
    operations = List.copyOf(operations);
    retired = List.copyOf(retired);
  }

  /** A spec without operations, retired statuses or a {@code problem:} section. */
  public Spec(
      Optional<String> name, Position namePosition, String description, List<Status> statuses) {
    this(
        name,
        namePosition,
        description,
        statuses,
        List.of(),
        List.of(),
        Position.UNKNOWN,
        Position.UNKNOWN,
        Problem.defaults(Position.UNKNOWN),
        Grpc.absent(Position.UNKNOWN));
  }

  /**
   * The statuses {@code operation} lists, in its order; ids the spec does not have are left out
   * (the validator reports them).
   */
  public List<Status> statusesOf(Operation operation) {
    Map<String, Status> byId = new HashMap<>();
    statuses.forEach(s -> byId.putIfAbsent(s.id(), s));
    List<Status> listed = new ArrayList<>(operation.statuses().size());
    for (Operation.StatusRef ref : operation.statuses()) {
      Status status = byId.get(ref.id());
      if (status != null) {
        listed.add(status);
      }
    }
    return List.copyOf(listed);
  }

  /**
   * The statuses of each code, codes in ascending order, each list in file order (its first status
   * is what the code means without a known error code). Built on each call: a generator that needs
   * it for every status or operation takes it once.
   */
  public SortedMap<Integer, List<Status>> statusesByCode() {
    SortedMap<Integer, List<Status>> byCode = new TreeMap<>();
    for (Status status : statuses) {
      byCode.computeIfAbsent(status.code(), code -> new ArrayList<>()).add(status);
    }
    return byCode;
  }

  /**
   * The operations that list each status, by status id, each list in file order; ids no operation
   * lists are absent. Built on each call, in one pass over the operations: a generator that needs
   * it for every status takes it once.
   */
  public Map<String, List<Operation>> operationsByStatusId() {
    Map<String, List<Operation>> byId = new HashMap<>();
    for (Operation operation : operations) {
      for (Operation.StatusRef ref : operation.statuses()) {
        List<Operation> listing = byId.computeIfAbsent(ref.id(), id -> new ArrayList<>());
        if (listing.isEmpty() || listing.get(listing.size() - 1) != operation) {
          listing.add(operation);
        }
      }
    }
    return byId;
  }

  /** The prefix of the generated types: the spec's {@code name}, else {@code interfaceName}. */
  public String prefix(String interfaceName) {
    return name.orElse(interfaceName);
  }

  /** The problem type URI of {@code status}, as text; see {@link Problem#typeOf}. */
  public String problemType(Status status) {
    return problem.typeOf(status);
  }

  /** Whether any status is deprecated (the generated code then suppresses its own uses). */
  public boolean hasDeprecated() {
    return statuses.stream().anyMatch(Status::isDeprecated);
  }

  /**
   * Whether the spec says anything of gRPC: a top-level {@code grpc:} section or a status's {@code
   * grpc:} (the reference page then gives each error status's gRPC code).
   */
  public boolean mentionsGrpc() {
    return grpc.present() || statuses.stream().anyMatch(s -> s.grpc().isPresent());
  }

  /** The error statuses (4xx and 5xx), in file order. */
  public List<Status> errors() {
    return statuses.stream().filter(Status::isError).toList();
  }
}
