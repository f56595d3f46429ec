package dev.statusspec.it.spring.load;

import dev.statusspec.it.spring.FieldApiControllerAdvice;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The two apps of a load run, alike but for the advice: {@link LoadController} answered by the
 * generated {@link FieldApiControllerAdvice}, and by {@link HandWrittenAdvice}. Neither scans for
 * components, so each has exactly the beans it imports.
 */
public final class LoadApps {

  private LoadApps() {}

  /** The app answered by the generated advice. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import({LoadController.class, FieldApiControllerAdvice.class})
  public static class Generated {}

  /** The app answered by the hand-written advice. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import({LoadController.class, HandWrittenAdvice.class})
  public static class HandWritten {}

  /**
   * Starts an app on 127.0.0.1, on a free port.
   *
   * @param app {@link Generated} or {@link HandWritten}
   * @return the running app
   */
  public static ConfigurableApplicationContext start(Class<?> app) {
    return new SpringApplicationBuilder(app)
        .properties(
            "server.port=0",
            "server.address=127.0.0.1",
            "spring.main.banner-mode=off",
            "logging.level.root=WARN")
        .run();
  }

  /**
   * The base URI of a running app, e.g. {@code http://127.0.0.1:41234}.
   *
   * @param context the app
   * @return its base URI
   */
  public static String base(ConfigurableApplicationContext context) {
    return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }
}
