package dev.statusspec.it.quarkus.app;

import dev.statusspec.it.quarkus.api.FieldApiException;
import dev.statusspec.it.quarkus.api.FieldApiStatus;
import dev.statusspec.it.quarkus.api.ServiceUnavailableException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * Endpoints that answer with the spec's statuses by throwing the generated exceptions of the API
 * library, and error responses whose bodies are not problems, for the client mapper's fallbacks.
 */
@Path("/")
public class FieldsResource {

  /** Creates the resource; Quarkus does. */
  public FieldsResource() {}

  /**
   * The status of {@code code} and {@code errorCode}: thrown as its generated exception for an
   * error (with {@code message}, when given), a plain body for a success, and a plain response of
   * that code for a code the spec lacks.
   *
   * @param code the code
   * @param errorCode the errorCode, or null
   * @param message the message, or null
   * @return the response of a success or of a code the spec lacks
   */
  @GET
  @Path("status/{code}")
  @Produces(MediaType.TEXT_PLAIN)
  public Response status(
      @PathParam("code") int code,
      @QueryParam("errorCode") String errorCode,
      @QueryParam("message") String message) {
    FieldApiStatus status = FieldApiStatus.resolve(code, errorCode).orElse(null);
    if (status == null) {
      return Response.status(code).type(MediaType.TEXT_PLAIN).entity("not the spec's").build();
    }
    if (status.isError()) {
      throw FieldApiException.of(status, message);
    }
    return Response.status(code).entity(String.valueOf(code)).build();
  }

  /**
   * An exception with a cause whose text must never reach the body.
   *
   * @return never
   */
  @GET
  @Path("cause")
  public String cause() {
    throw FieldApiException.of(
        FieldApiStatus.INTERNAL_SERVER_ERROR,
        "the database is down",
        new IllegalStateException("SECRET-CAUSE jdbc:postgresql://db/prod password=hunter2"));
  }

  /**
   * A 503 with extension members and a time to wait.
   *
   * @return never
   */
  @GET
  @Path("busy")
  @Produces(MediaType.TEXT_PLAIN)
  public String busy() {
    throw new ServiceUnavailableException("exports are queued")
        .withMember("queue", "exports")
        .withMember("position", 7)
        .withMember("urgent", true)
        .retryAfter(Duration.ofMillis(2500));
  }

  /**
   * A 400 whose message is the request body, for round trips of any text.
   *
   * @param message the text
   * @return never
   */
  @POST
  @Path("echo")
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  public String echo(String message) {
    throw FieldApiStatus.BAD_REQUEST.toException(message);
  }

  /**
   * An error response of {@code code} (409 unless given) whose body is of the {@code kind}.
   *
   * @param kind html, empty, truncated, wrong-types, unknown-type, array or huge (10 MB)
   * @param given the code, 409 when null
   * @return the response
   */
  @GET
  @Path("bad/{kind}")
  public Response bad(@PathParam("kind") String kind, @QueryParam("code") Integer given) {
    int code = given == null ? 409 : given;
    String conflict = "https://api.fieldapi.example/problems/conflict";
    String problem = "application/problem+json";
    switch (kind) {
      case "html":
        return body(
            code, "text/html", "<html><body><h1>409 Conflict</h1><p>nginx</p></body></html>");
      case "empty":
        return Response.status(code).type(problem).build();
      case "truncated":
        return body(code, problem, "{\"type\":\"" + conflict + "\",\"title\":\"Confl");
      case "wrong-types":
        return body(
            code,
            problem,
            "{\"type\":42,\"title\":[\"x\"],\"status\":\"409\",\"detail\":{\"a\":1},"
                + "\"errorCode\":true}");
      case "unknown-type":
        return body(
            code, problem, "{\"type\":\"https://elsewhere.example/new\",\"detail\":\"new type\"}");
      case "array":
        return body(code, problem, "[1,2,3]");
      case "huge":
        byte[] head =
            ("{\"type\":\"" + conflict + "\",\"detail\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[10_000_000];
        Arrays.fill(huge, (byte) 'x');
        System.arraycopy(head, 0, huge, 0, head.length);
        huge[huge.length - 2] = '"';
        huge[huge.length - 1] = '}';
        return Response.status(code).type(problem).entity(huge).build();
      default:
        return Response.status(404).build();
    }
  }

  private static Response body(int code, String type, String text) {
    return Response.status(code).type(type).entity(text.getBytes(StandardCharsets.UTF_8)).build();
  }
}
