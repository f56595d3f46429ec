package dev.statusspec.it.webflux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statusspec.it.webflux.app.BadBodiesController;
import dev.statusspec.it.webflux.app.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import reactor.core.publisher.Mono;

/**
 * The generated Spring and WebFlux adapters against a reactive Spring Boot app (WebFlux on Reactor
 * Netty, 127.0.0.1, a free port): {@link FieldApiControllerAdvice} answering from the reactive
 * server, read raw with the JDK's HTTP client; {@link FieldApiExchangeFilter} on {@code WebClient};
 * Spring's HTTP interface clients over {@code WebClient} (with the filter) and over {@code
 * RestClient} (with {@link FieldApiResponseErrorHandler}). One app for the class, a bounded number
 * of requests.
 */
class WebFluxAdaptersTest {

  private static Server server;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** An HTTP interface client of the test app. */
  interface FieldsClient {
    @GetExchange("/status/{code}")
    String status(
        @PathVariable("code") int code,
        @RequestParam(name = "errorCode", required = false) String errorCode,
        @RequestParam(name = "message", required = false) String message);

    @GetExchange("/status/{code}")
    Mono<String> statusMono(
        @PathVariable("code") int code,
        @RequestParam(name = "errorCode", required = false) String errorCode,
        @RequestParam(name = "message", required = false) String message);

    @GetExchange("/busy")
    String busy();

    @GetExchange("/bad/{kind}")
    String bad(
        @PathVariable("kind") String kind,
        @RequestParam(name = "code") int code,
        @RequestParam(name = "retryAfter", required = false) String retryAfter);
  }

