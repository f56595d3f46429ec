package dev.statusspec.it.micronaut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statusspec.it.micronaut.app.FieldsClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated Micronaut beans in a real Micronaut 4.10 app on Netty at 127.0.0.1 (a port the OS
 * picks): {@link FieldApiMicronautExceptionHandler} answers every error status of the spec with
 * problem details, read raw with the JDK's HTTP client; {@link FieldApiMicronautClientFilter}
 * gives a declarative {@code @Client} the generated exceptions. Neither is registered anywhere:
 * micronaut-inject-java defined them. Surefire runs this class twice, on the classes compiled with
 * statusspec's processor before micronaut-inject-java and on those compiled after it.
 */
class MicronautAdapterTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static EmbeddedServer server;
  private static FieldsClient fields;
  private static JsonMapper json;

  @BeforeAll
  static void start() {
    server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of("micronaut.server.host", "127.0.0.1", "micronaut.server.port", -1));
    fields = server.getApplicationContext().getBean(FieldsClient.class);
    json = server.getApplicationContext().getBean(JsonMapper.class);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.getApplicationContext().close();
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(server.getURI().resolve(path)));
  }

  private static Map<String, Object> members(String body) throws Exception {
    return json.readValue(body, Argument.mapOf(String.class, Object.class));
  }

  /** A detail no escaping should trip on: quotes, newlines, controls, non-BMP; 10 KB. */
  static final String HOSTILE = hostile();

  private static String hostile() {
    String piece =
        "\"quoted\" back\\slash </script><script>alert(1)</script> \u0001\u001f\u007f"
            + " \t\r\n \u2028\u2029 \uD83D\uDE00\uD834\uDD1E ${x} %s {0} é ";
    StringBuilder text = new StringBuilder();
    while (text.length() < 10_000) {
      text.append(piece);
    }
    return text.toString();
  }

  @Test
  void beansAreDefinedByMicronautItself() {
    ApplicationContext context = server.getApplicationContext();
    assertThat(context.getBeansOfType(FieldApiMicronautExceptionHandler.class)).hasSize(1);
    assertThat(context.getBeansOfType(FieldApiMicronautClientFilter.class)).hasSize(1);
    assertThat(server.getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void everyErrorStatusIsAnsweredWithItsProblemDetails() throws Exception {
    for (FieldApiStatus status : FieldApiStatus.values()) {
      String errorCode = status.errorCode().orElse("");
      HttpResponse<String> response =
          get("/status/" + status.code() + "?errorCode=" + errorCode + "&message=m-" + status);
      assertThat(response.statusCode()).as("%s", status).isEqualTo(status.code());
      if (!status.isError()) {
        assertThat(response.body()).isEqualTo(String.valueOf(status.code()));
        continue;
      }
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      Map<String, Object> body = members(response.body());
      List<String> expected =
          status.errorCode().isPresent()
              ? List.of("type", "title", "status", "detail", "instance", "errorCode")
              : List.of("type", "title", "status", "detail", "instance");
      assertThat(body.keySet()).as("%s", status).containsExactlyElementsOf(expected);
      assertThat(body)
          .containsEntry("type", status.problemType().toString())
          .containsEntry("title", status.reasonPhrase())
          .containsEntry("status", status.code())
          .containsEntry("detail", "m-" + status)
          .containsEntry("instance", "/status/" + status.code());
      status.errorCode().ifPresent(c -> assertThat(body).containsEntry("errorCode", c));
    }
    assertThat(members(get("/status/409?errorCode=tenant_suspended").body()))
        .containsEntry("type", "https://api.fieldapi.example/problems/suspended")
        .doesNotContainKey("detail");
  }

  @Test
  void noClassNameStackTraceOrCauseLeaks() throws Exception {
    HttpResponse<String> response = get("/cause");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(members(response.body()).keySet())
        .containsExactly("type", "title", "status", "detail", "instance");
    assertThat(response.body())
        .contains("the database is down")
        .doesNotContain("SECRET-CAUSE", "hunter2", "IllegalState", "Exception", "\tat ", "java.");
  }

  @Test
  void aHostileDetailRoundTripsThroughServerAndClient() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(server.getURI().resolve("/echo"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(HOSTILE, StandardCharsets.UTF_8)));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(members(response.body())).containsEntry("detail", HOSTILE);
    assertThat(response.body()).doesNotContain("<", ">", "&");

    Throwable e = catchThrowable(() -> fields.echo(HOSTILE));
    assertThat(e).isExactlyInstanceOf(BadRequestException.class);
    assertThat(e.getMessage()).isEqualTo(HOSTILE);
  }

  @Test
  void theDeclarativeClientGetsTheGeneratedExceptions() {
    Throwable suspended =
        catchThrowable(() -> fields.status(409, "tenant_suspended", "suspended!"));
    assertThat(suspended)
        .isExactlyInstanceOf(TenantSuspendedException.class)
        .hasMessage("suspended!");
    FieldApiException e = (FieldApiException) suspended;
    assertThat(e.status()).isEqualTo(FieldApiStatus.TENANT_SUSPENDED);
    assertThat(e.problem())
        .containsEntry("errorCode", "tenant_suspended")
        .containsEntry("instance", "/status/409")
        .containsEntry("status", 409);

    assertThat(catchThrowable(() -> fields.status(409, "conflict", "dup")))
        .isExactlyInstanceOf(ConflictException.class)
        .hasMessage("dup");
    for (FieldApiStatus status : FieldApiStatus.values()) {
      if (status.isError()) {
        Throwable t =
            catchThrowable(() -> fields.status(status.code(), status.errorCode().orElse(null), null));
        assertThat(t).as("%s", status).isInstanceOf(FieldApiException.class);
        assertThat(((FieldApiException) t).status()).isEqualTo(status);
        assertThat(t).hasMessage(status.reasonPhrase());
      }
    }
    assertThat(fields.status(201, null, null)).isEqualTo("201");
  }

  @Test
  void extensionMembersAndRetryAfterTravel() throws Exception {
    HttpResponse<String> response = get("/busy");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
    assertThat(response.body())
        .isEqualTo(
            "{\"type\":\"https://api.fieldapi.example/problems/service-unavailable\","
                + "\"title\":\"Service Unavailable\",\"status\":503,"
                + "\"detail\":\"exports are queued\",\"instance\":\"/busy\","
                + "\"queue\":\"exports\",\"position\":7,\"ratio\":0.5,\"urgent\":true,"
                + "\"note\":null}");

    Throwable e = catchThrowable(() -> fields.busy());
    assertThat(e).isExactlyInstanceOf(ServiceUnavailableException.class);
    FieldApiException busy = (FieldApiException) e;
    assertThat(busy.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(busy.problem())
        .containsEntry("queue", "exports")
        .containsEntry("position", 7)
        .containsEntry("ratio", 0.5)
        .containsEntry("urgent", true)
        .containsEntry("note", null);
    assertThat(((FieldApiException) catchThrowable(() -> fields.status(503, null, null))).retryAfter())
        .isEmpty();
  }

  @Test
  void anUnknownCodeKeepsMicronautsOwnException() {
    Throwable e = catchThrowable(() -> fields.status(418, null, null));
    assertThat(e).isExactlyInstanceOf(HttpClientResponseException.class);
    assertThat(((HttpClientResponseException) e).code()).isEqualTo(418);
  }

  @Test
  void bodiesThatAreNotProblemsEndInTheExceptionOfTheCodesStatus() {
    for (String kind : List.of("html", "empty", "truncated", "wrong-types", "array", "huge")) {
      Throwable e = catchThrowable(() -> fields.bad(kind, null));
      assertThat(e).as(kind).isExactlyInstanceOf(ConflictException.class);
      assertThat(e).as(kind).hasMessage("Conflict");
    }
    assertThat(catchThrowable(() -> fields.bad("unknown-type", null)))
        .isExactlyInstanceOf(ConflictException.class)
        .hasMessage("new type");
    assertThat(catchThrowable(() -> fields.bad("html", 503)))
        .isExactlyInstanceOf(ServiceUnavailableException.class);
    assertThat(catchThrowable(() -> fields.bad("html", 418)))
        .isExactlyInstanceOf(HttpClientResponseException.class);
  }

  @Test
  void aBodyAboveMicronautsLimitGetsMicronautsOwnError() {
    Throwable e = catchThrowable(() -> fields.bad("over-limit", null));
    assertThat(e).isInstanceOf(HttpClientException.class).isNotInstanceOf(FieldApiException.class);
  }
}
