package dev.statusspec.it.jakarta.app;

import com.sun.net.httpserver.HttpServer;
import dev.statusspec.it.jakarta.FieldApiExceptionMapper;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Jersey on the JDK's HTTP server, bound to 127.0.0.1 on a free port, with the generated {@link
 * FieldApiExceptionMapper} registered: one line of user code.
 */
public final class TestServer implements AutoCloseable {

  private final HttpServer server;

  private TestServer(HttpServer server) {
    this.server = server;
  }

  /** Starts the server. */
  public static TestServer start() {
    ResourceConfig config =
        new ResourceConfig(FieldsResource.class, BadBodiesResource.class)
            .register(FieldApiExceptionMapper.class);
    return new TestServer(
        JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config));
  }

  /** The server's base URI, e.g. {@code http://127.0.0.1:41234}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
