package dev.statusspec.it.jakarta.app;

import dev.statusspec.it.jakarta.FieldApiStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Error responses whose bodies are not problems, for the client adapters' fallbacks. */
@Path("bad")
public class BadBodiesResource {

  /**
   * A detail no escaping should trip on: quotes, backslashes, a closing script tag, control
   * characters, non-BMP characters; about 100 KB.
   */
  public static final String HOSTILE_DETAIL = hostile();

  /** Every kind of body {@link #bad} serves, for the client tests to loop over. */
  public static final List<String> KINDS =
      List.of(
          "html",
          "empty",
          "truncated",
          "huge",
          "wrong-types",
          "unknown-type",
          "unknown-error-code",
          "other-code-type",
          "hostile",
          "array",
          "deep",
          "deep-object",
          "spring-error");

  private static final String PROBLEM = "application/problem+json";

  private static String hostile() {
    String piece =
        "\"quoted\" back\\slash </script><script>alert(1)</script> \u0000\u0001\u001f\u007f"
            + " \t\r\n \u2028\u2029 \uD83D\uDE00\uD834\uDD1E ${x} %s {0} é ";
    StringBuilder text = new StringBuilder();
    while (text.length() < 100_000) {
      text.append(piece);
    }
    return text.toString();
  }

  /** An error response of {@code code} (409 unless given) with a body of the {@code kind}. */
  @GET
  @Path("{kind}")
  public Response bad(@PathParam("kind") String kind, @QueryParam("code") Integer given) {
    int code = given == null ? 409 : given;
    String conflict = "https://api.fieldapi.example/problems/conflict";
    switch (kind) {
      case "html":
        return body(
            code, "text/html", "<html><body><h1>409 Conflict</h1><p>nginx</p></body></html>");
      case "empty":
        return Response.status(code).type(PROBLEM).build();
      case "truncated":
        return body(code, PROBLEM, "{\"type\":\"" + conflict + "\",\"title\":\"Confl");
      case "huge":
        return Response.status(code)
            .type(PROBLEM)
            .entity(
                (StreamingOutput)
                    out -> {
                      out.write(
                          ("{\"type\":\"" + conflict + "\",\"detail\":\"")
                              .getBytes(StandardCharsets.UTF_8));
                      byte[] chunk = new byte[64 * 1024];
                      Arrays.fill(chunk, (byte) 'x');
                      for (int i = 0; i < 160; i++) { // 10 MB
                        out.write(chunk);
                      }
                      out.write("\"}".getBytes(StandardCharsets.UTF_8));
                    })
            .build();
      case "wrong-types":
        return body(
            code,
            PROBLEM,
            "{\"type\":42,\"title\":[\"x\"],\"status\":\"409\",\"detail\":{\"a\":1},"
                + "\"errorCode\":true}");
      case "unknown-type":
        return body(
            code, PROBLEM, "{\"type\":\"https://elsewhere.example/new\",\"detail\":\"new type\"}");
      case "unknown-error-code":
        return body(code, PROBLEM, "{\"errorCode\":\"brand_new\",\"detail\":\"new code\"}");
      case "other-code-type":
        return body(
            code,
            PROBLEM,
            "{\"type\":\"https://api.fieldapi.example/problems/service-unavailable\"}");
      case "array":
        return body(code, PROBLEM, "[1,2,3]");
      case "deep":
        return body(code, PROBLEM, "[".repeat(60_000));
      case "deep-object":
        return body(code, PROBLEM, "{\"a\":".repeat(10_000));
      case "hostile":
        throw FieldApiStatus.CONFLICT.toException(HOSTILE_DETAIL);
      case "spring-error":
        // What Spring Boot answers for an exception of its own: its error JSON, not a problem.
        return body(
            code,
            "application/json",
            "{\"timestamp\":\"2026-01-01T00:00:00.000+00:00\",\"status\":"
                + code
                + ",\"error\":\"Conflict\",\"path\":\"/fields\"}");
      case "retry-date":
        // A 503 problem whose Retry-After is an HTTP-date an hour from now.
        return Response.status(503)
            .type(PROBLEM)
            .header(
                "Retry-After",
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusHours(1)))
            .entity("{\"detail\":\"later\"}".getBytes(StandardCharsets.UTF_8))
            .build();
      default:
        return Response.status(404).build();
    }
  }

  private static Response body(int code, String type, String text) {
    return Response.status(code).type(type).entity(text.getBytes(StandardCharsets.UTF_8)).build();
  }
}
