package dev.statusspec.it.jakarta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statusspec.it.jakarta.app.BadBodiesResource;
import dev.statusspec.it.jakarta.app.FieldsResource;
import dev.statusspec.it.jakarta.app.TestServer;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.FeignException;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.RetryableException;
import feign.Retryer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@link FieldApiErrorDecoder} on a real Feign client calling Jersey on 127.0.0.1:
 * the generated exceptions come back, a 503 is retried by Feign's {@code Retryer} (the server
 * counts the requests), bad bodies end in the exception of the code's status.
 */
class FeignAdapterTest {

  /** The resources, as a Feign client sees them. */
  interface Fields {
    @RequestLine("GET /status/{code}?errorCode={errorCode}&message={message}")
    String status(
        @Param("code") int code,
        @Param("errorCode") String errorCode,
        @Param("message") String message);

    @RequestLine("GET /bad/{kind}?code={code}")
    String bad(@Param("kind") String kind, @Param("code") Integer code);

    @RequestLine("POST /echo")
    @Headers("Content-Type: text/plain; charset=UTF-8")
    String echo(String message);

    @RequestLine("GET /flaky")
    String flaky();

    @RequestLine("GET /members")
    String members();

    @RequestLine("GET /retry?seconds={seconds}")
    String retry(@Param("seconds") long seconds);

    @RequestLine("GET /jersey-error?code={code}")
    String jerseyError(@Param("code") int code);
  }

  private static TestServer server;
  private static Fields fields;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    fields = client(Retryer.NEVER_RETRY, ExceptionPropagationPolicy.NONE);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Fields client(Retryer retryer, ExceptionPropagationPolicy policy) {
    return Feign.builder()
        .errorDecoder(new FieldApiErrorDecoder())
        .retryer(retryer)
        .exceptionPropagationPolicy(policy)
        .target(Fields.class, server.base());
  }

  @Test
  void theClientGetsTheGeneratedExceptionsBack() {
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
        .containsEntry("type", "https://api.fieldapi.example/problems/suspended")
        .containsKey("status");

    Throwable conflict = catchThrowable(() -> fields.status(409, "conflict", "dup"));
    assertThat(conflict).isExactlyInstanceOf(ConflictException.class).hasMessage("dup");
    assertThat(((FieldApiException) conflict).status()).isEqualTo(FieldApiStatus.CONFLICT);

    assertThat(catchThrowable(() -> fields.status(401, null, "who")))
        .isExactlyInstanceOf(UnauthorizedException.class)
        .hasMessage("who");
    assertThat(catchThrowable(() -> fields.status(404, null, null)))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage("Not Found");

    // A code the spec lacks: Feign's own exception. A 2xx: no error.
    assertThat(catchThrowable(() -> fields.status(418, null, null)))
        .isInstanceOf(FeignException.class)
        .isNotInstanceOf(RetryableException.class);
    assertThat(fields.status(200, null, null)).isEqualTo("200");
    assertThat(fields.status(201, null, null)).isEqualTo("201");
  }

  @Test
  void aRetryableStatusIsRetriedByFeignsRetryer() {
    Fields retrying = client(new Retryer.Default(1, 1, 3), ExceptionPropagationPolicy.NONE);
    FieldsResource.FLAKY_CALLS.set(0);
    Throwable e = catchThrowable(retrying::flaky);
    assertThat(FieldsResource.FLAKY_CALLS.get()).isEqualTo(3);
    assertThat(e).isInstanceOf(RetryableException.class).hasMessage("try again later");
    assertThat(e.getCause())
        .isExactlyInstanceOf(ServiceUnavailableException.class)
        .hasMessage("try again later");
    assertThat(((RetryableException) e).status()).isEqualTo(503);

    Fields unwrapping = client(new Retryer.Default(1, 1, 2), ExceptionPropagationPolicy.UNWRAP);
    FieldsResource.FLAKY_CALLS.set(0);
    assertThat(catchThrowable(unwrapping::flaky))
        .isExactlyInstanceOf(ServiceUnavailableException.class);
    assertThat(FieldsResource.FLAKY_CALLS.get()).isEqualTo(2);
  }

  @Test
  void badBodiesEndInTheExceptionOfTheCodesStatus() {
    for (String kind : BadBodiesResource.KINDS) {
      Throwable e = catchThrowable(() -> fields.bad(kind, null));
      assertThat(e).as(kind).isExactlyInstanceOf(ConflictException.class);
    }
    assertThat(catchThrowable(() -> fields.bad("unknown-type", null))).hasMessage("new type");
    assertThat(catchThrowable(() -> fields.bad("unknown-error-code", null))).hasMessage("new code");
    assertThat(catchThrowable(() -> fields.bad("html", null))).hasMessage("Conflict");
    assertThat(catchThrowable(() -> fields.bad("hostile", null))).hasMessage("Conflict");
    Throwable wrong = catchThrowable(() -> fields.bad("wrong-types", null));
    assertThat(wrong).hasMessage("Conflict");
    assertThat(((FieldApiException) wrong).problem()).containsKeys("type", "detail");
    // Other codes: the generated exception of that code, or Feign's for one the spec lacks.
    assertThat(catchThrowable(() -> fields.bad("html", 400)))
        .isExactlyInstanceOf(BadRequestException.class);
    assertThat(catchThrowable(() -> fields.bad("huge", 418))).isInstanceOf(FeignException.class);
  }

