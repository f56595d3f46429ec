package dev.statusspec.it.micronaut.app;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/**
 * {@link FieldsController} as a declarative client of the app's own server ({@code "/"}): nothing
 * of statusspec is registered on it, the generated client filter applies by itself.
 */
@Client("/")
public interface FieldsClient {

  /**
   * {@code GET /status/{code}}.
   *
   * @param code the code
   * @param errorCode the errorCode, if any
   * @param message the message, if any
   * @return the body of a success
   */
  @Get(value = "/status/{code}{?errorCode,message}", consumes = MediaType.TEXT_PLAIN)
  String status(
      @PathVariable int code,
      @Nullable @QueryValue String errorCode,
      @Nullable @QueryValue String message);

  /**
   * {@code GET /bad/{kind}}.
   *
   * @param kind the kind of body
   * @param code the code, 409 unless given
   * @return never: always an error
   */
  @Get("/bad/{kind}{?code}")
  String bad(@PathVariable String kind, @Nullable @QueryValue Integer code);

  /**
   * {@code GET /busy}.
   *
   * @return never: always a 503
   */
  @Get("/busy")
  String busy();

  /**
   * {@code POST /echo}.
   *
   * @param message the text
   * @return never: always a 400
   */
  @Post(value = "/echo", processes = MediaType.TEXT_PLAIN)
  String echo(@Body String message);
}
