package dev.statusspec.it.jakarta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statusspec.it.jakarta.app.BadBodiesResource;
import dev.statusspec.it.jakarta.app.FieldsResource;
import dev.statusspec.it.jakarta.app.TestServer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@link FieldApiResponseExceptionMapper} on a real MicroProfile Rest Client
 * (RESTEasy's) calling Jersey on 127.0.0.1: the generated exceptions come back, codes the spec
 * lacks give the client's own {@code WebApplicationException}, bad bodies end in the exception of
 * the code's status.
 */
class MicroProfileAdapterTest {

  /** The resources, as a Rest Client interface. */
  @Path("/")
  public interface Fields {
    @GET
    @Path("status/{code}")
    @Produces(MediaType.TEXT_PLAIN)
    String status(
        @PathParam("code") int code,
        @QueryParam("errorCode") String errorCode,
        @QueryParam("message") String message);

    @GET
    @Path("bad/{kind}")
    String bad(@PathParam("kind") String kind, @QueryParam("code") Integer code);

    @POST
    @Path("echo")
    @Consumes(MediaType.TEXT_PLAIN)
    String echo(String message);

    @GET
    @Path("members")
    String members();

    @GET
    @Path("retry")
    String retry(@QueryParam("seconds") long seconds);

    @GET
    @Path("jersey-error")
    String jerseyError(@QueryParam("code") int code);
  }

  private static TestServer server;
  private static Fields fields;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    fields =
        RestClientBuilder.newBuilder()
            .baseUri(URI.create(server.base()))
            .register(FieldApiResponseExceptionMapper.class)
            .build(Fields.class);
  }

  @AfterAll
  static void stop() throws Exception {
    // MicroProfile Rest Client proxies are AutoCloseable; RESTEasy warns about one left open.
    if (fields != null) {
      ((AutoCloseable) fields).close();
    }
    server.close();
  }

  @Test
  void theClientGetsTheGeneratedExceptionsBack() {
    Throwable suspended =
        catchThrowable(() -> fields.status(409, "tenant_suspended", "suspended!"));
    assertThat(suspended)
        .isExactlyInstanceOf(TenantSuspendedException.class)
        .hasMessage("suspended!");
    FieldApiException e = (FieldApiException) suspended;
    assertThat(e.status()).isEqualTo(FieldApiStatus.TENANT_SUSPENDED);
    assertThat(e.problem())
        .containsEntry("errorCode", "tenant_suspended")
        .containsEntry("instance", "/status/409")
        .containsKey("status");

    Throwable conflict = catchThrowable(() -> fields.status(409, "conflict", "dup"));
    assertThat(conflict).isExactlyInstanceOf(ConflictException.class).hasMessage("dup");
    assertThat(((FieldApiException) conflict).status()).isEqualTo(FieldApiStatus.CONFLICT);

    assertThat(catchThrowable(() -> fields.status(503, null, null)))
        .isExactlyInstanceOf(ServiceUnavailableException.class)
        .hasMessage("Service Unavailable");

    // A code the spec lacks: the client's own exception. A 2xx: no error.
    assertThat(catchThrowable(() -> fields.status(418, null, null)))
        .isInstanceOf(WebApplicationException.class);
    assertThat(fields.status(200, null, null)).isEqualTo("200");
    assertThat(fields.status(201, null, null)).isEqualTo("201");
  }

  @Test
  void badBodiesEndInTheExceptionOfTheCodesStatus() {
    for (String kind : BadBodiesResource.KINDS) {
      Throwable e = catchThrowable(() -> fields.bad(kind, null));
      assertThat(e).as(kind).isExactlyInstanceOf(ConflictException.class);
    }
    assertThat(catchThrowable(() -> fields.bad("unknown-type", null))).hasMessage("new type");
    assertThat(catchThrowable(() -> fields.bad("html", null))).hasMessage("Conflict");
    assertThat(catchThrowable(() -> fields.bad("hostile", null))).hasMessage("Conflict");
    assertThat(
            ((FieldApiException) catchThrowable(() -> fields.bad("wrong-types", null))).problem())
        .containsKeys("type", "detail");
    assertThat(catchThrowable(() -> fields.bad("html", 503)))
        .isExactlyInstanceOf(ServiceUnavailableException.class);
    assertThat(catchThrowable(() -> fields.bad("huge", 418)))
        .isInstanceOf(WebApplicationException.class);
  }

  @Test
  void hostileDetailsUnderTheBoundAreDecodedExactly() {
    String hostile = BadBodiesResource.HOSTILE_DETAIL.substring(0, 300);
    Throwable e = catchThrowable(() -> fields.echo(hostile));
    assertThat(e).isExactlyInstanceOf(BadRequestException.class);
    assertThat(e.getMessage()).isEqualTo(hostile);
  }

  @Test
  void theClientGetsTheMembersInProblemAndTheTimeToWait() {
    Throwable thrown = catchThrowable(fields::members);
    assertThat(thrown)
        .isExactlyInstanceOf(TenantSuspendedException.class)
        .hasMessage("card declined");
    FieldApiException e = (FieldApiException) thrown;
    assertThat(e.problem())
        .containsEntry("decline_code", "insufficient_funds")
        .containsEntry("attempt", 3)
        .containsEntry("final", true)
        .containsEntry("none", null)
        .containsEntry("hostile", FieldsResource.HOSTILE_MEMBER)
        .containsKeys("ratio", "balance", "huge");
    assertThat(e.members()).isEmpty();
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(2));
    assertThat(((FieldApiException) catchThrowable(() -> fields.retry(120))).retryAfter())
        .hasValue(Duration.ofSeconds(120));
    assertThat(
            ((FieldApiException) catchThrowable(() -> fields.status(503, null, null))).retryAfter())
        .isEmpty();
    FieldApiException dated =
        (FieldApiException) catchThrowable(() -> fields.bad("retry-date", null));
    assertThat(dated).isExactlyInstanceOf(ServiceUnavailableException.class).hasMessage("later");
    assertThat(dated.retryAfter().orElseThrow())
        .isBetween(Duration.ofMinutes(58), Duration.ofHours(1));
  }

  /**
   * What a client exception holds when the response is not a problem (docs/guide/problem-details.md
   * "When the response is not a problem").
   */
  @Test
  void responsesThatAreNotProblemsGiveTheExceptionOfTheCodesStatus() {
    FieldApiException spring =
        (FieldApiException) catchThrowable(() -> fields.bad("spring-error", null));
    assertThat(spring).isExactlyInstanceOf(ConflictException.class).hasMessage("Conflict");
    assertThat(spring.problem())
        .containsOnlyKeys("timestamp", "status", "error", "path")
        .containsEntry("status", 409)
        .containsEntry("error", "Conflict");
    FieldApiException html = (FieldApiException) catchThrowable(() -> fields.bad("html", null));
    assertThat(html).isExactlyInstanceOf(ConflictException.class).hasMessage("Conflict");
    assertThat(html.problem()).isEmpty();
    FieldApiException empty = (FieldApiException) catchThrowable(() -> fields.bad("empty", null));
    assertThat(empty).isExactlyInstanceOf(ConflictException.class).hasMessage("Conflict");
    assertThat(empty.problem()).isEmpty();
    // Jersey's own answer to an exception it maps itself.
    FieldApiException jersey = (FieldApiException) catchThrowable(() -> fields.jerseyError(409));
    assertThat(jersey).isExactlyInstanceOf(ConflictException.class).hasMessage("Conflict");
    assertThat(jersey.problem()).isEmpty();
  }
}
