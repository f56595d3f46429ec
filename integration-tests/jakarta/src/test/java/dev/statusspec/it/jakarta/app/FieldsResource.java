package dev.statusspec.it.jakarta.app;

import dev.statusspec.it.jakarta.FieldApiException;
import dev.statusspec.it.jakarta.FieldApiStatus;
import dev.statusspec.it.jakarta.ServiceUnavailableException;
import dev.statusspec.it.jakarta.TenantSuspendedException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Resources that answer with the spec's statuses by throwing the generated exceptions. */
@Path("/")
public class FieldsResource {

  /** The requests {@code /flaky} has seen, for the retry tests. */
  public static final AtomicInteger FLAKY_CALLS = new AtomicInteger();

  /**
   * The status of {@code code} and {@code errorCode}: thrown as its generated exception for an
   * error (with {@code message}, when given), a plain body for a success, and a plain response of
   * that code for a code the spec lacks.
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
      throw new WebApplicationException(
          Response.status(code).type(MediaType.TEXT_PLAIN).entity("not the spec's").build());
    }
    if (status.isError()) {
      throw FieldApiException.of(status, message);
    }
    return Response.status(code).entity(String.valueOf(code)).build();
  }

  /** An exception with a cause whose text must never reach the body. */
  @GET
  @Path("cause")
  public String cause() {
    throw FieldApiException.of(
        FieldApiStatus.INTERNAL_SERVER_ERROR,
        "the database is down",
        new IllegalStateException("SECRET-CAUSE jdbc:postgresql://db/prod password=hunter2"));
  }

  /** A 400 whose message is the request body, for round trips of any text. */
  @POST
  @Path("echo")
  @Consumes(MediaType.TEXT_PLAIN)
  public String echo(String message) {
    throw FieldApiStatus.BAD_REQUEST.toException(message);
  }

  /** Always 503 Service Unavailable, counting the calls. */
  @GET
  @Path("flaky")
  public String flaky() {
    FLAKY_CALLS.incrementAndGet();
    throw FieldApiStatus.SERVICE_UNAVAILABLE.toException("try again later");
  }

  /** A text no escaping should trip on, as a member's value. */
  public static final String HOSTILE_MEMBER =
      "\"quoted\" back\\slash </script> & \u0000\u001f\u2028 \uD83D\uDE00 \uD800";

  /** A 409 Tenant Suspended with extension members of every kind, and 1.5 seconds to wait. */
  @GET
  @Path("members")
  public String members() {
    TenantSuspendedException e =
        new TenantSuspendedException("card declined")
            .withMember("decline_code", "insufficient_funds")
            .withMember("attempt", 3)
            .withMember("ratio", 0.25)
            .withMember("balance", new BigDecimal("-12.50"))
            .withMember("huge", Long.MAX_VALUE)
            .withMember("final", true)
            .withMember("none", null)
            .withMember("hostile", HOSTILE_MEMBER)
            .retryAfter(Duration.ofMillis(1500));
    throw e;
  }

  /** The requests {@code /retry} has seen, for the retry tests. */
  public static final AtomicInteger RETRY_CALLS = new AtomicInteger();

  /** A 503 whose client should wait {@code seconds}, counting the calls. */
  @GET
  @Path("retry")
  public String retry(@QueryParam("seconds") long seconds) {
    RETRY_CALLS.incrementAndGet();
    throw new ServiceUnavailableException("busy").retryAfter(Duration.ofSeconds(seconds));
  }

  /** Jersey's own answer to an exception that is not the spec's: its status, no problem. */
  @GET
  @Path("jersey-error")
  public String jerseyError(@QueryParam("code") int code) {
    throw new WebApplicationException(code);
  }
}
