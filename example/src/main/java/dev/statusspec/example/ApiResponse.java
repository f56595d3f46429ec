package dev.statusspec.example;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Field API answered: the HTTP code and the JSON body, from which error responses give
 * {@code errorCode} and {@code message}.
 *
 * @param code the HTTP status code
 * @param body the response body
 */
public record ApiResponse(int code, String body) {

  private static final Pattern ERROR_CODE = Pattern.compile("\"errorCode\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"([^\"]*)\"");

  /**
   * The API's error code, which tells apart conditions that share an HTTP code (409).
   *
   * @return the error code, if the body has one
   */
  public Optional<String> errorCode() {
    return field(ERROR_CODE);
  }

  /**
   * The error message of the body.
   *
   * @return the message, or the body itself
   */
  public String message() {
    return field(MESSAGE).orElse(body);
  }

  private Optional<String> field(Pattern pattern) {
    Matcher matcher = pattern.matcher(body);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
