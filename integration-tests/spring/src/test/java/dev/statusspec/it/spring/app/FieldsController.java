package dev.statusspec.it.spring.app;

import dev.statusspec.it.spring.BadRequestException;
import dev.statusspec.it.spring.FieldApiStatus;
import dev.statusspec.it.spring.InternalServerErrorException;
import java.nio.charset.StandardCharsets;
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
}
