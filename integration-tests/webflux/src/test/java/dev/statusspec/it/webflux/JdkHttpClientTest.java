package dev.statusspec.it.webflux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statusspec.it.webflux.app.BadBodiesController;
import dev.statusspec.it.webflux.app.Server;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link FieldApiHttpClient}, the JDK {@code java.net.http} adapter, against the reactive Spring
 * app (Reactor Netty on 127.0.0.1, a free port), over HTTP/1.1 and cleartext HTTP/2 (h2c, which the
 * JDK's client asks for by an upgrade only with {@code Version.HTTP_2}): {@code send}, {@code
 * sendAsync} with {@code orThrow}, {@code HttpClient.send} with {@code orThrow} (the generated
 * exception as the cause of the JDK's {@code IOException}), codes the spec lacks, bad bodies and
 * the members of the problem as the built-in JSON reader gives them.
 */
class JdkHttpClientTest {

  private static Server server;

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

  private static HttpClient client(HttpClient.Version version) {
    return HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
  }

  private static HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(server.base() + path))
        .timeout(Duration.ofSeconds(30))
        .build();
  }

  /** The protocol the client speaks to the app, asked with a success response. */
  private static HttpClient.Version negotiated(HttpClient client) throws Exception {
    return FieldApiHttpClient.send(client, get("/status/200"), BodyHandlers.ofString()).version();
  }

  @ParameterizedTest
  @EnumSource(HttpClient.Version.class)
  void eachVersionSpeaksItsProtocolToTheApp(HttpClient.Version version) throws Exception {
    HttpClient client = client(version);
    assertThat(negotiated(client)).isEqualTo(version);
    HttpResponse<String> response =
        FieldApiHttpClient.send(client, get("/status/201"), BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).contains("201");
  }

  @ParameterizedTest
  @EnumSource(HttpClient.Version.class)
  void sendThrowsTheGeneratedExceptionOfEveryErrorStatus(HttpClient.Version version)
      throws Exception {
    HttpClient client = client(version);
    for (FieldApiStatus status : FieldApiStatus.values()) {
      String path =
          "/status/"
              + status.code()
              + "?message=m%20"
              + status.code()
              + status.errorCode().map(c -> "&errorCode=" + c).orElse("");
      if (!status.isError()) {
        HttpResponse<String> ok =
            FieldApiHttpClient.send(client, get(path), BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(status.code());
        continue;
      }
      Throwable e =
          catchThrowable(() -> FieldApiHttpClient.send(client, get(path), BodyHandlers.ofString()));
      assertThat(e)
          .as("%s over %s", status, version)
          .isExactlyInstanceOf(status.toException("x").getClass())
          .hasMessage("m " + status.code());
      FieldApiException generated = (FieldApiException) e;
      assertThat(generated.status()).isEqualTo(status);
      assertThat(generated.problem())
          .containsEntry("status", status.code())
          .containsEntry("title", status.reasonPhrase())
          .containsEntry("instance", "/status/" + status.code())
          .containsEntry("type", status.problemType().toString());
    }
  }

  @ParameterizedTest
  @EnumSource(HttpClient.Version.class)
  void orThrowHandsTheGeneratedExceptionToTheJdksSendAndSendAsync(HttpClient.Version version)
      throws Exception {
    HttpClient client = client(version);
    HttpRequest suspended = get("/status/409?errorCode=tenant_suspended&message=suspended%21");

    IOException wrapped =
        (IOException)
            catchThrowable(
                () -> client.send(suspended, FieldApiHttpClient.orThrow(BodyHandlers.ofString())));
    assertThat(wrapped.getCause())
        .isExactlyInstanceOf(TenantSuspendedException.class)
        .hasMessage("suspended!");

    CompletableFuture<HttpResponse<String>> future =
        client.sendAsync(suspended, FieldApiHttpClient.orThrow(BodyHandlers.ofString()));
    Throwable failed = future.handle((response, error) -> error).get(30, TimeUnit.SECONDS);
    assertThat(failed).isInstanceOf(CompletionException.class);
    assertThat(failed.getCause())
        .isExactlyInstanceOf(TenantSuspendedException.class)
        .hasMessage("suspended!");
    assertThat(((FieldApiException) failed.getCause()).problem())
        .containsEntry("errorCode", "tenant_suspended");

    // A success through sendAsync: the wrapped handler's body.
    HttpResponse<String> ok =
        client
            .sendAsync(get("/status/200"), FieldApiHttpClient.orThrow(BodyHandlers.ofString()))
            .get(30, TimeUnit.SECONDS);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("200");
  }

  @ParameterizedTest
  @EnumSource(HttpClient.Version.class)
  void aCodeTheSpecLacksIsReturnedAsItIs(HttpClient.Version version) throws Exception {
    HttpClient client = client(version);
    HttpResponse<String> teapot =
        FieldApiHttpClient.send(client, get("/status/418"), BodyHandlers.ofString());
    assertThat(teapot.statusCode()).isEqualTo(418);
    assertThat(teapot.body()).contains("418");
    HttpResponse<String> async =
        client
            .sendAsync(
                get("/bad/html?code=502"), FieldApiHttpClient.orThrow(BodyHandlers.ofString()))
            .get(30, TimeUnit.SECONDS);
    assertThat(async.statusCode()).isEqualTo(502);
    assertThat(async.body()).contains("<h1>502 Bad Gateway</h1>");
  }

  @ParameterizedTest
  @EnumSource(HttpClient.Version.class)
  void badBodiesEndInTheExceptionOfTheCodesStatus(HttpClient.Version version) throws Exception {
    HttpClient client = client(version);
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
            "deep-object",
            "members",
            "trailing")) {
      Throwable e =
          catchThrowable(
              () -> FieldApiHttpClient.send(client, get("/bad/" + kind), BodyHandlers.ofString()));
      assertThat(e).as("%s over %s", kind, version).isExactlyInstanceOf(ConflictException.class);
    }
    for (String kind : List.of("html", "empty", "truncated", "huge", "deep", "deep-object")) {
      Throwable e =
          catchThrowable(
              () -> FieldApiHttpClient.send(client, get("/bad/" + kind), BodyHandlers.ofString()));
      assertThat(((FieldApiException) e).problem()).as(kind).isEmpty();
    }
    assertThat(
            catchThrowable(
                () ->
                    FieldApiHttpClient.send(
                        client, get("/bad/unknown-type"), BodyHandlers.ofString())))
        .hasMessage("new type");
    assertThat(
            catchThrowable(
                () ->
                    FieldApiHttpClient.send(client, get("/bad/hostile"), BodyHandlers.ofString())))
        .hasMessage(BadBodiesController.HOSTILE_DETAIL);
    assertThat(
            catchThrowable(
                () ->
                    FieldApiHttpClient.send(
                        client, get("/bad/html?code=503"), BodyHandlers.ofString())))
        .isExactlyInstanceOf(ServiceUnavailableException.class)
        .hasMessage("Service Unavailable");
    // A huge body is cut at the bound, whatever the protocol does with the rest: again and again.
    for (int i = 0; i < 5; i++) {
      assertThat(
              catchThrowable(
                  () -> FieldApiHttpClient.send(client, get("/bad/huge"), BodyHandlers.ofString())))
          .as("huge #%d over %s", i, version)
          .isExactlyInstanceOf(ConflictException.class);
      Throwable async =
          client
              .sendAsync(get("/bad/huge"), FieldApiHttpClient.orThrow(BodyHandlers.ofString()))
              .handle((response, error) -> error)
              .get(30, TimeUnit.SECONDS);
      assertThat(async.getCause())
          .as("huge async #%d", i)
          .isExactlyInstanceOf(ConflictException.class);
    }
    // The connection survives a huge body that was cut: the next call works.
    assertThat(negotiated(client)).isEqualTo(version);
  }

  @ParameterizedTest
  @EnumSource(HttpClient.Version.class)
  void theProblemsMembersHaveTheDocumentedTypes(HttpClient.Version version) {
    Throwable e =
        catchThrowable(
            () ->
                FieldApiHttpClient.send(
                    client(version), get("/bad/members"), BodyHandlers.ofString()));
    assertThat(e).isExactlyInstanceOf(ConflictException.class).hasMessage("members!");
    Map<String, Object> problem = ((FieldApiException) e).problem();
    assertThat(problem)
        .containsEntry("int", -7)
        .containsEntry("long", 12345678901L)
        .containsEntry("huge", new BigDecimal("123456789012345678901234567890"))
        .containsEntry("double", 1500.0)
        .containsEntry("true", true)
        .containsEntry("false", false)
        .containsEntry("null", null)
        .containsEntry("object", Map.of("a", List.of(1, "b", Map.of())))
        .containsEntry("array", List.of());
    assertThat(problem.keySet())
        .containsExactly(
            "errorCode",
            "detail",
            "int",
            "long",
            "huge",
            "double",
            "true",
            "false",
            "null",
            "object",
            "array");
  }

  @ParameterizedTest
  @EnumSource(HttpClient.Version.class)
  void extensionMembersAndRetryAfterFromTheServer(HttpClient.Version version) {
    Throwable e =
        catchThrowable(
            () -> FieldApiHttpClient.send(client(version), get("/busy"), BodyHandlers.ofString()));
    assertThat(e).isExactlyInstanceOf(ServiceUnavailableException.class).hasMessage("busy");
    assertThat(((FieldApiException) e).retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(((FieldApiException) e).problem()).containsEntry("shard", 7);
  }

  @ParameterizedTest
  @EnumSource(HttpClient.Version.class)
  void theRetryAfterHeaderIsOnTheException(HttpClient.Version version) {
    HttpClient client = client(version);
    Throwable e =
        catchThrowable(
            () ->
                FieldApiHttpClient.send(
                    client, get("/bad/html?code=503&retryAfter=120"), BodyHandlers.ofString()));
    assertThat(e).isExactlyInstanceOf(ServiceUnavailableException.class);
    assertThat(((FieldApiException) e).retryAfter()).contains(Duration.ofSeconds(120));
    Throwable none =
        catchThrowable(
            () ->
                FieldApiHttpClient.send(
                    client, get("/bad/html?code=503"), BodyHandlers.ofString()));
    assertThat(((FieldApiException) none).retryAfter()).isEmpty();
  }
}