  @Test
  void hostileDetailsUnderTheBoundAreDecodedExactly() {
    String hostile = BadBodiesResource.HOSTILE_DETAIL.substring(0, 300);
    Throwable e = catchThrowable(() -> fields.echo(hostile));
    assertThat(e).isExactlyInstanceOf(BadRequestException.class);
    assertThat(e.getMessage()).isEqualTo(hostile);
  }

  @Test
  void theClientGetsTheMembersInProblemAndTheTimeToWait() {
    Throwable thrown = catchThrowable(fields::members);
    assertThat(thrown)
        .isExactlyInstanceOf(TenantSuspendedException.class)
        .hasMessage("card declined");
    FieldApiException e = (FieldApiException) thrown;
    assertThat(e.problem())
        .containsEntry("decline_code", "insufficient_funds")
        .containsEntry("attempt", 3)
        .containsEntry("final", true)
        .containsEntry("none", null)
        .containsEntry("hostile", FieldsResource.HOSTILE_MEMBER)
        .containsKeys("ratio", "balance", "huge");
    assertThat(e.members()).isEmpty();
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(2));
    FieldApiException dated =
        (FieldApiException) catchThrowable(() -> fields.bad("retry-date", null)).getCause();
    assertThat(dated).isExactlyInstanceOf(ServiceUnavailableException.class).hasMessage("later");
    assertThat(dated.retryAfter().orElseThrow())
        .isBetween(Duration.ofMinutes(58), Duration.ofHours(1));
  }

  /**
   * A retryable status's {@code RetryableException} carries the response's {@code Retry-After} as
   * its retry time (a {@code Long} of epoch milliseconds on Feign 13, a {@code Date} on Feign 12),
   * none without it; Feign's {@code Retryer.Default} then waits that long before it retries.
   */
  @Test
  void retryableExceptionsRetryWhenTheServerSaid() throws Exception {
    long before = System.currentTimeMillis();
    Throwable thrown = catchThrowable(() -> fields.retry(120));
    long after = System.currentTimeMillis();
    assertThat(thrown).isInstanceOf(RetryableException.class).hasMessage("busy");
    assertThat(((FieldApiException) thrown.getCause()).retryAfter())
        .hasValue(Duration.ofSeconds(120));
    assertThat(retryAt((RetryableException) thrown)).isBetween(before + 120_000, after + 120_000);
    assertThat(retryAt((RetryableException) catchThrowable(() -> fields.status(503, null, null))))
        .isNull();

    // Retry-After: 1 with a Retryer that would otherwise retry after 1 ms.
    Fields retrying = client(new Retryer.Default(1, 5_000, 2), ExceptionPropagationPolicy.NONE);
    FieldsResource.RETRY_CALLS.set(0);
    long start = System.nanoTime();
    assertThat(catchThrowable(() -> retrying.retry(1))).isInstanceOf(RetryableException.class);
    long waitedMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(FieldsResource.RETRY_CALLS.get()).isEqualTo(2);
    assertThat(waitedMillis).isGreaterThanOrEqualTo(900);
  }

  /** The retry time of {@code e} in epoch milliseconds, on Feign 12 ({@code Date}) or 13. */
  private static Long retryAt(RetryableException e) throws Exception {
    Object at = RetryableException.class.getMethod("retryAfter").invoke(e);
    return at == null ? null : at instanceof java.util.Date date ? date.getTime() : (Long) at;
  }

  /**
   * What a client exception holds when the response is not a problem (docs/guide/problem-details.md
   * "When the response is not a problem").
   */
  @Test
  void responsesThatAreNotProblemsGiveTheExceptionOfTheCodesStatus() {
    FieldApiException spring =
        (FieldApiException) catchThrowable(() -> fields.bad("spring-error", null));
    assertThat(spring).isExactlyInstanceOf(ConflictException.class).hasMessage("Conflict");
    assertThat(spring.problem())
        .containsOnlyKeys("timestamp", "status", "error", "path")
        .containsEntry("status", 409)
        .containsEntry("error", "Conflict");
    FieldApiException html = (FieldApiException) catchThrowable(() -> fields.bad("html", null));
    assertThat(html).isExactlyInstanceOf(ConflictException.class).hasMessage("Conflict");
    assertThat(html.problem()).isEmpty();
    FieldApiException empty = (FieldApiException) catchThrowable(() -> fields.bad("empty", null));
    assertThat(empty).isExactlyInstanceOf(ConflictException.class).hasMessage("Conflict");
    assertThat(empty.problem()).isEmpty();
    FieldApiException jersey = (FieldApiException) catchThrowable(() -> fields.jerseyError(409));
    assertThat(jersey).isExactlyInstanceOf(ConflictException.class).hasMessage("Conflict");
    assertThat(jersey.problem()).isEmpty();
  }
}
