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
}
