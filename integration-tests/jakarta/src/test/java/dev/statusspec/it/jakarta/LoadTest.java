package dev.statusspec.it.jakarta;

import dev.statusspec.it.jakarta.load.HandWrittenMapper;
import dev.statusspec.it.jakarta.load.LoadRequests;
import dev.statusspec.it.jakarta.load.LoadServer;
import dev.statusspec.it.load.Comparison;
import dev.statusspec.it.load.LoadAssertions;
import dev.statusspec.it.load.LoadRun;
import dev.statusspec.it.load.Problem;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Param;
import feign.RequestLine;
import feign.Retryer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@link FieldApiExceptionMapper} and {@link FieldApiErrorDecoder} under concurrent
 * load, on Jersey at 127.0.0.1: every error response exactly the contract's body with its own
 * request's hostile detail and path, every exception Feign decodes of the right class and message.
 * By default a short run (2,000 requests over 16 connections, per variant); with {@code
 * -Dstatusspec.load.requests=50000 -Dstatusspec.load.connections=64} the benchmark of
 * docs/PERFORMANCE.md, which also prints throughput and p99 against {@link HandWrittenMapper}
 * building the same body, measured in the same run, and checks the heap is flat. Only correctness
 * is asserted, never a time.
 */
class LoadTest {

  /** The load resource, as a Feign client sees it. */
  interface Load {
    @RequestLine("GET /load/{code}/{n}?errorCode={errorCode}")
    String load(@Param("code") int code, @Param("n") long n, @Param("errorCode") String errorCode);
  }

  private static LoadServer generated;
  private static LoadServer handWritten;
  private static HttpClient http;
  private static LoadRun driver;

  @BeforeAll
  static void start() {
    generated = LoadServer.start(FieldApiExceptionMapper.class);
    handWritten = LoadServer.start(HandWrittenMapper.class);
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    driver = new LoadRun(LoadRun.CONNECTIONS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.close();
    }
    if (generated != null) {
      generated.close();
    }
    if (handWritten != null) {
      handWritten.close();
    }
  }

  /** Request {@code n} to the server at {@code base}, sent raw and checked against the contract. */
  private static String raw(String base, long n) throws Exception {
    return raw(base, n, LoadRequests.expected(n));
  }

  /**
   * Request {@code n} to the hand-written mapper, checked against the contract but for one thing
   * JSON-P cannot do: it writes a lone surrogate as it is, which no UTF-8 encoder can carry, so the
   * client reads {@code ?} where the detail has one. The generated mapper writes it as a
   * six-character escape, so its detail arrives exact.
   */
  private static String rawHandWritten(String base, long n) throws Exception {
    Problem expected = LoadRequests.expected(n);
    String carried =
        new String(expected.detail().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    return raw(base, n, expected.withDetail(carried));
  }

  private static String raw(String base, long n, Problem expected) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + LoadRequests.uri(n)))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return expected.check(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        response.body());
  }

  @Test
  void theMapperAnswersEveryRequestWithItsOwnExactProblem() {
    String generatedBase = generated.base();
    String handWrittenBase = handWritten.base();
    String name = "Jersey " + org.glassfish.jersey.internal.Version.getVersion();
    Comparison comparison =
        Comparison.run(
            driver,
            name,
            LoadRun.REQUESTS,
            n -> raw(generatedBase, n),
            n -> rawHandWritten(handWrittenBase, n));
    LoadAssertions.assertAllRight(comparison);
  }

  @Test
  void feignDecodesEveryProblemToItsExceptionAndMessage() {
    Load client =
        Feign.builder()
            .errorDecoder(new FieldApiErrorDecoder())
            .retryer(Retryer.NEVER_RETRY)
            // A retryable status (503) comes as Feign's RetryableException around the generated
            // exception: unwrapped, the caller gets the generated one.
            .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
            .target(Load.class, generated.base());
    LoadRun.Call call =
        n -> {
          FieldApiStatus status = LoadRequests.statusOf(n);
          try {
            client.load(status.code(), n, status.errorCode().orElse(null));
            return "code: no exception";
          } catch (RuntimeException e) {
            return LoadRequests.decoded(n, e);
          }
        };
    LoadAssertions.assertAllRight(LoadRun.measure(driver, "Feign with FieldApiErrorDecoder", call));
  }
}
