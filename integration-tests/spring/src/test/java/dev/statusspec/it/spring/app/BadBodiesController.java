package dev.statusspec.it.spring.app;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Error responses whose bodies are not what the generated code sends, for the client's tests. */
@RestController
public class BadBodiesController {

  /** A detail no body should break on: quotes, backslashes, markup, controls, non-BMP, 100 KB. */
  public static final String HOSTILE_DETAIL =
      "\"quoted\" \\back\\slash </script><script>alert(1)</script> \u0000\u0001\u001f\u007f"
          + " \u2028 \uD83D\uDE00 "
          + "x".repeat(100_000);

  /**
   * Answers {@code code} with the body {@code kind} names.
   *
   * @param kind html, empty, truncated, huge, wrong-types, unknown-type, unknown-error-code,
   *     hostile, array, deep
   * @param code the status code to answer with
   * @return the response
   */
  @GetMapping("/bad/{kind}")
  public ResponseEntity<byte[]> bad(
      @PathVariable("kind") String kind,
      @RequestParam(name = "code", defaultValue = "409") int code) {
    String body =
        switch (kind) {
          case "html" -> "<html><body><h1>502 Bad Gateway</h1></body></html>";
          case "empty" -> "";
          case "truncated" ->
              "{\"type\":\"https://api.fieldapi.example/problems/suspended\",\"detail\":\"cut";
          case "huge" -> huge();
          case "wrong-types" ->
              "{\"type\":42,\"title\":[\"x\"],\"status\":\"409\",\"detail\":{\"a\":1},"
                  + "\"errorCode\":true}";
          case "unknown-type" ->
              "{\"type\":\"https://api.fieldapi.example/problems/brand-new\","
                  + "\"detail\":\"new type\"}";
          case "unknown-error-code" -> "{\"errorCode\":\"brand_new\",\"detail\":\"new code\"}";
          case "hostile" ->
              "{\"errorCode\":\"tenant_suspended\",\"detail\":" + json(HOSTILE_DETAIL) + "}";
          case "array" -> "[1,2,3]";
          case "deep" -> "[".repeat(60_000);
          default -> throw new IllegalArgumentException(kind);
        };
    MediaType type = kind.equals("html") ? MediaType.TEXT_HTML : MediaType.APPLICATION_PROBLEM_JSON;
    return ResponseEntity.status(code)
        .contentType(type)
        .body(body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A 503 problem whose {@code Retry-After} is an HTTP-date an hour from now.
   *
   * @return the response
   */
  @GetMapping("/retry-date")
  public ResponseEntity<byte[]> retryDate() {
    String inAnHour =
        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusHours(1));
    return ResponseEntity.status(503)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header("Retry-After", inAnHour)
        .body("{\"detail\":\"later\"}".getBytes(StandardCharsets.UTF_8));
  }

  /** 10 MB of valid JSON: a problem whose detail is huge. */
  private static String huge() {
    return "{\"errorCode\":\"tenant_suspended\",\"detail\":\"" + "y".repeat(10_000_000) + "\"}";
  }

  /** {@code text} as a JSON string, escaped by hand only here, in the test's server. */
  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
