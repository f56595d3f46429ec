package dev.statusspec.it.webflux.app;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The test app on Reactor Netty, on a free port of 127.0.0.1, with cleartext HTTP/2 (h2c) beside
 * HTTP/1.1: started by a test class and closed by it.
 */
public final class Server implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final String base;

  private Server(ConfigurableApplicationContext context) {
    this.context = context;
    this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }

  /** Starts the app. */
  public static Server start() {
    return new Server(
        new SpringApplicationBuilder(TestApplication.class)
            .properties(
                "server.port=0",
                "server.address=127.0.0.1",
                "server.http2.enabled=true",
                "spring.main.web-application-type=reactive",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN")
            .run());
  }

  /** The app's base URL, {@code http://127.0.0.1:<port>}. */
  public String base() {
    return base;
  }

  @Override
  public void close() {
    context.close();
  }
}
