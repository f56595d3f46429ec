package com.example;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Spring adapter of {@link Shop}: any {@link ShopException} a controller throws becomes its status with an {@code application/problem+json} body (RFC 9457): {@code type}, {@code title}, {@code status}, {@code detail} (the message), {@code instance} (the request path), the errorCode member and the exception's extension members ({@code withMember}), and its {@code retryAfter} as the {@code Retry-After} header; nothing else of the exception. Bring it in with component scanning of this package or {@code @Import(ShopControllerAdvice.class)}.
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
@RestControllerAdvice
public class ShopControllerAdvice {
  /**
   * Creates the advice; Spring does, for its context.
   */
  public ShopControllerAdvice() {
  }

  /**
   * Answers {@code e} with its status, a problem-details body whose last members are the exception's extension members, and the {@code Retry-After} header when the exception has a time to wait.
   *
   * @param e the exception a controller threw
   * @param request the request, whose path becomes {@code instance}
   * @return the response
   */
  @ExceptionHandler(ShopException.class)
  public ResponseEntity<ProblemDetail> handle(ShopException e, HttpServletRequest request) {
    Map<String, Object> body = ShopProblems.toBody(e, request.getRequestURI());
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
    ResponseEntity.BodyBuilder response = ResponseEntity.status(e.code()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    String retryAfter = ShopProblems.retryAfterHeader(e);
    if (retryAfter != null) {
      response.header(ShopProblems.RETRY_AFTER, retryAfter);
    }
    return response.body(problem);
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
