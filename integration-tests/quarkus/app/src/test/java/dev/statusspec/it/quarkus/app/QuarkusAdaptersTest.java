package dev.statusspec.it.quarkus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statusspec.it.quarkus.api.BadRequestException;
import dev.statusspec.it.quarkus.api.ConflictException;
import dev.statusspec.it.quarkus.api.FieldApiException;
import dev.statusspec.it.quarkus.api.FieldApiStatus;
import dev.statusspec.it.quarkus.api.FieldsClient;
import dev.statusspec.it.quarkus.api.ServiceUnavailableException;
import dev.statusspec.it.quarkus.api.TenantSuspendedException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta REST and MicroProfile adapters in a real Quarkus 3.33 app (Quarkus REST on 127.0.0.1,
 * a port the OS picks) where they live in the API library the app depends on, with nothing
 * configured for them: {@code FieldApiExceptionMapper} answers every error status with problem
 * details, read raw with the JDK's HTTP client; {@code FieldApiResponseExceptionMapper} gives the
 * library's REST client, injected by Quarkus, the generated exceptions.
 */
@QuarkusTest
class QuarkusAdaptersTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A detail no escaping should trip on: quotes, newlines, controls, non-BMP; 10 KB. */
  static final String HOSTILE = hostile();

  @TestHTTPResource("/")
  URI base;

  @Inject @RestClient FieldsClient fields;

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

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(base.resolve(path)));
  }

  private static Map<String, Object> members(String body) throws Exception {
    return JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
  }

  @Test
  void theServerRunsOnLoopback() {
    assertThat(base.getHost()).isEqualTo("127.0.0.1");
    assertThat(base.getPort()).isNotEqualTo(8080).isNotEqualTo(8081);
  }

  @Test
  void everyErrorStatusIsAnsweredWithItsProblemDetails() throws Exception {
    for (FieldApiStatus status : FieldApiStatus.values()) {
      String errorCode = status.errorCode().orElse("");
      HttpResponse<String> response =
          get("status/" + status.code() + "?errorCode=" + errorCode + "&message=m-" + status);
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
    assertThat(members(get("status/409?errorCode=tenant_suspended").body()))
        .containsEntry("type", "https://api.fieldapi.example/problems/suspended")
        .doesNotContainKey("detail");
  }

  @Test
  void noClassNameStackTraceOrCauseLeaks() throws Exception {
    HttpResponse<String> response = get("cause");
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
            HttpRequest.newBuilder(base.resolve("echo"))
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
  void theRestClientGetsTheGeneratedExceptions() {
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
            catchThrowable(
                () -> fields.status(status.code(), status.errorCode().orElse(null), null));
        assertThat(t).as("%s", status).isInstanceOf(FieldApiException.class);
        assertThat(((FieldApiException) t).status()).isEqualTo(status);
        assertThat(t).hasMessage(status.reasonPhrase());
      }
    }
    assertThat(fields.status(201, null, null)).isEqualTo("201");
  }

  @Test
  void extensionMembersAndRetryAfterTravel() throws Exception {
    HttpResponse<String> response = get("busy");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
    assertThat(members(response.body()))
        .containsEntry("queue", "exports")
        .containsEntry("position", 7)
        .containsEntry("urgent", true);

    Throwable e = catchThrowable(() -> fields.busy());
    assertThat(e).isExactlyInstanceOf(ServiceUnavailableException.class);
    FieldApiException busy = (FieldApiException) e;
    assertThat(busy.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(busy.problem()).containsEntry("queue", "exports").containsEntry("position", 7);
  }

  @Test
  void anUnknownCodeKeepsTheClientsOwnException() {
    Throwable e = catchThrowable(() -> fields.status(418, null, null));
    assertThat(e).isInstanceOf(WebApplicationException.class).isNotInstanceOf(FieldApiException.class);
    assertThat(((WebApplicationException) e).getResponse().getStatus()).isEqualTo(418);
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
        .isInstanceOf(WebApplicationException.class)
        .isNotInstanceOf(FieldApiException.class);
  }
}
