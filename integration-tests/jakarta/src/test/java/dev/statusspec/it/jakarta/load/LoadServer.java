package dev.statusspec.it.jakarta.load;

import com.sun.net.httpserver.HttpServer;
import dev.statusspec.it.jakarta.FieldApiExceptionMapper;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Jersey on the JDK's HTTP server (which Jersey gives a pool of threads, so requests are answered
 * concurrently) at 127.0.0.1 on a free port, serving {@link LoadResource} with either the generated
 * {@link FieldApiExceptionMapper} or {@link HandWrittenMapper}.
 */
public final class LoadServer implements AutoCloseable {

  private final HttpServer server;

  private LoadServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts a server.
   *
   * @param mapper {@link FieldApiExceptionMapper} or {@link HandWrittenMapper}
   * @return the running server
   */
  public static LoadServer start(Class<?> mapper) {
    ResourceConfig config = new ResourceConfig(LoadResource.class).register(mapper);
    return new LoadServer(
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
