package dev.statusspec.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example client against the real local server, over HTTP on the loopback address. */
class FieldApiClientTest {

  private static FieldApiServer.Running server;
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private FieldApiClient client;

  @BeforeAll
  static void start() throws Exception {
    server = FieldApiServer.start();
  }

  @BeforeEach
  void newClient() {
    client =
        new FieldApiClient(
            server.baseUri(),
            () -> {
              tokensIssued.incrementAndGet();
              return FieldApiServer.FRESH_TOKEN;
            },
            3,
            Duration.ofMillis(1));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @CsvSource({
    "status/201, The field was created.",
    "status/409?errorCode=conflict, A field with this name exists already.",
    "status/409?errorCode=tenant_suspended, Your account is suspended; contact support.",
    "status/503, The service is busy; try again in a minute.",
    // Statuses of the spec that createField does not return, and a code the spec lacks.
    "status/404, Unexpected answer 404 from the Field API.",
    "status/200, Unexpected answer 200 from the Field API.",
    "status/418, Unexpected answer 418 from the Field API.",
  })
  void createFieldAnswersOnlyTheStatusesOfItsOperation(String path, String message)
      throws Exception {
    assertThat(client.createField(path, new FieldCreation())).isEqualTo(message);
  }

  @Test
  void theErrorsOfCreateFieldImplementItsErrorType() {
    assertThatThrownBy(() -> client.get("status/409?errorCode=tenant_suspended"))
        .isInstanceOf(FieldApiCreateFieldError.class)
        .isNotInstanceOf(FieldApiGetFieldError.class)
        .satisfies(
            e ->
                assertThat(((FieldApiCreateFieldError) e).status())
                    .isSameAs(FieldApiStatus.TENANT_SUSPENDED));
    assertThatThrownBy(() -> client.get("status/404"))
        .isInstanceOf(FieldApiGetFieldError.class)
        .isInstanceOf(FieldApiDeleteFieldError.class)
        .isNotInstanceOf(FieldApiCreateFieldError.class);
  }

  @Test
  void successesReturnTheirStatus() throws Exception {
    assertThat(client.get("status/200")).isSameAs(FieldApiStatus.OK);
    assertThat(client.get("status/201")).isSameAs(FieldApiStatus.CREATED);
  }

  @ParameterizedTest
  @CsvSource({
    "status/400, BadRequestException, BAD_REQUEST",
    "status/402, PaymentRequiredException, PAYMENT_REQUIRED",
    "status/403, ForbiddenException, FORBIDDEN",
    "status/404, NotFoundException, NOT_FOUND",
    "status/409?errorCode=conflict, ConflictException, CONFLICT",
    "status/409?errorCode=tenant_suspended, TenantSuspendedException, TENANT_SUSPENDED",
    "status/409, ConflictException, CONFLICT",
    "status/409?errorCode=from_a_newer_server, ConflictException, CONFLICT",
    "status/500, InternalServerErrorException, INTERNAL_SERVER_ERROR",
  })
  void errorsThrowTheExceptionOfTheirStatus(String path, String exception, String status) {
    assertThatThrownBy(() -> client.get(path))
        .isInstanceOf(FieldApiException.class)
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo(exception))
        .satisfies(
            e ->
                assertThat(((FieldApiException) e).status())
                    .isSameAs(FieldApiStatus.valueOf(status)))
        .hasMessageContaining("request failed with");
  }

  @Test
  void clientAndServerErrorsHaveTheirOwnRoots() {
    assertThatThrownBy(() -> client.get("status/404")).isInstanceOf(FieldApiClientException.class);
    assertThatThrownBy(() -> client.get("status/500")).isInstanceOf(FieldApiServerException.class);
  }

  @Test
  void retryableStatusIsRetriedUntilItSucceeds() throws Exception {
    FieldApiClient.Exchange exchange = client.exchange("flaky/retried?failures=2");

    assertThat(exchange.attempts()).isEqualTo(3);
    assertThat(exchange.status()).contains(FieldApiStatus.OK);
    assertThat(exchange.failure()).isEmpty();
  }

  @Test
  void retryGivesUpAfterTheLastAttempt() {
    assertThatThrownBy(() -> client.get("flaky/exhausted?failures=5"))
        .isInstanceOf(ServiceUnavailableException.class)
        .satisfies(e -> assertThat(((FieldApiException) e).status().isRetryable()).isTrue());
  }

  @Test
  void unauthorizedRenewsCredentialsOnceThenSucceeds() throws Exception {
    FieldApiClient.Exchange exchange = client.exchange("secure");

    assertThat(exchange.status()).contains(FieldApiStatus.OK);
    assertThat(exchange.attempts()).isEqualTo(2);
    assertThat(tokensIssued).hasValue(1);
  }

  @Test
  void unauthorizedTwiceIsReported() {
    assertThatThrownBy(() -> client.get("status/401")).isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void codesTheSpecDoesNotHaveNeverCrashTheClient() throws Exception {
    FieldApiClient.Exchange teapot = client.exchange("status/418");
    FieldApiClient.Exchange newServerError = client.exchange("status/599");

    assertThat(teapot.status()).isEmpty();
    assertThat(teapot.action()).isEqualTo(Action.REPORT);
    assertThat(newServerError.action()).isEqualTo(Action.RETRY);
    assertThat(newServerError.attempts()).isEqualTo(3);
    assertThatThrownBy(() -> client.get("status/418"))
        .isInstanceOf(UnexpectedStatusException.class)
        .hasMessageStartingWith("418");
  }

  @Test
  void userMessagesCoverEveryError() {
    UserMessages messages = new UserMessages();
    for (FieldApiStatus status : FieldApiStatus.values()) {
      if (status.isError()) {
        assertThat(status.toException("x").accept(messages)).isNotBlank();
      }
    }
  }

  @Test
  void defaultMethodsOfTheInterfaceAreOnEveryStatus() {
    assertThat(FieldApiStatus.TENANT_SUSPENDED.label()).isEqualTo("409 Tenant Suspended");
    FieldApi api = FieldApiStatus.NOT_FOUND;
    assertThat(api.code()).isEqualTo(404);
  }

  @Test
  void demoSaysWhatWasGeneratedFromWhichSpec() {
    assertThat(Demo.class.getClassLoader().getResource(Demo.SPEC)).isNotNull();
    assertThat(Demo.generated())
        .startsWith("Spec " + Demo.SPEC + " (11 statuses, 3 operations) -> generated by javac:")
        .contains("9 exceptions under FieldApiException")
        .contains("FieldApiControllerAdvice (server)");
  }

  @Test
  void demoShowsOneProblemAsItCameOverTheWire() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.wire(server.baseUri(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .hasSize(4)
        .contains("  HTTP/1.1 409", "  Content-Type: application/problem+json")
        .last()
        .asString()
        .contains("\"title\":\"Tenant Suspended\"")
        .contains("\"errorCode\":\"tenant_suspended\"");
  }

  @Test
  void demoPrintsOneRowPerRequest() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(client, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);

    assertThat(table.lines()).hasSize(Demo.REQUESTS.size() + 2);
    assertThat(table)
        .contains("TenantSuspendedException")
        .contains("(not in the spec)")
        .contains("409 Tenant Suspended");
  }
}
