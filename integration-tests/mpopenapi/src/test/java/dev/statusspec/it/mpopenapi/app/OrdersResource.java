package dev.statusspec.it.mpopenapi.app;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A Jakarta REST resource, never served: SmallRye OpenAPI reads its annotations. Its operations
 * carry the error responses a developer guessed, which the filter must replace on the spec's
 * operations and keep on the others.
 */
@Path("/orders")
public class OrdersResource {

  /**
   * The spec's {@code placeOrder}, whose wire id is {@code post-orders}.
   *
   * @param order the order
   * @return the placed order
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "post-orders", summary = "Places an order")
  @APIResponse(
      responseCode = "201",
      description = "Placed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Order.class)))
  @APIResponse(responseCode = "404", description = "A guess: not found")
  @APIResponse(responseCode = "4XX", description = "A guess: any client error")
  @APIResponse(responseCode = "500", description = "A guess: server error")
  public Order placeOrder(Order order) {
    return order;
  }

  /**
   * The spec's {@code getOrder}: SmallRye derives its 200 response from the return type.
   *
   * @param id the order's id
   * @return the order
   */
  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getOrder")
  public Order getOrder(@PathParam("id") String id) {
    Order order = new Order();
    order.id = id;
    return order;
  }

  /**
   * Not an operation of the spec: left as SmallRye made it.
   *
   * @return the orders
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "listOrders")
  @APIResponse(responseCode = "500", description = "A guess: server error")
  public List<Order> listOrders() {
    return List.of();
  }
}
