package dev.statusspec.processor.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Random OpenAPI 3.0/3.1 documents, in YAML, and what they say: operations (some without an
 * operationId, some with ids that are no Java names), explicit codes (standard and not), ranges and
 * {@code default}, error responses inline or through {@code #/components/responses}, the errorCode
 * member pinned by {@code enum} or {@code const} directly, through {@code allOf} with a {@code
 * $ref} to a problem schema, through {@code oneOf} of {@code $ref}s, or not at all. The member is
 * {@code errorCode} or {@code code} for a whole document, and RFC 9457's {@code status} is
 * sometimes pinned beside it.
 */
public final class RandomOpenApi {

  /**
   * One document and its truth.
   *
   * @param yaml the document
   * @param member the errorCode member its error responses pin, if they pin any
   * @param operations per operationId (those that have one, in order), per explicit code, the
   *     errorCodes pinned (empty: none pinned)
   */
  public record Document(
      String yaml, Optional<String> member, Map<String, Map<Integer, Set<String>>> operations) {}

  private static final int[] CODES = {
    200, 201, 202, 204, 301, 304, 400, 401, 403, 404, 409, 410, 418, 422, 429, 499, 500, 502, 503,
    520, 599
  };

  private static final String[] ERROR_CODES = {
    "conflict",
    "not_found",
    "NOT_FOUND",
    "INVALID_ARGUMENT",
    "1001",
    "tenant-suspended",
    "Illegal_Argument",
    "security",
    "caf\u00e9",
    "a b",
    "yes",
    "null",
    "QUALITY.OUT_OF_RANGE",
    "x".repeat(230),
    "HTTP2_ERROR",
    "HTTP_2_ERROR",
    "'quoted'",
    "colon: here",
    "#hash"
  };

  private static final String[] OPERATION_IDS = {
    "listPets",
    "create-pet",
    "DeletePet",
    "get_pet_by_id",
    "2fa",
    "\u4f5c\u6210",
    "listpets",
    "op.with.dots",
    "getV2",
    "x"
  };

  private final SplittableRandom random;

  /**
   * Whether the document's Problem schema lists every errorCode in an {@code enum}, which the
   * responses narrow (JSON Schema's {@code allOf} intersects), and a response that only refers to
   * Problem allows in full.
   */
  private boolean sharedEnum;

  public RandomOpenApi(SplittableRandom random) {
    this.random = random;
  }

  /** The next document. */
  public Document next() {
    String member = random.nextInt(3) == 0 ? "code" : "errorCode";
    boolean pinStatus = random.nextBoolean();
    StringBuilder yaml = new StringBuilder();
    yaml.append("openapi: ").append(random.nextBoolean() ? "3.0.3" : "3.1.0").append('\n');
    yaml.append("info:\n  title: Random\n  version: '1'\npaths:\n");
    Map<String, Map<Integer, Set<String>>> truth = new LinkedHashMap<>();
    Map<String, String> components = new TreeMap<>();
    Map<String, String> schemas = new TreeMap<>();
    sharedEnum = random.nextInt(3) == 0;
    schemas.put(
        "Problem",
        "      type: object\n      properties:\n        type: {type: string}\n"
            + "        status: {type: integer}\n        "
            + member
            + (sharedEnum
                ? ": {type: string, enum: " + flow(List.of(ERROR_CODES)) + "}\n"
                : ": {type: string}\n"));
    Set<String> usedIds = new LinkedHashSet<>();
    boolean anyPinned = false;
    int operations = random.nextInt(1, 7);
    boolean anyExplicit = false;
    for (int i = 0; i < operations; i++) {
      String method = List.of("get", "post", "put", "delete", "patch").get(random.nextInt(5));
      yaml.append("  /p").append(i).append(":\n    ").append(method).append(":\n");
      Optional<String> operationId = Optional.empty();
      if (random.nextInt(6) != 0) {
        String id =
            OPERATION_IDS[random.nextInt(OPERATION_IDS.length)] + (random.nextBoolean() ? "" : i);
        if (usedIds.add(id)) {
          operationId = Optional.of(id);
          yaml.append("      operationId: ").append(quoted(id)).append('\n');
        }
      }
      yaml.append("      responses:\n");
      Map<Integer, Set<String>> codes = new TreeMap<>();
      List<Integer> pool = new ArrayList<>();
      for (int code : CODES) {
        pool.add(code);
      }
      int count = random.nextInt(0, 6);
      boolean any = false;
      for (int j = 0; j < count && !pool.isEmpty(); j++) {
        int code = pool.remove(random.nextInt(pool.size()));
        Set<String> pinned = new LinkedHashSet<>();
        String response = response(code, member, pinStatus, pinned, schemas, i + "_" + j);
        if (code >= 400 && random.nextBoolean()) {
          String name = "R" + code + "_" + i + "_" + j;
          components.put(name, indent(response, 6));
          yaml.append("        '")
              .append(code)
              .append("':\n          $ref: '#/components/responses/")
              .append(name)
              .append("'\n");
        } else {
          yaml.append("        '").append(code).append("':\n").append(indent(response, 10));
        }
        codes.put(code, pinned);
        anyPinned |= !pinned.isEmpty();
        anyExplicit = true;
        any = true;
      }
      if (random.nextInt(3) == 0) {
        yaml.append("        default:\n          description: Anything else\n");
        any = true;
      }
      if (random.nextInt(4) == 0) {
        yaml.append("        '")
            .append(random.nextBoolean() ? "4XX" : "5XX")
            .append("':\n          description: A range\n");
        any = true;
      }
      if (!any) {
        yaml.append("        default:\n          description: Only this\n");
      }
      operationId.ifPresent(id -> truth.put(id, codes));
    }
    if (!anyExplicit) {
      yaml.append("  /always:\n    get:\n      operationId: always\n      responses:\n")
          .append("        '200':\n          description: OK\n");
      truth.put("always", new TreeMap<>(Map.of(200, new LinkedHashSet<>())));
    }
    yaml.append("components:\n  schemas:\n");
    schemas.forEach((name, body) -> yaml.append("    ").append(name).append(":\n").append(body));
    if (!components.isEmpty()) {
      yaml.append("  responses:\n");
      components.forEach(
          (name, body) -> yaml.append("    ").append(name).append(":\n").append(body));
    }
    return new Document(yaml.toString(), anyPinned ? Optional.of(member) : Optional.empty(), truth);
  }

  /**
   * A response object for {@code code}, its keys at the start of the line, adding what it pins to
   * {@code pinned} (schemas it refers to go into {@code schemas}).
   */
  private String response(
      int code,
      String member,
      boolean pinStatus,
      Set<String> pinned,
      Map<String, String> schemas,
      String suffix) {
    StringBuilder out = new StringBuilder("description: ");
    out.append(
            code >= 400 || random.nextBoolean() ? quoted("Response " + code + " " + suffix) : "''")
        .append('\n');
    if (code < 400 || random.nextInt(4) == 0) {
      return out.toString();
    }
    List<String> values = new ArrayList<>();
    int many = random.nextInt(1, 4);
    for (int k = 0; k < many; k++) {
      String value = ERROR_CODES[random.nextInt(ERROR_CODES.length)];
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    out.append("content:\n  application/problem+json:\n    schema:\n");
    switch (random.nextInt(4)) {
      case 0 -> {
        out.append("      type: object\n      properties:\n");
        if (pinStatus) {
          out.append("        status: {enum: [").append(code).append("]}\n");
        }
        out.append("        ")
            .append(member)
            .append(": {enum: ")
            .append(flow(values))
            .append("}\n");
        pinned.addAll(values);
      }
      case 1 -> {
        out.append("      allOf:\n        - $ref: '#/components/schemas/Problem'\n")
            .append("        - type: object\n          properties:\n");
        if (pinStatus) {
          out.append("            status:\n              const: ").append(code).append('\n');
        }
        out.append("            ")
            .append(member)
            .append(":\n              enum: ")
            .append(flow(values))
            .append('\n');
        pinned.addAll(values);
      }
      case 2 -> {
        out.append("      oneOf:\n");
        for (String value : values) {
          String name = "Pin" + Integer.toHexString(value.hashCode()) + "_" + member;
          schemas.put(
              name,
              "      allOf:\n        - $ref: '#/components/schemas/Problem'\n"
                  + "        - properties:\n            "
                  + member
                  + ":\n              const: "
                  + quoted(value)
                  + "\n");
          out.append("        - $ref: '#/components/schemas/").append(name).append("'\n");
        }
        pinned.addAll(values);
      }
      default -> {
        out.append("      $ref: '#/components/schemas/Problem'\n");
        if (sharedEnum) {
          pinned.addAll(List.of(ERROR_CODES));
        }
      }
    }
    return out.toString();
  }

  /** Every line of {@code text} indented by {@code spaces}. */
  private static String indent(String text, int spaces) {
    String pad = " ".repeat(spaces);
    StringBuilder out = new StringBuilder();
    text.lines().forEach(line -> out.append(pad).append(line).append('\n'));
    return out.toString();
  }

  private static String flow(List<String> values) {
    List<String> quoted = new ArrayList<>();
    values.forEach(v -> quoted.add(quoted(v)));
    return "[" + String.join(", ", quoted) + "]";
  }

  /** {@code text} as a YAML double-quoted scalar. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }
}
