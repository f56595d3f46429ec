package com.example;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Spring adapter of {@link FieldApi}: any {@link FieldApiException} a controller throws becomes its status with an {@code application/problem+json} body (RFC 9457): {@code type}, {@code title}, {@code status}, {@code detail} (the message), {@code instance} (the request path) and the errorCode member, nothing else of the exception. Bring it in with component scanning of this package or {@code @Import(FieldApiControllerAdvice.class)}.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
@RestControllerAdvice
public class FieldApiControllerAdvice {
  /**
   * Creates the advice; Spring does, for its context.
   */
  public FieldApiControllerAdvice() {
  }

  /**
   * Answers {@code e} with its status and a problem-details body.
   *
   * @param e the exception a controller threw
   * @param request the request, whose path becomes {@code instance}
   * @return the response
   */
  @ExceptionHandler(FieldApiException.class)
  public ResponseEntity<ProblemDetail> handle(FieldApiException e, ServerHttpRequest request) {
    Map<String, Object> body = FieldApiProblems.toBody(e, request.getPath().value());
    ProblemDetail problem = ProblemDetail.forStatus(e.code());
    for (Map.Entry<String, Object> member : body.entrySet()) {
      String name = member.getKey();
      Object value = member.getValue();
      if (name.equals("type")) {
        problem.setType(e.status().problemType());
      } else if (name.equals("title")) {
        problem.setTitle((String) value);
      } else if (name.equals("detail")) {
        problem.setDetail((String) value);
      } else if (name.equals("instance")) {
        problem.setInstance(instance((String) value));
      } else if (!name.equals("status")) {
        problem.setProperty(name, value);
      }
    }
    return ResponseEntity.status(e.code()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /**
   * The request path as a URI reference.
   *
   * @param path the path as the request has it
   * @return the URI, or null when the path is not a URI reference
   */
  private static URI instance(String path) {
    try {
      return new URI(path);
    } catch (URISyntaxException ignored) {
      return null;
    }
  }
}
