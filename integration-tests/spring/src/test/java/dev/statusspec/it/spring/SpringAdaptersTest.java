package dev.statusspec.it.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statusspec.it.spring.app.BadBodiesController;
import dev.statusspec.it.spring.app.FieldsController;
import dev.statusspec.it.spring.app.TestApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * The generated Spring adapters against the real framework: a Spring Boot app on 127.0.0.1 (a free
 * port) whose controllers throw the generated exceptions, read raw with the JDK's HTTP client and
 * through {@code RestClient} and {@code RestTemplate} with {@link FieldApiResponseErrorHandler}.
 * One app for the whole class, a bounded number of requests.
 */
class SpringAdaptersTest {

  private static ConfigurableApplicationContext context;
  private static String base;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    context =
        new SpringApplicationBuilder(TestApplication.class)
            .properties(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN")
            .run();
    base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
  }

  /** The two clients a Spring app has, each with the generated handler. */
  private static List<Function<String, String>> clients() {
    RestClient restClient =
        RestClient.builder()
            .baseUrl(base)
            .defaultStatusHandler(new FieldApiResponseErrorHandler())
            .build();
    RestTemplate restTemplate = new RestTemplate();
    restTemplate.setErrorHandler(new FieldApiResponseErrorHandler());
    return List.of(
        path -> restClient.get().uri(URI.create(base + path)).retrieve().body(String.class),
        path -> restTemplate.getForObject(URI.create(base + path), String.class));
  }

