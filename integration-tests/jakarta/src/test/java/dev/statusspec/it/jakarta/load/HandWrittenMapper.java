package dev.statusspec.it.jakarta.load;

import dev.statusspec.it.jakarta.FieldApiException;
import dev.statusspec.it.jakarta.FieldApiStatus;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * What a careful user writes without statusspec's mapper: an {@code ExceptionMapper} building the
 * same problem body (type, title, status, detail, instance, errorCode) with JSON-P, the yardstick
 * of the generated {@code FieldApiExceptionMapper} under load.
 */
@Provider
public class HandWrittenMapper implements ExceptionMapper<FieldApiException> {

  /** Made once: {@code Json.createObjectBuilder()} looks its provider up again on every call. */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(FieldApiException e) {
    FieldApiStatus status = e.status();
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", status.problemType().toString())
            .add("title", status.reasonPhrase())
            .add("status", status.code());
    if (e.getMessage() != null) {
      body.add("detail", e.getMessage());
    }
    body.add("instance", uriInfo.getRequestUri().getRawPath());
    status.errorCode().ifPresent(errorCode -> body.add("errorCode", errorCode));
    return Response.status(e.code())
        .type("application/problem+json")
        .entity(body.build().toString())
        .build();
  }
}
