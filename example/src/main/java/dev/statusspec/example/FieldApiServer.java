package dev.statusspec.example;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Field API as a Spring Boot service on 127.0.0.1, answering with whatever status a request
 * asks for. Its controller throws the generated exceptions; the generated {@code
 * FieldApiControllerAdvice}, found by component scanning of this package, turns each into its
 * status with an {@code application/problem+json} body (type, title, status, detail, instance and
 * errorCode). Codes the spec does not have are sent as they are, as a newer version of the API
 * would.
 *
 * <p>It serves its OpenAPI document at {@code /v3/api-docs} and Swagger UI at {@code
 * /swagger-ui.html} (springdoc); the generated {@code FieldApiOpenApiCustomizer} gives the spec's
 * operations there exactly their error responses.
 *
 * <ul>
 *   <li>{@code POST /fields}, {@code GET /fields/<name>}, {@code DELETE /fields/<name>}: the spec's
 *       createField, getField and deleteField, on fields kept in memory
 *   <li>{@code /status/<code>[?errorCode=<token>]}: always that status
 *   <li>{@code /flaky/<name>?failures=<n>}: 503 for the first n requests of that name, then 200
 *   <li>{@code /secure}: 401 unless the request carries {@code Bearer fresh-token}, then 200
 * </ul>
 */
@SpringBootApplication
@RestController
public class FieldApiServer {

  /** The token {@code /secure} accepts. */
  public static final String FRESH_TOKEN = "fresh-token";

  private final Map<String, AtomicInteger> flakyCalls = new ConcurrentHashMap<>();

  private final Map<String, Map<String, Object>> fields = new ConcurrentHashMap<>();

  /**
   * Runs the service on a free port of the loopback address.
   *
   * @return the running service, to close when done
   */
  public static Running start() {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(FieldApiServer.class)
            .properties(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN",
                // Serving /v3/api-docs and Swagger UI is the point here: springdoc's advice to
                // turn them off in production (a WARN at every start) is not for this service.
                "logging.level.org.springdoc.core.events.SpringDocAppInitializer=ERROR")
            .run();
    return new Running(context);
  }

  /**
   * Runs the service until stopped, on port 8080 unless {@code --server.port=...} says otherwise.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(FieldApiServer.class, args);
  }

  /**
   * Answers with {@code code}; an error status of the spec is thrown as its generated exception.
   *
   * @param code the code to answer with
   * @param errorCode the errorCode that picks among statuses sharing the code
   * @return the answer of a code that is not an error of the spec
   */
  /**
   * Creates a field: the spec's {@code createField}.
   *
   * @param field the field, with at least its {@code name}
   * @return the field
   */
  @PostMapping("/fields")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> createField(@RequestBody Map<String, Object> field) {
    if (!(field.get("name") instanceof String name) || name.isBlank()) {
      throw new BadRequestException("a field needs a name");
    }
    if (fields.putIfAbsent(name, new LinkedHashMap<>(field)) != null) {
      throw new ConflictException("a field named " + name + " exists already");
    }
    return field;
  }

  /**
   * Returns a field: the spec's {@code getField}.
   *
   * @param name its name
   * @return the field
   */
  @GetMapping("/fields/{name}")
  public Map<String, Object> getField(@PathVariable("name") String name) {
    Map<String, Object> field = fields.get(name);
    if (field == null) {
      throw new NotFoundException("no field named " + name);
    }
    return field;
  }

  /**
   * Deletes a field: the spec's {@code deleteField}.
   *
   * @param name its name
   * @return the deleted field
   */
  @DeleteMapping("/fields/{name}")
  public Map<String, Object> deleteField(@PathVariable("name") String name) {
    Map<String, Object> field = fields.remove(name);
    if (field == null) {
      throw new NotFoundException("no field named " + name);
    }
    return field;
  }

  @GetMapping("/status/{code}")
  public ResponseEntity<Map<String, Object>> status(
      @PathVariable("code") int code,
      @RequestParam(name = "errorCode", required = false) String errorCode) {
    FieldApiStatus.resolve(code, errorCode)
        .filter(FieldApiStatus::isError)
        .ifPresent(
            status -> {
              throw status.toException("request failed with " + code);
            });
    return ResponseEntity.status(code).body(Map.of("ok", code < 400));
  }

  /**
   * 503 for the first {@code failures} requests of {@code name}, then 200.
   *
   * @param name the name that counts requests
   * @param failures how many requests fail
   * @return the success
   */
  @GetMapping("/flaky/{name}")
  public Map<String, Object> flaky(
      @PathVariable("name") String name, @RequestParam("failures") int failures) {
    int call = flakyCalls.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    if (call <= failures) {
      throw new ServiceUnavailableException("request failed with 503");
    }
    return Map.of("ok", true);
  }

  /**
   * 401 unless the request carries the fresh token.
   *
   * @param authorization the Authorization header
   * @return the success
   */
  @GetMapping("/secure")
  public Map<String, Object> secure(
      @RequestHeader(name = "Authorization", required = false) String authorization) {
    if (!("Bearer " + FRESH_TOKEN).equals(authorization)) {
      throw new UnauthorizedException("request failed with 401");
    }
    return Map.of("ok", true);
  }

  /** The running service. */
  public static final class Running implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Running(ConfigurableApplicationContext context) {
      this.context = context;
    }

    /**
     * The base address clients call.
     *
     * @return e.g. {@code http://127.0.0.1:41234/}
     */
    public URI baseUri() {
      return URI.create(
          "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/");
    }

    @Override
    public void close() {
      context.close();
    }
  }
}
