package dev.statusspec.it.spring.app;

import dev.statusspec.it.spring.BadRequestException;
import dev.statusspec.it.spring.FieldApiStatus;
import dev.statusspec.it.spring.InternalServerErrorException;
import dev.statusspec.it.spring.ServiceUnavailableException;
import dev.statusspec.it.spring.TenantSuspendedException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Endpoints that answer with any status, the generated exceptions doing the error ones. */
@RestController
public class FieldsController {

  /**
   * Answers with {@code code}: an error status of the spec is thrown as its generated exception,
   * other codes are answered as they are.
   *
   * @param code the code to answer with
   * @param errorCode the errorCode, to pick among statuses sharing the code
   * @param message the exception's message
   * @return the answer of a code that is no error of the spec
   */
  @GetMapping("/status/{code}")
  public ResponseEntity<Map<String, Object>> status(
      @PathVariable("code") int code,
      @RequestParam(name = "errorCode", required = false) String errorCode,
      @RequestParam(name = "message", required = false) String message) {
    Optional<FieldApiStatus> status = FieldApiStatus.resolve(code, errorCode);
    if (status.isPresent() && status.get().isError()) {
      throw status.get().toException(message);
    }
    return ResponseEntity.status(code).body(Map.of("code", code));
  }

  /**
   * Throws a 400 whose message is the request body, exactly.
   *
   * @param message the message
   * @return never
   */
  @PostMapping(path = "/echo", consumes = MediaType.TEXT_PLAIN_VALUE)
  public String echo(@RequestBody byte[] message) {
    throw new BadRequestException(new String(message, StandardCharsets.UTF_8));
  }

  /**
   * Throws a 500 with a cause whose text must not leak.
   *
   * @return never
   */
  @GetMapping("/cause")
  public String cause() {
    throw new InternalServerErrorException(
        "the database is down",
        new IllegalStateException("SECRET-CAUSE jdbc:postgresql://db.internal/prod"));
  }

  /** A text no escaping should trip on, as a member's value. */
  public static final String HOSTILE_MEMBER =
      "\"quoted\" back\\slash </script> \u0000\u2028 \uD83D\uDE00";

  /**
   * Throws a 409 Tenant Suspended with extension members of every kind and a time to wait of 1.5
   * seconds (a {@code Retry-After} of 2).
   *
   * @return never
   */
  @GetMapping("/members")
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

  /**
   * Throws a 503 whose client should wait {@code seconds}.
   *
   * @param seconds the time to wait
   * @return never
   */
  @GetMapping("/retry")
  public String retry(@RequestParam("seconds") long seconds) {
    throw new ServiceUnavailableException("busy").retryAfter(Duration.ofSeconds(seconds));
  }

  /**
   * Fails the way Spring does for an exception that is not the spec's: Spring Boot's own error JSON
   * ({@code timestamp}, {@code status}, {@code error}, {@code path}), not a problem.
   *
   * @param code the status code
   * @return never
   */
  @GetMapping("/spring-error")
  public String springError(@RequestParam(name = "code", defaultValue = "409") int code) {
    throw new ResponseStatusException(HttpStatus.valueOf(code), "not the spec's");
  }
}
