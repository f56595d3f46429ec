package dev.statusspec.it.spring.load;

import dev.statusspec.it.load.HostileDetails;
import dev.statusspec.it.spring.FieldApiStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one endpoint of the load runs: request {@code n} throws the generated exception of the status
 * of {@code code} and {@code errorCode} with the hostile detail of {@code n}; whichever advice the
 * app has answers it.
 */
@RestController
public class LoadController {

  /**
   * Throws the status's exception.
   *
   * @param code the status code
   * @param n the request's number, whose detail the exception carries
   * @param errorCode the errorCode, for statuses sharing a code
   * @return never
   */
  @GetMapping("/load/{code}/{n}")
  public String load(
      @PathVariable("code") int code,
      @PathVariable("n") long n,
      @RequestParam(name = "errorCode", required = false) String errorCode) {
    throw FieldApiStatus.resolve(code, errorCode).orElseThrow().toException(HostileDetails.of(n));
  }
}
