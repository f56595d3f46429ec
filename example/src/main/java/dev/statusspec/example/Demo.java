package dev.statusspec.example;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs the Field API client against the Field API's Spring Boot service on 127.0.0.1, which answers
 * with each status, and prints what the generated code made of every response: its status, the
 * exception it became on the client (decoded from the problem-details body by the generated {@code
 * FieldApiResponseErrorHandler}), and what the exhaustive {@link RecoveryPolicy} decided.
 */
public final class Demo {

  /** The requests the demo sends, with what each one shows. */
  static final List<String> REQUESTS =
      List.of(
          "status/200",
          "status/201",
          "status/400",
          "secure",
          "status/401",
          "status/402",
          "status/403",
          "status/404",
          "status/409?errorCode=conflict",
          "status/409?errorCode=tenant_suspended",
          "status/409",
          "status/500",
          "flaky/demo?failures=2",
          "status/503",
          "status/418",
          "status/599");

  private Demo() {}

  /**
   * Starts the service, sends every request and prints the table.
   *
   * @param args ignored
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    try (FieldApiServer.Running server = FieldApiServer.start()) {
      FieldApiClient client =
          new FieldApiClient(
              server.baseUri(), () -> FieldApiServer.FRESH_TOKEN, 3, Duration.ofMillis(20));
      run(client, System.out);
    }
  }

  /**
   * Sends every request of {@link #REQUESTS} and prints one row each.
   *
   * @param client the client
   * @param out where the table goes
   * @throws InterruptedException if interrupted
   */
  static void run(FieldApiClient client, PrintStream out) throws InterruptedException {
    String format = "%-44s %4s  %-26s %-8s %-14s %-29s %s%n";
    out.printf(format, "request", "code", "status", "attempts", "action", "exception", "message");
    out.printf(
        format,
        "-".repeat(44),
        "----",
        "-".repeat(26),
        "--------",
        "-".repeat(14),
        "-".repeat(29),
        "-".repeat(7));
    UserMessages messages = new UserMessages();
    for (String request : REQUESTS) {
      FieldApiClient.Exchange exchange = client.exchange(request);
      Optional<RuntimeException> failure = exchange.failure();
      String message =
          failure
              .map(
                  e ->
                      e instanceof FieldApiException api
                          ? api.accept(messages)
                          : "Unexpected answer " + ((UnexpectedStatusException) e).code())
              .orElse("");
      out.printf(
          format,
          "GET /" + request,
          exchange.code(),
          exchange.status().map(FieldApi::label).orElse("(not in the spec)"),
          exchange.attempts(),
          exchange.action(),
          failure.map(e -> e.getClass().getSimpleName()).orElse("-"),
          message);
    }
  }
}
