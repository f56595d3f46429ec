package dev.statusspec.it.jakarta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statusspec.it.jakarta.app.BadBodiesResource;
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
}