  @BeforeAll
  static void start() {
    server = Server.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static WebClient webClient() {
    return WebClient.builder().baseUrl(server.base()).filter(new FieldApiExchangeFilter()).build();
  }

  private static FieldsClient overWebClient() {
    return HttpServiceProxyFactory.builderFor(WebClientAdapter.create(webClient()))
        .build()
        .createClient(FieldsClient.class);
  }

  private static FieldsClient overRestClient() {
    RestClient restClient =
        RestClient.builder()
            .baseUrl(server.base())
            .defaultStatusHandler(new FieldApiResponseErrorHandler())
            .build();
    return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient))
        .build()
        .createClient(FieldsClient.class);
  }

  /** Every client: a path in, the body out, the generated exception thrown. */
  private static Map<String, Function<String, String>> clients() {
    WebClient webClient = webClient();
    FieldsClient overWebClient = overWebClient();
    FieldsClient overRestClient = overRestClient();
    Map<String, Function<String, String>> clients = new LinkedHashMap<>();
    clients.put(
        "WebClient",
        path ->
            webClient
                .get()
                .uri(URI.create(server.base() + path))
                .retrieve()
                .bodyToMono(String.class)
                .block(Duration.ofSeconds(30)));
    clients.put("interface over WebClient", path -> call(overWebClient, path, false));
    clients.put("interface over WebClient, Mono", path -> call(overWebClient, path, true));
    clients.put("interface over RestClient", path -> call(overRestClient, path, false));
    return clients;
  }

  /** Calls {@code /status/CODE?errorCode=E&message=M} or {@code /bad/KIND?code=C} on a client. */
  private static String call(FieldsClient client, String path, boolean mono) {
    URI uri = URI.create(path);
    Map<String, String> query = new LinkedHashMap<>();
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        query.put(kv[0], kv[1]);
      }
    }
    if (uri.getPath().equals("/busy")) {
      return client.busy();
    }
    String[] segments = uri.getPath().split("/");
    if (segments[1].equals("bad")) {
      return client.bad(
          segments[2],
          Integer.parseInt(query.getOrDefault("code", "409")),
          query.get("retryAfter"));
    }
    int code = Integer.parseInt(segments[2]);
    return mono
        ? client
            .statusMono(code, query.get("errorCode"), query.get("message"))
            .block(Duration.ofSeconds(30))
        : client.status(code, query.get("errorCode"), query.get("message"));
  }

  private static HttpResponse<String> raw(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, Object> json(String body) {
    return JsonParserFactory.getJsonParser().parseMap(body);
  }

  @Test
  void everyErrorStatusIsAnsweredWithItsProblemFromTheReactiveServer() throws Exception {
    for (FieldApiStatus status : FieldApiStatus.values()) {
      if (!status.isError()) {
        continue;
      }
      for (boolean mono : new boolean[] {false, true}) {
        String query =
            "?message=m"
                + (mono ? "&mono=true" : "")
                + status.errorCode().map(c -> "&errorCode=" + c).orElse("");
        HttpResponse<String> response = raw("/status/" + status.code() + query);
        assertThat(response.statusCode()).as("%s", status).isEqualTo(status.code());
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        Map<String, Object> body = json(response.body());
        assertThat(body)
            .as("%s mono=%s", status, mono)
            .containsEntry("type", status.problemType().toString())
            .containsEntry("title", status.reasonPhrase())
            .containsEntry("status", status.code())
            .containsEntry("detail", "m")
            .containsEntry("instance", "/status/" + status.code());
        if (status.errorCode().isPresent()) {
          assertThat(body)
              .containsOnlyKeys("type", "title", "status", "detail", "instance", "errorCode")
              .containsEntry("errorCode", status.errorCode().get());
        } else {
          assertThat(body).containsOnlyKeys("type", "title", "status", "detail", "instance");
        }
      }
    }
    assertThat(json(raw("/status/503").body()))
        .containsOnlyKeys("type", "title", "status", "instance");
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
  void everyClientGetsTheGeneratedExceptionOfEveryErrorStatus() {
    clients()
        .forEach(
            (name, client) -> {
              for (FieldApiStatus status : FieldApiStatus.values()) {
                String path =
                    "/status/"
                        + status.code()
                        + "?message=m"
                        + status.errorCode().map(c -> "&errorCode=" + c).orElse("");
                if (!status.isError()) {
                  assertThat(client.apply(path)).as(name).contains("" + status.code());
                  continue;
                }
                Throwable e = catchThrowable(() -> client.apply(path));
                assertThat(e)
                    .as("%s %s", name, status)
                    .isExactlyInstanceOf(status.toException("m").getClass())
                    .hasMessage("m");
                FieldApiException generated = (FieldApiException) e;
                assertThat(generated.status()).isEqualTo(status);
                assertThat(generated.problem())
                    .containsEntry("instance", "/status/" + status.code())
                    .containsEntry("status", status.code());
              }
            });
  }

  @Test
  void aCodeTheSpecLacksIsLeftToTheClientsOwnHandling() {
    Map<String, Function<String, String>> clients = clients();
    for (String name : List.of("WebClient", "interface over WebClient")) {
      assertThat(catchThrowable(() -> clients.get(name).apply("/status/418")))
          .as(name)
          .isInstanceOf(WebClientResponseException.class)
          .isNotInstanceOf(FieldApiException.class);
    }
    assertThat(catchThrowable(() -> clients.get("interface over RestClient").apply("/status/418")))
        .isInstanceOf(HttpClientErrorException.class);
    assertThat(catchThrowable(() -> clients.get("WebClient").apply("/bad/huge?code=418")))
        .isInstanceOf(WebClientResponseException.class);
  }

  @Test
  void badBodiesEndInTheExceptionOfTheCodesStatus() {
    clients()
        .forEach(
            (name, client) -> {
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
                      "deep",
                      "members")) {
                Throwable e = catchThrowable(() -> client.apply("/bad/" + kind + "?code=409"));
                assertThat(e).as("%s %s", name, kind).isExactlyInstanceOf(ConflictException.class);
              }
              assertThat(catchThrowable(() -> client.apply("/bad/html?code=409")))
                  .hasMessage("Conflict");
              assertThat(catchThrowable(() -> client.apply("/bad/huge?code=409")))
                  .hasMessage("Conflict");
              assertThat(catchThrowable(() -> client.apply("/bad/unknown-type?code=409")))
                  .hasMessage("new type");
              assertThat(catchThrowable(() -> client.apply("/bad/hostile?code=409")))
                  .hasMessage(BadBodiesController.HOSTILE_DETAIL);
              assertThat(catchThrowable(() -> client.apply("/bad/html?code=503")))
                  .isExactlyInstanceOf(ServiceUnavailableException.class);
            });
  }

  @Test
  void hostileDetailsRoundTripThroughTheServerAndEveryClient() throws Exception {
    String hostile =
        "\"quotes\" 'single' \\ </script> & \n new line \r\n \t tab \u0001 \u007f \u2028 "
            + "\uD83D\uDE00\uD834\uDD1E non-BMP "
            + "é".repeat(5_000);
    assertThat(hostile.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(10_000);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/echo"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(hostile, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response.body()).get("detail")).isEqualTo(hostile);

    Throwable e =
        catchThrowable(
            () ->
                webClient()
                    .post()
                    .uri("/echo")
                    .contentType(MediaType.TEXT_PLAIN)
                    .bodyValue(hostile.getBytes(StandardCharsets.UTF_8))
                    .retrieve()
                    .bodyToMono(String.class)
                    .block(Duration.ofSeconds(30)));
    assertThat(e).isExactlyInstanceOf(BadRequestException.class);
    assertThat(e.getMessage()).isEqualTo(hostile);
    assertThat(((FieldApiException) e).problem()).containsEntry("instance", "/echo");
  }

  @Test
  void extensionMembersAndRetryAfterTravelFromTheReactiveServerToEveryClient() throws Exception {
    HttpResponse<String> response = raw("/busy");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("30");
    assertThat(json(response.body())).containsEntry("shard", 7).containsEntry("detail", "busy");
    clients()
        .forEach(
            (name, client) -> {
              Throwable e = catchThrowable(() -> client.apply("/busy"));
              assertThat(e).as(name).isExactlyInstanceOf(ServiceUnavailableException.class);
              FieldApiException generated = (FieldApiException) e;
              assertThat(generated.retryAfter()).as(name).contains(Duration.ofSeconds(30));
              assertThat(generated.problem()).as(name).containsEntry("shard", 7);
            });
  }

  @Test
  void theRetryAfterHeaderIsOnTheException() {
    Map<String, Function<String, String>> clients = clients();
    for (String name : List.of("WebClient", "interface over WebClient")) {
      Throwable e =
          catchThrowable(() -> clients.get(name).apply("/bad/members?code=503&retryAfter=7"));
      assertThat(e).as(name).isExactlyInstanceOf(ServiceUnavailableException.class);
      assertThat(((FieldApiException) e).retryAfter()).contains(Duration.ofSeconds(7));
    }
  }

  @Test
  void theAdaptersAreGenerated() throws Exception {
    assertThat(Class.forName("dev.statusspec.it.webflux.FieldApiProblems")).isNotNull();
    assertThat(FieldApiExchangeFilter.class.getInterfaces())
        .contains(org.springframework.web.reactive.function.client.ExchangeFilterFunction.class);
    assertThat(
            FieldApiControllerAdvice.class.getMethod(
                "handle",
                FieldApiException.class,
                org.springframework.http.server.reactive.ServerHttpRequest.class))
        .isNotNull();
  }
}
