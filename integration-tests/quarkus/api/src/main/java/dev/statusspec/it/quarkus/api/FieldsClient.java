package dev.statusspec.it.quarkus.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Field API's test endpoints as a MicroProfile REST client, shipped in the API library as
 * teams share their clients; the generated mapper registered on it the standard way.
 */
@Path("/")
@RegisterRestClient(configKey = "fields")
@RegisterProvider(FieldApiResponseExceptionMapper.class)
public interface FieldsClient {

  /**
   * {@code GET /status/{code}}.
   *
   * @param code the code
   * @param errorCode the errorCode, or null
   * @param message the message, or null
   * @return the body of a success
   */
  @GET
  @Path("status/{code}")
  @Produces(MediaType.TEXT_PLAIN)
  String status(
      @PathParam("code") int code,
      @QueryParam("errorCode") String errorCode,
      @QueryParam("message") String message);

  /**
   * {@code GET /bad/{kind}}.
   *
   * @param kind the kind of body
   * @param code the code, 409 when null
   * @return never: always an error
   */
  @GET
  @Path("bad/{kind}")
  @Produces(MediaType.WILDCARD)
  String bad(@PathParam("kind") String kind, @QueryParam("code") Integer code);

  /**
   * {@code GET /busy}.
   *
   * @return never: always a 503
   */
  @GET
  @Path("busy")
  @Produces(MediaType.TEXT_PLAIN)
  String busy();

  /**
   * {@code POST /echo}.
   *
   * @param message the text
   * @return never: always a 400
   */
  @POST
  @Path("echo")
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  String echo(String message);
}
