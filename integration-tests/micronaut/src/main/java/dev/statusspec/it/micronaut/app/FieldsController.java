package dev.statusspec.it.micronaut.app;

import dev.statusspec.it.micronaut.FieldApiException;
import dev.statusspec.it.micronaut.FieldApiStatus;
import dev.statusspec.it.micronaut.ServiceUnavailableException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * Endpoints that answer with the spec's statuses by throwing the generated exceptions, and error
 * responses whose bodies are not problems, for the client filter's fallbacks.
 */
@Controller
public class FieldsController {

  /** Creates the controller; Micronaut does. */
  public FieldsController() {}

  /**
   * The status of {@code code} and {@code errorCode}: thrown as its generated exception for an
   * error (with {@code message}, when given), a plain body for a success, and a plain response of
   * that code for a code the spec lacks.
   *
   * @param code the code
   * @param errorCode the errorCode, if any
   * @param message the exception's message, if any
   * @return the response of a success or of a code the spec lacks
   */
  @Get("/status/{code}")
  @Produces(MediaType.TEXT_PLAIN)
  public HttpResponse<String> status(
      @PathVariable int code,
      @Nullable @QueryValue String errorCode,
      @Nullable @QueryValue String message) {
    FieldApiStatus status = FieldApiStatus.resolve(code, errorCode).orElse(null);
    if (status == null) {
      return HttpResponse.<String>status(code, "Not The Spec's").body("not the spec's");
    }
    if (status.isError()) {
      throw FieldApiException.of(status, message);
    }
    return HttpResponse.<String>status(code, status.reasonPhrase()).body(String.valueOf(code));
  }

  /**
   * An exception with a cause whose text must never reach the body.
   *
   * @return never
   */
  @Get("/cause")
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
  @Get("/busy")
  public String busy() {
    throw new ServiceUnavailableException("exports are queued")
        .withMember("queue", "exports")
        .withMember("position", 7)
        .withMember("ratio", 0.5)
        .withMember("urgent", true)
        .withMember("note", null)
        .retryAfter(Duration.ofMillis(2500));
  }

  /**
   * A 400 whose message is the request body, for round trips of any text.
   *
   * @param message the text
   * @return never
   */
  @Post("/echo")
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  public String echo(@Body String message) {
    throw FieldApiStatus.BAD_REQUEST.toException(message);
  }

  /**
   * An error response of {@code code} (409 unless given) whose body is of the {@code kind}.
   *
   * @param kind html, empty, truncated, wrong-types, unknown-type, array, huge (10 MB) or
   *     over-limit (11 MiB, above the client's limit)
   * @param code the code, 409 unless given
   * @return the response
   */
  @Get("/bad/{kind}")
  public HttpResponse<byte[]> bad(@PathVariable String kind, @Nullable @QueryValue Integer code) {
    int status = code == null ? 409 : code;
    String conflict = "https://api.fieldapi.example/problems/conflict";
    String problem = "application/problem+json";
    switch (kind) {
      case "html":
        return body(
            status, "text/html", "<html><body><h1>409 Conflict</h1><p>nginx</p></body></html>");
      case "empty":
        return HttpResponse.<byte[]>status(status, "Error").contentType(problem);
      case "truncated":
        return body(status, problem, "{\"type\":\"" + conflict + "\",\"title\":\"Confl");
      case "wrong-types":
        return body(
            status,
            problem,
            "{\"type\":42,\"title\":[\"x\"],\"status\":\"409\",\"detail\":{\"a\":1},"
                + "\"errorCode\":true}");
      case "unknown-type":
        return body(
            status,
            problem,
            "{\"type\":\"https://elsewhere.example/new\",\"detail\":\"new type\"}");
      case "array":
        return body(status, problem, "[1,2,3]");
      case "huge":
        return HttpResponse.<byte[]>status(status, "Error")
            .contentType(problem)
            .body(problemOf(conflict, 10_000_000));
      case "over-limit":
        return HttpResponse.<byte[]>status(status, "Error")
            .contentType(problem)
            .body(problemOf(conflict, 11 * 1024 * 1024));
      default:
        return HttpResponse.<byte[]>status(404, "Not Found");
    }
  }

  private static byte[] problemOf(String type, int size) {
    byte[] head = ("{\"type\":\"" + type + "\",\"detail\":\"").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) 'x');
    System.arraycopy(head, 0, body, 0, head.length);
    body[size - 2] = '"';
    body[size - 1] = '}';
    return body;
  }

  private static HttpResponse<byte[]> body(int status, String type, String text) {
    return HttpResponse.<byte[]>status(status, "Error")
        .contentType(type)
        .body(text.getBytes(StandardCharsets.UTF_8));
  }
}
