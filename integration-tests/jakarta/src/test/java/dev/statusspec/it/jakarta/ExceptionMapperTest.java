package dev.statusspec.it.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.it.jakarta.app.FieldsResource;
import dev.statusspec.it.jakarta.app.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@link FieldApiExceptionMapper} on Jersey serving real HTTP on 127.0.0.1 (a free
 * port), read raw with the JDK's HTTP client and parsed with JSON-P: the status, the content type
 * and exactly the members docs/guide/problem-details.md lists; any message round-trips; nothing
 * else of the exception leaks.
 */
class ExceptionMapperTest {

  private static TestServer server;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> echo(String message) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.base() + "/echo"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "text/plain; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(message, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void theMapperAnswersWithProblemDetailsAndExactlyTheirMembers() throws Exception {
    HttpResponse<String> response =
        get("/status/409?errorCode=tenant_suspended&message=tenant%207%20is%20suspended");
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject body = json(response.body());
    assertThat(body.keySet())
        .containsExactly("type", "title", "status", "detail", "instance", "errorCode");
    assertThat(body.getString("type")).isEqualTo("https://api.fieldapi.example/problems/suspended");
    assertThat(body.getString("title")).isEqualTo("Tenant Suspended");
    assertThat(body.getInt("status")).isEqualTo(409);
    assertThat(body.getString("detail")).isEqualTo("tenant 7 is suspended");
    assertThat(body.getString("instance")).isEqualTo("/status/409");
    assertThat(body.getString("errorCode")).isEqualTo("tenant_suspended");

    JsonObject conflict = json(get("/status/409?errorCode=conflict&message=dup").body());
    assertThat(conflict.getString("type"))
        .isEqualTo("https://api.fieldapi.example/problems/conflict");
    assertThat(conflict.getString("errorCode")).isEqualTo("conflict");

    JsonObject notFound = json(get("/status/404?message=no%20field").body());
    assertThat(notFound.keySet()).containsExactly("type", "title", "status", "detail", "instance");
    assertThat(notFound.getString("type"))
        .isEqualTo("https://api.fieldapi.example/problems/not-found");
    assertThat(notFound.getString("title")).isEqualTo("Not Found");

    // No message: no detail.
    assertThat(json(get("/status/503").body()).keySet())
        .containsExactly("type", "title", "status", "instance");
    // The path as sent, not decoded.
    assertThat(json(get("/status/%34%30%34").body()).getString("instance"))
        .isEqualTo("/status/%34%30%34");
  }

  @Test
  void noClassNameStackTraceOrCauseLeaks() throws Exception {
    HttpResponse<String> response = get("/cause");
    assertThat(response.statusCode()).isEqualTo(500);
    JsonObject body = json(response.body());
    assertThat(body.keySet()).containsExactly("type", "title", "status", "detail", "instance");
    assertThat(body.getString("detail")).isEqualTo("the database is down");
    assertThat(response.body())
        .doesNotContain(
            "SECRET-CAUSE",
            "jdbc",
            "hunter2",
            "IllegalState",
            "Exception",
            "dev.statusspec",
            "\tat ",
            "java.");
  }

  @Test
  void anyMessageRoundTripsExactly() throws Exception {
    long seed = Long.getLong("statusspec.seed", System.nanoTime());
    System.out.println("ExceptionMapperTest seed: " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 30; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(i < 25 ? 60 : 20_000);
      while (text.length() < length) {
        int c =
            switch (random.nextInt(6)) {
              case 0 -> random.nextInt(0x20);
              case 1 -> "\"\\/<>&'{}[]\u2028\u2029\u007f".charAt(random.nextInt(14));
              case 2 -> 0x1F600 + random.nextInt(80);
              case 3 -> 0x80 + random.nextInt(0xD000);
              case 4 -> 0xE000 + random.nextInt(0x1FFF);
              default -> 0x20 + random.nextInt(0x5F);
            };
        text.appendCodePoint(c);
      }
      String message = text.toString();
      HttpResponse<String> response = echo(message);
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response.body()).getString("detail")).as("seed %d", seed).isEqualTo(message);
      // Safe inside an HTML page: no raw <, > or & in the body at all.
      assertThat(response.body()).doesNotContain("<", ">", "&");
    }
  }

  @Test
  void extensionMembersFollowTheStatussMembersAndRetryAfterIsAHeader() throws Exception {
    HttpResponse<String> response = get("/members");
    assertThat(response.statusCode()).isEqualTo(409);
    // 1.5 seconds, rounded up to whole seconds; never a member of the body.
    assertThat(response.headers().allValues("Retry-After")).containsExactly("2");
    JsonObject body = json(response.body());
    assertThat(body.keySet())
        .containsExactly(
            "type",
            "title",
            "status",
            "detail",
            "instance",
            "errorCode",
            "decline_code",
            "attempt",
            "ratio",
            "balance",
            "huge",
            "final",
            "none",
            "hostile");
    assertThat(body.getString("decline_code")).isEqualTo("insufficient_funds");
    assertThat(body.getJsonNumber("attempt").intValueExact()).isEqualTo(3);
    assertThat(body.getJsonNumber("ratio").doubleValue()).isEqualTo(0.25);
    assertThat(body.getJsonNumber("balance").bigDecimalValue())
        .isEqualTo(new java.math.BigDecimal("-12.50"));
    assertThat(body.getJsonNumber("huge").longValueExact()).isEqualTo(Long.MAX_VALUE);
    assertThat(body.get("final")).isEqualTo(JsonValue.TRUE);
    assertThat(body.get("none")).isEqualTo(JsonValue.NULL);
    assertThat(body.getString("hostile")).isEqualTo(FieldsResource.HOSTILE_MEMBER);
    assertThat(response.body()).doesNotContain("<", ">", "&", "retryAfter", "Retry");
    // No time to wait, no header.
    assertThat(get("/status/503").headers().firstValue("Retry-After")).isEmpty();
    assertThat(get("/retry?seconds=0").headers().allValues("Retry-After")).containsExactly("0");
    assertThat(get("/retry?seconds=86400").headers().allValues("Retry-After"))
        .containsExactly("86400");
  }
}
