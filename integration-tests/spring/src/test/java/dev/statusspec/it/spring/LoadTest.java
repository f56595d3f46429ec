package dev.statusspec.it.spring;

import dev.statusspec.it.load.Comparison;
import dev.statusspec.it.load.HostileDetails;
import dev.statusspec.it.load.LoadAssertions;
import dev.statusspec.it.load.LoadRun;
import dev.statusspec.it.load.Problem;
import dev.statusspec.it.spring.load.LoadApps;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The generated advice and {@code RestClient} handler under concurrent load, on real servers on
 * 127.0.0.1: every error response exactly the contract's body with its own request's hostile
 * detail, every exception the client decodes of the right class and message. By default a short run
 * (2,000 requests over 16 connections, per variant); with {@code -Dstatusspec.load.requests=50000
 * -Dstatusspec.load.connections=64} the benchmark of docs/PERFORMANCE.md, which also prints
 * throughput and p99 against {@code HandWrittenAdvice} building the same {@code ProblemDetail},
 * measured in the same run, and checks the heap is flat. Only correctness is asserted, never a
 * time.
 */
class LoadTest {

  private static final List<FieldApiStatus> ERRORS =
      Arrays.stream(FieldApiStatus.values()).filter(FieldApiStatus::isError).toList();

  private static ConfigurableApplicationContext generated;
  private static ConfigurableApplicationContext handWritten;
  private static HttpClient http;
  private static LoadRun driver;

  @BeforeAll
  static void start() {
    generated = LoadApps.start(LoadApps.Generated.class);
    handWritten = LoadApps.start(LoadApps.HandWritten.class);
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

  private static FieldApiStatus statusOf(long n) {
    return ERRORS.get((int) (n % ERRORS.size()));
  }

  private static String path(long n) {
    return "/load/" + statusOf(n).code() + "/" + n;
  }

  private static String query(long n) {
    return statusOf(n).errorCode().map(c -> "?errorCode=" + c).orElse("");
  }

  private static Problem expected(long n) {
    FieldApiStatus status = statusOf(n);
    return new Problem(
        status.code(),
        status.problemType().toString(),
        status.reasonPhrase(),
        HostileDetails.of(n),
        path(n),
        status.errorCode().orElse(null));
  }

  /** Request {@code n} to the app at {@code base}, sent raw and checked against the contract. */
  private static String raw(String base, long n) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path(n) + query(n)))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return expected(n)
        .check(
            response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(null),
            response.body());
  }

  @Test
  void theAdviceAnswersEveryRequestWithItsOwnExactProblem() {
    String generatedBase = LoadApps.base(generated);
    String handWrittenBase = LoadApps.base(handWritten);
    String name = "Spring Boot " + org.springframework.boot.SpringBootVersion.getVersion() + " MVC";
    Comparison comparison =
        Comparison.run(
            driver,
            name,
            LoadRun.REQUESTS,
            n -> raw(generatedBase, n),
            n -> raw(handWrittenBase, n));
    LoadAssertions.assertAllRight(comparison);
  }

  @Test
  void restClientDecodesEveryProblemToItsExceptionAndMessage() {
    String base = LoadApps.base(generated);
    RestClient client =
        RestClient.builder()
            .requestFactory(new JdkClientHttpRequestFactory(http))
            .defaultStatusHandler(new FieldApiResponseErrorHandler())
            .build();
    LoadRun.Call call =
        n -> {
          try {
            client.get().uri(URI.create(base + path(n) + query(n))).retrieve().body(String.class);
            return "code: no exception";
          } catch (FieldApiException e) {
            return decoded(n, e);
          }
        };
    LoadAssertions.assertAllRight(
        LoadRun.measure(driver, "RestClient with FieldApiResponseErrorHandler", call));
  }

  /** What is wrong with the exception decoded of request {@code n}'s response, or null. */
  static String decoded(long n, FieldApiException e) {
    FieldApiStatus status = statusOf(n);
    String detail = HostileDetails.of(n);
    if (e.getMessage() != null
        && !e.getMessage().equals(detail)
        && HostileDetails.requestOf(e.getMessage()) >= 0) {
      return "crosstalk: the detail of request " + HostileDetails.requestOf(e.getMessage());
    }
    if (e.getClass() != status.toException("").getClass() || e.status() != status) {
      return "class: " + e.getClass().getSimpleName() + " instead of " + status;
    }
    if (!detail.equals(e.getMessage())) {
      return "message: " + e.getMessage();
    }
    return null;
  }
}
