package dev.statusspec.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the Field API on 127.0.0.1, answering with whatever status a test asks for. Error
 * bodies are JSON with {@code errorCode} and {@code message}, as the real API sends them.
 *
 * <p>It uses the generated code the way a server does: handlers throw the generated exception of a
 * status ({@link FieldApiStatus#toException}), and one place turns any {@link FieldApiException}
 * into the response, with the status's code and errorCode. Codes the spec does not have are sent as
 * they are, as a newer version of the API would.
 *
 * <ul>
 *   <li>{@code /status/<code>[?errorCode=<token>]}: always that status
 *   <li>{@code /flaky/<name>?failures=<n>}: 503 for the first n requests of that name, then 200
 *   <li>{@code /secure}: 401 unless the request carries {@code Bearer fresh-token}, then 200
 * </ul>
 */
public final class FieldApiServer implements AutoCloseable {

  /** The token {@code /secure} accepts. */
  public static final String FRESH_TOKEN = "fresh-token";

  private final HttpServer server;
  private final Map<String, AtomicInteger> flakyCalls = new ConcurrentHashMap<>();

  private FieldApiServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts a server on a free port of the loopback address.
   *
   * @return the running server
   * @throws IOException if no port can be bound
   */
  public static FieldApiServer start() throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FieldApiServer server = new FieldApiServer(http);
    http.createContext("/status/", exchange -> serve(exchange, server::status));
    http.createContext("/flaky/", exchange -> serve(exchange, server::flaky));
    http.createContext("/secure", exchange -> serve(exchange, server::secure));
    http.start();
    return server;
  }

  /**
   * The base address clients call.
   *
   * @return e.g. {@code http://127.0.0.1:41234/}
   */
  public URI baseUri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
  }

  private void status(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    int code = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
    String query = exchange.getRequestURI().getQuery();
    String errorCode =
        query != null && query.startsWith("errorCode=")
            ? query.substring("errorCode=".length())
            : null;
    Optional<FieldApiStatus> status = FieldApiStatus.resolve(code, errorCode);
    if (status.isPresent() && status.get().isError()) {
      throw status.get().toException("request failed with " + code);
    }
    respond(exchange, code, errorCode);
  }

  /** Runs {@code handler}, answering a thrown {@link FieldApiException} with its status. */
  private static void serve(HttpExchange exchange, Handler handler) throws IOException {
    try {
      handler.handle(exchange);
    } catch (FieldApiException e) {
      respond(exchange, e.code(), e.status().errorCode().orElse(null), e.getMessage());
    }
  }

  /** An endpoint that may throw the generated exceptions. */
  @FunctionalInterface
  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private void flaky(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    int failures = Integer.parseInt(uri.getQuery().substring("failures=".length()));
    int call =
        flakyCalls.computeIfAbsent(uri.getPath(), p -> new AtomicInteger()).incrementAndGet();
    if (call <= failures) {
      throw new ServiceUnavailableException("request failed with 503");
    }
    respond(exchange, 200, null);
  }

  private void secure(HttpExchange exchange) throws IOException {
    boolean fresh =
        ("Bearer " + FRESH_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
    if (!fresh) {
      throw new UnauthorizedException("request failed with 401");
    }
    respond(exchange, 200, null);
  }

  private static void respond(HttpExchange exchange, int code, String errorCode)
      throws IOException {
    respond(exchange, code, errorCode, "request failed with " + code);
  }

  private static void respond(HttpExchange exchange, int code, String errorCode, String message)
      throws IOException {
    String body =
        code < 400
            ? "{\"ok\":true}"
            : "{"
                + (errorCode == null ? "" : "\"errorCode\":\"" + errorCode + "\",")
                + "\"message\":\""
                + message
                + "\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
