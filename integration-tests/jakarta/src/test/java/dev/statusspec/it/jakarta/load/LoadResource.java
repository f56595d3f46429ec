package dev.statusspec.it.jakarta.load;

import dev.statusspec.it.jakarta.FieldApiStatus;
import dev.statusspec.it.load.HostileDetails;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * The one resource of the load runs: request {@code n} throws the generated exception of the status
 * of {@code code} and {@code errorCode} with the hostile detail of {@code n}; whichever mapper the
 * app has answers it.
 */
@Path("load")
public class LoadResource {

  /**
   * Throws the status's exception.
   *
   * @param code the status code
   * @param n the request's number, whose detail the exception carries
   * @param errorCode the errorCode, for statuses sharing a code
   * @return never
   */
  @GET
  @Path("{code}/{n}")
  public String load(
      @PathParam("code") int code,
      @PathParam("n") long n,
      @QueryParam("errorCode") String errorCode) {
    throw FieldApiStatus.resolve(code, errorCode).orElseThrow().toException(HostileDetails.of(n));
  }
}
