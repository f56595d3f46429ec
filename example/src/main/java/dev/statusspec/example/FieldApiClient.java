package dev.statusspec.example;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * A client of the Field API on Spring's {@link RestClient}, with the generated {@link
 * FieldApiResponseErrorHandler}: an error response of the spec arrives as the generated exception
 * of its status (decoded from the problem-details body, errorCode and all), a code the spec does
 * not have as Spring's own exception. The exhaustive {@link RecoveryPolicy} then decides, status by
 * status, whether to retry, re-authenticate or report, and never fails on an unknown code; {@link
 * #createField} hands its answer to the generated handler of that operation.
 */
public final class FieldApiClient {

  /**
   * One call as the client saw it: the last response's code and status, what the policy decided,
   * how many requests it took, and what failed.
   *
   * @param code the last response's HTTP status code
   * @param status its status, or empty for a code the spec does not have
   * @param action the policy's decision for the last response
   * @param attempts the requests sent
   * @param failure the generated exception of an error status, an {@link UnexpectedStatusException}
   *     for a code the spec lacks, or empty on success
   */
  public record Exchange(
      int code,
      Optional<FieldApiStatus> status,
      Action action,
      int attempts,
      Optional<RuntimeException> failure) {}

  private final RestClient http;
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
    this.http =
        RestClient.builder()
            .baseUrl(base.toString())
            .defaultStatusHandler(new FieldApiResponseErrorHandler())
            .build();
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
   * @throws InterruptedException if interrupted while waiting to retry
   */
  public FieldApiStatus get(String path) throws InterruptedException {
    Exchange exchange = exchange(path);
    if (exchange.failure().isPresent()) {
      throw exchange.failure().get();
    }
    return exchange.status().orElseThrow();
  }

  /**
   * GETs {@code path}, retrying and re-authenticating as the {@link RecoveryPolicy} decides, and
   * reports what happened without throwing for error statuses.
   *
   * @param path the path below the base address
   * @return the exchange
   * @throws InterruptedException if interrupted while waiting to retry
   */
  public Exchange exchange(String path) throws InterruptedException {
    boolean reauthenticated = false;
    for (int attempt = 1; ; attempt++) {
      Exchange exchange = send(path, attempt);
      boolean again = attempt < maxAttempts;
      if (again && exchange.action() == Action.RETRY) {
        Thread.sleep(retryPause.toMillis());
      } else if (again && exchange.action() == Action.REAUTHENTICATE && !reauthenticated) {
        token = credentials.get();
        reauthenticated = true;
      } else {
        return exchange;
      }
    }
  }

  private Exchange send(String path, int attempt) {
    try {
      int code = codeOf(path);
      return new Exchange(
          code,
          FieldApiStatus.resolve(code),
          FieldApiStatus.dispatch(code, null, policy),
          attempt,
          Optional.empty());
    } catch (FieldApiException e) {
      return new Exchange(
          e.code(), Optional.of(e.status()), e.status().accept(policy), attempt, Optional.of(e));
    } catch (RestClientResponseException e) {
      int code = e.getStatusCode().value();
      return new Exchange(
          code,
          Optional.empty(),
          FieldApiStatus.dispatch(code, null, policy),
          attempt,
          Optional.of(new UnexpectedStatusException(code, e.getResponseBodyAsString())));
    }
  }

  /**
   * Sends a request to {@code path}; an error response arrives as the generated exception of its
   * status (the generated error handler decodes it), a code the spec lacks as Spring's own.
   *
   * @return the code of a response that is no error
   */
  private int codeOf(String path) {
    return http.get()
        .uri(path)
        .header("Authorization", "Bearer " + token)
        .retrieve()
        .toBodilessEntity()
        .getStatusCode()
        .value();
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
   */
  public <R> R createField(String path, FieldApiCreateFieldHandler<R> handler) {
    try {
      return FieldApiCreateFieldHandler.dispatch(codeOf(path), null, handler);
    } catch (FieldApiException e) {
      // The generated error handler already told the statuses of one code apart by errorCode.
      return FieldApiCreateFieldHandler.dispatch(
          e.code(), e.status().errorCode().orElse(null), handler);
    } catch (RestClientResponseException e) {
      return FieldApiCreateFieldHandler.dispatch(e.getStatusCode().value(), null, handler);
    }
  }
}
