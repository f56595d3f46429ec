package dev.statusspec.it.spring.load;

import dev.statusspec.it.spring.FieldApiException;
import dev.statusspec.it.spring.FieldApiStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What a careful user writes without statusspec's advice: an {@code @ExceptionHandler} building the
 * same {@link ProblemDetail} (type, title, status, detail, instance, errorCode), the yardstick of
 * the generated {@code FieldApiControllerAdvice} under load.
 */
@RestControllerAdvice
public class HandWrittenAdvice {

  /**
   * Answers {@code e} with its status and a problem body.
   *
   * @param e the exception a controller threw
   * @param request the request, whose path becomes {@code instance}
   * @return the response
   */
  @ExceptionHandler(FieldApiException.class)
  public ResponseEntity<ProblemDetail> handle(FieldApiException e, HttpServletRequest request) {
    FieldApiStatus status = e.status();
    ProblemDetail problem = ProblemDetail.forStatus(e.code());
    problem.setType(status.problemType());
    problem.setTitle(status.reasonPhrase());
    problem.setDetail(e.getMessage());
    problem.setInstance(URI.create(request.getRequestURI()));
    status.errorCode().ifPresent(errorCode -> problem.setProperty("errorCode", errorCode));
    return ResponseEntity.status(e.code())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
