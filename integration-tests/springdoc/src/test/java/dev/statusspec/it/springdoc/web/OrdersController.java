package dev.statusspec.it.springdoc.web;

import dev.statusspec.it.springdoc.api.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Orders API: three operations the spec names ({@code post-orders} by its {@code operationId:}
 * key, {@code getOrder} and {@code cancelOrder} by springdoc's default operationId, the method's
 * name) and two it does not.
 */
@RestController
public class OrdersController {

  /**
   * An order.
   *
   * @param id its id
   * @param items what it holds
   */
  public record Order(String id, List<String> items) {}

  /**
   * Places an order.
   *
   * @param order the order
   * @return the new order
   */
  @PostMapping("/orders")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(operationId = "post-orders")
  public Order createOrder(@RequestBody Order order) {
    return new Order("1", order.items());
  }

  /**
   * Returns an order.
   *
   * @param id its id
   * @return the order
   */
  @GetMapping("/orders/{id}")
  public Order getOrder(@PathVariable("id") String id) {
    throw new NotFoundException("no order " + id);
  }

  /**
   * Cancels an order.
   *
   * @param id its id
   * @return the cancelled order
   */
  @DeleteMapping("/orders/{id}")
  public Order cancelOrder(@PathVariable("id") String id) {
    return new Order(id, List.of());
  }

  /**
   * An operation the spec does not name.
   *
   * @return "ok"
   */
  @GetMapping("/health")
  public String health() {
    return "ok";
  }

  /**
   * Another operation the spec does not name, whose operationId only looks like one of its names.
   *
   * @return the orders
   */
  @GetMapping("/orders")
  @Operation(operationId = "createOrder")
  public List<Order> listOrders() {
    return List.of();
  }
}
