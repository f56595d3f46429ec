package dev.statusspec.it.webflux.app;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Error responses whose bodies are not what the generated code sends, for the clients' tests. */
@RestController
public class BadBodiesController {

  /** A detail no body should break on: quotes, backslashes, markup, controls, non-BMP, 10 KB. */
  public static final String HOSTILE_DETAIL =
      "\"quoted\" \\back\\slash </script><script>alert(1)</script> \u0000\u0001\u001f\u007f"
          + " \u2028 \uD83D\uDE00 \n\r\t"
          + "x".repeat(10_000);

  /** Nested deeper than any client reads (the built-in reader stops at 64). */
  private static final String DEEP_OBJECT =
      "{\"errorCode\":\"conflict\",\"detail\":\"deep\",\"o\":"
          + "{\"a\":".repeat(100)
          + "1"
          + "}".repeat(100)
          + "}";

  /**
   * Answers {@code code} with the body {@code kind} names.
   *
   * @param kind html, empty, truncated, huge, wrong-types, unknown-type, unknown-error-code,
   *     hostile, array, deep, deep-object, members, trailing
   * @param code the status code to answer with
   * @param retryAfter the {@code Retry-After} header to send, if any
   * @return the response
   */
  @GetMapping("/bad/{kind}")
  public Mono<ResponseEntity<byte[]>> bad(
      @PathVariable("kind") String kind,
      @RequestParam(name = "code", defaultValue = "409") int code,
      @RequestParam(name = "retryAfter", required = false) String retryAfter) {
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
          case "hostile" -> "{\"errorCode\":\"conflict\",\"detail\":" + json(HOSTILE_DETAIL) + "}";
          case "array" -> "[1,2,3]";
          case "deep" -> "[".repeat(60_000);
          case "deep-object" -> DEEP_OBJECT;
          case "members" ->
              "{ \"errorCode\" : \"conflict\", \"detail\":\"members\\u0021\", \"int\": -7,"
                  + " \"long\": 12345678901, \"huge\": 123456789012345678901234567890,"
                  + " \"double\": 1.5e3, \"true\": true, \"false\": false, \"null\": null,"
                  + " \"object\": {\"a\": [1, \"b\", {}]}, \"array\": [] }";
          case "trailing" -> "{\"errorCode\":\"conflict\",\"detail\":\"x\"} {}";
          default -> throw new IllegalArgumentException(kind);
        };
    MediaType type = kind.equals("html") ? MediaType.TEXT_HTML : MediaType.APPLICATION_PROBLEM_JSON;
    ResponseEntity.BodyBuilder response = ResponseEntity.status(code).contentType(type);
    if (retryAfter != null) {
      response.header("Retry-After", retryAfter);
    }
    return Mono.just(response.body(body.getBytes(StandardCharsets.UTF_8)));
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
