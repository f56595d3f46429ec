package dev.statusspec.it.jakarta;

import dev.statusspec.it.jakarta.load.LoadRequests;
import dev.statusspec.it.jakarta.load.LoadServer;
import dev.statusspec.it.load.LoadAssertions;
import dev.statusspec.it.load.LoadRun;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@link FieldApiResponseExceptionMapper} on RESTEasy's MicroProfile Rest Client
 * under concurrent load against Jersey at 127.0.0.1: every exception of the right class and
 * message. Sized like {@link LoadTest}; only correctness is asserted.
 */
class MicroProfileLoadTest {

  /** The load resource, as a Rest Client interface. */
  @Path("/load")
  public interface Load {
    @GET
    @Path("{code}/{n}")
    String load(
        @PathParam("code") int code, @PathParam("n") long n, @QueryParam("errorCode") String e);
  }

  private static LoadServer server;
  private static LoadRun driver;

  @BeforeAll
  static void start() {
    server = LoadServer.start(FieldApiExceptionMapper.class);
    driver = new LoadRun(LoadRun.CONNECTIONS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theRestClientDecodesEveryProblemToItsExceptionAndMessage() throws Exception {
    Load client =
        RestClientBuilder.newBuilder()
            .baseUri(URI.create(server.base()))
            .register(FieldApiResponseExceptionMapper.class)
            // A pool of as many connections as the driver has threads (RESTEasy: one, unless
            // given).
            .property("resteasy.connectionPoolSize", LoadRun.CONNECTIONS)
            .build(Load.class);
    LoadRun.Call call =
        n -> {
          FieldApiStatus status = LoadRequests.statusOf(n);
          try {
            client.load(status.code(), n, status.errorCode().orElse(null));
            return "code: no exception";
          } catch (RuntimeException e) {
            return LoadRequests.decoded(n, e);
          }
        };
    // MicroProfile Rest Client proxies are AutoCloseable; RESTEasy warns about one left open.
    try {
      LoadAssertions.assertAllRight(
          LoadRun.measure(
              driver,
              "MicroProfile Rest Client (RESTEasy) with FieldApiResponseExceptionMapper",
              call));
    } finally {
      ((AutoCloseable) client).close();
    }
  }
}
