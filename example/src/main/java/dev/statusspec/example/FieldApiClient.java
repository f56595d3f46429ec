package dev.statusspec.example;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A small client of the Field API on {@link HttpClient}. Every response goes through the generated
 * code: {@link FieldApiStatus#dispatch} picks the {@link RecoveryPolicy}'s action (retry,
 * re-authenticate or report) without ever failing on a code the spec does not know, errors become
 * the generated exception of their status, and {@link #createField} hands its answer to the
 * generated handler of that operation.
 */
public final class FieldApiClient {

  /**
   * One call as the client saw it: the last response, its status, what the policy decided and how
   * many requests it took.
   *
   * @param response the last response
   * @param status its status, or empty for a code the spec does not have
   * @param action the policy's decision for the last response
   * @param attempts the requests sent
   */
  public record Exchange(
      ApiResponse response, Optional<FieldApiStatus> status, Action action, int attempts) {

    /**
     * The failure to throw for this exchange, or empty when it succeeded.
     *
     * @return the generated exception of the status, or an {@link UnexpectedStatusException}
     */
    public Optional<RuntimeException> failure() {
      if (action == Action.PROCEED) {
        return Optional.empty();
      }
      return Optional.of(
          status
              .filter(FieldApiStatus::isError)
              .<RuntimeException>map(s -> s.toException(response.message()))
              .orElseGet(() -> new UnexpectedStatusException(response.code(), response.message())));
    }
  }

  private final HttpClient http;
  private final URI base;
  private final Supplier<String> credentials;
  private final int maxAttempts;
  private final Duration retryPause;
  private final RecoveryPolicy policy = new RecoveryPolicy();
  private String token;

  /**
   * @param base the API's base address
   * @param credentials supplies a fresh access token when the API answers 401
   * @param maxAttempts the most requests sent for one call, retries and re-authentication included;
   *     credentials are renewed at most once per call
   * @param retryPause the pause before a retry
   */
  public FieldApiClient(
      URI base, Supplier<String> credentials, int maxAttempts, Duration retryPause) {
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    this.base = base;
    this.credentials = credentials;
    this.maxAttempts = maxAttempts;
    this.retryPause = retryPause;
    this.token = "expired";
  }

  /**
   * GETs {@code path} and returns its status when it succeeds.
   *
   * @param path the path below the base address
   * @return the success status
   * @throws FieldApiException the generated exception of the error status the API answered
   * @throws UnexpectedStatusException for a code the spec does not have
   * @throws IOException if the request cannot be sent
   * @throws InterruptedException if interrupted while waiting
   */
  public FieldApiStatus get(String path) throws IOException, InterruptedException {
    Exchange exchange = exchange(path);
    Optional<RuntimeException> failure = exchange.failure();
    if (failure.isPresent()) {
      throw failure.get();
    }
    return exchange.status().orElseThrow();
  }

  /**
   * GETs {@code path}, retrying and re-authenticating as the {@link RecoveryPolicy} decides, and
   * reports what happened without throwing for error statuses.
   *
   * @param path the path below the base address
   * @return the exchange
   * @throws IOException if the request cannot be sent
   * @throws InterruptedException if interrupted while waiting
   */
  public Exchange exchange(String path) throws IOException, InterruptedException {
    boolean reauthenticated = false;
    for (int attempt = 1; ; attempt++) {
      ApiResponse response = send(path);
      String errorCode = response.errorCode().orElse(null);
      Action action = FieldApiStatus.dispatch(response.code(), errorCode, policy);
      boolean again = attempt < maxAttempts;
      if (again && action == Action.RETRY) {
        Thread.sleep(retryPause.toMillis());
      } else if (again && action == Action.REAUTHENTICATE && !reauthenticated) {
        token = credentials.get();
        reauthenticated = true;
      } else {
        return new Exchange(
            response, FieldApiStatus.resolve(response.code(), errorCode), action, attempt);
      }
    }
  }

  /**
   * Sends the {@code createField} request to {@code path} and hands its answer to {@code handler},
   * the generated handler of that operation: one method per status the spec lists for {@code
   * createField}, and {@code onUnknown} for any other answer, so callers handle what this operation
   * returns and nothing else.
   *
   * @param path the path below the base address
   * @param handler what to do with each status of the operation, e.g. a {@link FieldCreation}
   * @param <R> what the handler makes of the answer
   * @return what the handler returns
   * @throws IOException if the request cannot be sent
   * @throws InterruptedException if interrupted while waiting
   */
  public <R> R createField(String path, FieldApiCreateFieldHandler<R> handler)
      throws IOException, InterruptedException {
    ApiResponse response = send(path);
    return FieldApiCreateFieldHandler.dispatch(
        response.code(), response.errorCode().orElse(null), handler);
  }

  private ApiResponse send(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new ApiResponse(response.statusCode(), response.body());
  }
}
