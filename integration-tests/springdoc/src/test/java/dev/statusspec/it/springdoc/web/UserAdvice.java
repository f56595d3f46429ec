package dev.statusspec.it.springdoc.web;

import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The application's own controller advice, whose {@code @ResponseStatus} handlers springdoc lists
 * on every operation: a 429 and a 406 no operation of the spec has, and a 404 with another body
 * than the spec's.
 */
@RestControllerAdvice
public class UserAdvice {

  /** Creates the advice; Spring does. */
  public UserAdvice() {}

  /**
   * Answers an overload.
   *
   * @param e the failure
   * @return its message
   */
  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
  public Map<String, String> invalid(IllegalArgumentException e) {
    return Map.of("message", String.valueOf(e.getMessage()));
  }

  /**
   * Answers what cannot be represented.
   *
   * @param e the failure
   * @return its message
   */
  @ExceptionHandler(UnsupportedOperationException.class)
  @ResponseStatus(HttpStatus.NOT_ACCEPTABLE)
  public String teapot(UnsupportedOperationException e) {
    return "teapot";
  }

  /**
   * Answers a missing element.
   *
   * @param e the failure
   * @return its message
   */
  @ExceptionHandler(NoSuchElementException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public Map<String, String> missing(NoSuchElementException e) {
    return Map.of("missing", String.valueOf(e.getMessage()));
  }
}