  private static HttpResponse<String> raw(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, Object> json(String body) {
    return JsonParserFactory.getJsonParser().parseMap(body);
  }

  @Test
  void theAdviceAnswersWithProblemDetailsAndExactlyTheirMembers() throws Exception {
    HttpResponse<String> response =
        raw("/status/409?errorCode=tenant_suspended&message=tenant%207%20is%20suspended");
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    Map<String, Object> body = json(response.body());
    assertThat(body)
        .containsOnlyKeys("type", "title", "status", "detail", "instance", "errorCode")
        .containsEntry("type", "https://api.fieldapi.example/problems/suspended")
        .containsEntry("title", "Tenant Suspended")
        .containsEntry("status", 409)
        .containsEntry("detail", "tenant 7 is suspended")
        .containsEntry("instance", "/status/409")
        .containsEntry("errorCode", "tenant_suspended");

    Map<String, Object> notFound = json(raw("/status/404?message=no%20field").body());
    assertThat(notFound)
        .containsOnlyKeys("type", "title", "status", "detail", "instance")
        .containsEntry("type", "https://api.fieldapi.example/problems/not-found")
        .containsEntry("title", "Not Found")
        .containsEntry("status", 404);

    Map<String, Object> noMessage = json(raw("/status/503").body());
    assertThat(noMessage).containsOnlyKeys("type", "title", "status", "instance");
  }

  @Test
  void noClassNameStackTraceOrCauseLeaks() throws Exception {
    HttpResponse<String> response = raw("/cause");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(json(response.body()))
        .containsOnlyKeys("type", "title", "status", "detail", "instance")
        .containsEntry("detail", "the database is down");
    assertThat(response.body())
        .doesNotContain(
            "SECRET-CAUSE", "jdbc", "IllegalState", "Exception", "dev.statusspec", "\tat ");
  }

  @Test
  void clientsGetTheGeneratedExceptionsBack() {
    for (Function<String, String> client : clients()) {
      Throwable suspended =
          catchThrowable(
              () -> client.apply("/status/409?errorCode=tenant_suspended&message=suspended%21"));
      assertThat(suspended).isInstanceOf(TenantSuspendedException.class).hasMessage("suspended!");
      FieldApiException e = (FieldApiException) suspended;
      assertThat(e.status()).isEqualTo(FieldApiStatus.TENANT_SUSPENDED);
      assertThat(e.problem())
          .containsEntry("errorCode", "tenant_suspended")
          .containsEntry("instance", "/status/409")
          .containsEntry("status", 409);

      Throwable conflict =
          catchThrowable(() -> client.apply("/status/409?errorCode=conflict&message=dup"));
      assertThat(conflict).isInstanceOf(ConflictException.class).hasMessage("dup");
      assertThat(((FieldApiException) conflict).status()).isEqualTo(FieldApiStatus.CONFLICT);

      assertThat(catchThrowable(() -> client.apply("/status/503")))
          .isInstanceOf(ServiceUnavailableException.class)
          .hasMessage("Service Unavailable");
      assertThat(catchThrowable(() -> client.apply("/status/401?message=who")))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessage("who");

      // A code the spec lacks: Spring's own exception. A 2xx: no error.
      assertThat(catchThrowable(() -> client.apply("/status/418")))
          .isInstanceOf(HttpClientErrorException.class)
          .isNotInstanceOf(FieldApiException.class);
      assertThat(client.apply("/status/200")).contains("200");
      assertThat(client.apply("/status/201")).contains("201");
    }
  }

  @Test
  void badBodiesEndInTheExceptionOfTheCodesStatus() {
    for (Function<String, String> client : clients()) {
      for (String kind :
          List.of(
              "html",
              "empty",
              "truncated",
              "huge",
              "wrong-types",
              "unknown-type",
              "unknown-error-code",
              "hostile",
              "array",
              "deep")) {
        Throwable e = catchThrowable(() -> client.apply("/bad/" + kind));
        assertThat(e).as(kind).isExactlyInstanceOf(ConflictException.class);
      }
      assertThat(catchThrowable(() -> client.apply("/bad/unknown-type"))).hasMessage("new type");
      assertThat(catchThrowable(() -> client.apply("/bad/html"))).hasMessage("Conflict");
      Throwable wrong = catchThrowable(() -> client.apply("/bad/wrong-types"));
      assertThat(wrong).hasMessage("Conflict");
      assertThat(((FieldApiException) wrong).problem()).containsKeys("type", "detail");
      // Other codes: the generated exception of that code, or Spring's for one the spec lacks.
      assertThat(catchThrowable(() -> client.apply("/bad/html?code=503")))
          .isExactlyInstanceOf(ServiceUnavailableException.class);
      assertThat(catchThrowable(() -> client.apply("/bad/huge?code=418")))
          .isInstanceOf(HttpClientErrorException.class);
    }
  }

  @Test
  void hostileDetailsUnderTheBoundAreDecodedExactly() {
    RestClient restClient =
        RestClient.builder()
            .baseUrl(base)
            .defaultStatusHandler(new FieldApiResponseErrorHandler())
            .build();
    String hostile = BadBodiesController.HOSTILE_DETAIL.substring(0, 200);
    Throwable e =
        catchThrowable(
            () ->
                restClient
                    .post()
                    .uri("/echo")
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(hostile.getBytes(StandardCharsets.UTF_8))
                    .retrieve()
                    .body(String.class));
    assertThat(e).isExactlyInstanceOf(BadRequestException.class);
    assertThat(e.getMessage()).isEqualTo(hostile);
  }

  @Test
  void anyMessageRoundTripsExactly() throws Exception {
    long seed = Long.getLong("statusspec.seed", System.nanoTime());
    System.out.println("SpringAdaptersTest seed: " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    RestClient restClient =
        RestClient.builder()
            .baseUrl(base)
            .defaultStatusHandler(new FieldApiResponseErrorHandler())
            .build();
    for (int i = 0; i < 40; i++) {
      StringBuilder text = new StringBuilder();
      // At least one character: an empty request body reaches the controller as no body at all.
      int length = 1 + random.nextInt(i < 35 ? 60 : 20_000);
      while (text.length() < length) {
        int c =
            switch (random.nextInt(5)) {
              case 0 -> random.nextInt(0x20);
              case 1 -> "\"\\/<>&'{}[]".charAt(random.nextInt(11));
              case 2 -> 0x1F600 + random.nextInt(80);
              case 3 -> 0x80 + random.nextInt(0xD000);
              default -> 0x20 + random.nextInt(0x5F);
            };
        text.appendCodePoint(c);
      }
      String message = text.toString();
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/echo"))
                  .header("Content-Type", "text/plain; charset=UTF-8")
                  .POST(HttpRequest.BodyPublishers.ofString(message, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response.body()).get("detail")).as("seed %d", seed).isEqualTo(message);
      if (i % 8 == 0) {
        Throwable e =
            catchThrowable(
                () ->
                    restClient
                        .post()
                        .uri("/echo")
                        .contentType(MediaType.TEXT_PLAIN)
                        .body(message.getBytes(StandardCharsets.UTF_8))
                        .retrieve()
                        .body(String.class));
        assertThat(e).isExactlyInstanceOf(BadRequestException.class);
        assertThat(e.getMessage()).as("seed %d", seed).isEqualTo(message);
      }
    }
  }

  @Test
  void theAdaptersAreGenerated() throws Exception {
    assertThat(Class.forName("dev.statusspec.it.spring.FieldApiProblems")).isNotNull();
    assertThat(FieldApiControllerAdvice.class).isNotNull();
    assertThat(FieldApiResponseErrorHandler.class.getInterfaces())
        .contains(org.springframework.web.client.ResponseErrorHandler.class);
  }

  @Test
  void extensionMembersFollowTheStatussMembersAndRetryAfterIsAHeader() throws Exception {
    HttpResponse<String> response = raw("/members");
    assertThat(response.statusCode()).isEqualTo(409);
    // 1.5 seconds, rounded up to whole seconds; never a member of the body.
    assertThat(response.headers().allValues("Retry-After")).containsExactly("2");
    Map<String, Object> body = json(response.body());
    // Spring orders RFC 9457's members itself (Jackson 3 alphabetically); its properties follow,
    // the errorCode member first, then the extension members in the order they were added.
    List<String> names = new ArrayList<>(body.keySet());
    assertThat(names.subList(0, 5))
        .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance");
    assertThat(names.subList(5, names.size()))
        .containsExactly(
            "errorCode",
            "decline_code",
            "attempt",
            "ratio",
            "balance",
            "huge",
            "final",
            "none",
            "hostile");
    assertThat(body)
        .containsEntry("errorCode", "tenant_suspended")
        .containsEntry("decline_code", "insufficient_funds")
        .containsEntry("attempt", 3)
        .containsEntry("ratio", 0.25)
        .containsEntry("final", true)
        .containsEntry("none", null)
        .containsEntry("hostile", FieldsController.HOSTILE_MEMBER);
    assertThat(response.body())
        .contains("\"balance\":-12.50", "\"huge\":9223372036854775807")
        .doesNotContain("retryAfter", "Retry");
    // No time to wait, no header.
    assertThat(raw("/status/503").headers().firstValue("Retry-After")).isEmpty();
    assertThat(raw("/retry?seconds=0").headers().allValues("Retry-After")).containsExactly("0");
  }

  @Test
  void clientsGetTheMembersInProblemAndTheTimeToWait() {
    for (Function<String, String> client : clients()) {
      Throwable thrown = catchThrowable(() -> client.apply("/members"));
      assertThat(thrown)
          .isExactlyInstanceOf(TenantSuspendedException.class)
          .hasMessage("card declined");
      FieldApiException e = (FieldApiException) thrown;
      assertThat(e.problem())
          .containsEntry("decline_code", "insufficient_funds")
          .containsEntry("attempt", 3)
          .containsEntry("ratio", 0.25)
          .containsEntry("final", true)
          .containsEntry("none", null)
          .containsEntry("hostile", FieldsController.HOSTILE_MEMBER)
          .containsKeys("balance", "huge");
      assertThat(e.members()).isEmpty();
      assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(2));

      assertThat(exception(client, "/retry?seconds=120").retryAfter())
          .hasValue(Duration.ofSeconds(120));
      assertThat(exception(client, "/status/503").retryAfter()).isEmpty();
      // An HTTP-date: the time from now until then.
      FieldApiException dated = exception(client, "/retry-date");
      assertThat(dated).isExactlyInstanceOf(ServiceUnavailableException.class).hasMessage("later");
      assertThat(dated.retryAfter().orElseThrow())
          .isBetween(Duration.ofMinutes(58), Duration.ofHours(1));
    }
  }

  /**
   * What a client exception holds when the response is not a problem (docs/guide/problem-details.md
   * "When the response is not a problem"): the exception of the code's status, its message the
   * reason phrase; {@code problem()} the members of a JSON object, else empty.
   */
  @Test
  void responsesThatAreNotProblemsGiveTheExceptionOfTheCodesStatus() throws Exception {
    // What Spring Boot itself answers for an exception that is not the spec's.
    HttpResponse<String> raw = raw("/spring-error?code=409");
    assertThat(raw.statusCode()).isEqualTo(409);
    assertThat(raw.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    for (Function<String, String> client : clients()) {
      FieldApiException spring = exception(client, "/spring-error?code=409");
      assertThat(spring).isExactlyInstanceOf(ConflictException.class).hasMessage("Conflict");
      assertThat(spring.problem())
          .containsOnlyKeys("timestamp", "status", "error", "path")
          .containsEntry("status", 409)
          .containsEntry("error", "Conflict")
          .containsEntry("path", "/spring-error");
      assertThat(exception(client, "/spring-error?code=503"))
          .isExactlyInstanceOf(ServiceUnavailableException.class)
          .hasMessage("Service Unavailable");

      FieldApiException html = exception(client, "/bad/html");
      assertThat(html).isExactlyInstanceOf(ConflictException.class).hasMessage("Conflict");
      assertThat(html.problem()).isEmpty();
      assertThat(html.retryAfter()).isEmpty();

      FieldApiException empty = exception(client, "/bad/empty");
      assertThat(empty).isExactlyInstanceOf(ConflictException.class).hasMessage("Conflict");
      assertThat(empty.problem()).isEmpty();
    }
  }

  private static FieldApiException exception(Function<String, String> client, String path) {
    Throwable thrown = catchThrowable(() -> client.apply(path));
    assertThat(thrown).as(path).isInstanceOf(FieldApiException.class);
    return (FieldApiException) thrown;
  }
}
