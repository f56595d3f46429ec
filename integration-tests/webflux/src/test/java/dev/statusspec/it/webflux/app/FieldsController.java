package dev.statusspec.it.webflux.app;

import dev.statusspec.it.webflux.BadRequestException;
import dev.statusspec.it.webflux.FieldApiException;
import dev.statusspec.it.webflux.FieldApiStatus;
import dev.statusspec.it.webflux.InternalServerErrorException;
import dev.statusspec.it.webflux.ServiceUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Reactive endpoints that answer with any status, the generated exceptions doing the error ones:
 * thrown by the handler method itself, or signalled by the {@code Mono} it returns.
 */
@RestController
public class FieldsController {

  /**
   * Answers with {@code code}: an error status of the spec is its generated exception, other codes
   * are answered as they are.
   *
   * @param code the code to answer with
   * @param errorCode the errorCode, to pick among statuses sharing the code
   * @param message the exception's message
   * @param mono whether the exception is signalled by the returned {@code Mono} instead of thrown
   * @return the answer of a code that is no error of the spec
   */
  @GetMapping("/status/{code}")
  public Mono<ResponseEntity<Map<String, Object>>> status(
      @PathVariable("code") int code,
      @RequestParam(name = "errorCode", required = false) String errorCode,
      @RequestParam(name = "message", required = false) String message,
      @RequestParam(name = "mono", defaultValue = "false") boolean mono) {
    Optional<FieldApiStatus> status = FieldApiStatus.resolve(code, errorCode);
    if (status.isPresent() && status.get().isError()) {
      FieldApiException e = status.get().toException(message);
      if (mono) {
        return Mono.error(e);
      }
      throw e;
    }
    return Mono.just(ResponseEntity.status(code).body(Map.of("code", code)));
  }

  /**
   * Signals a 400 whose message is the request body, exactly.
   *
   * @param message the message
   * @return never a value
   */
  @PostMapping(path = "/echo", consumes = MediaType.TEXT_PLAIN_VALUE)
  public Mono<String> echo(@RequestBody byte[] message) {
    return Mono.error(new BadRequestException(new String(message, StandardCharsets.UTF_8)));
  }

  /**
   * Signals a 503 with an extension member and a time to wait.
   *
   * @return never a value
   */
  @GetMapping("/busy")
  public Mono<String> busy() {
    return Mono.error(
        new ServiceUnavailableException("busy")
            .withMember("shard", 7)
            .retryAfter(Duration.ofSeconds(30)));
  }

  /**
   * Throws a 500 with a cause whose text must not leak.
   *
   * @return never
   */
  @GetMapping("/cause")
  public Mono<String> cause() {
    throw new InternalServerErrorException(
        "the database is down",
        new IllegalStateException("SECRET-CAUSE jdbc:postgresql://db.internal/prod"));
  }
}
