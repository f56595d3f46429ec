package com.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * Spring WebFlux adapter of {@link FieldApi} for {@code WebClient}: a response whose code the spec has as an error becomes {@code Mono.error} of the generated {@link FieldApiException} of its problem-details body (RFC 9457), its message the body's {@code detail}, its members in {@link FieldApiException#problem()} and the response's {@code Retry-After} in {@link FieldApiException#retryAfter()}; a body that is not a problem (HTML, empty, cut at 64 KiB, wrong types) gives the exception of the code's status. At most {@link FieldApiProblems#MAX_BODY_BYTES} of an error body is read, the rest cancelled. Other responses pass through, a code the spec does not have to {@code retrieve()}'s own {@code WebClientResponseException}. Bodies are decoded with Jackson 2 ({@code com.fasterxml.jackson.databind}). HTTP interface clients ({@code @HttpExchange}) over such a {@code WebClient} throw the generated exceptions too.
 *
 * <pre>{@code
 * WebClient client = WebClient.builder().baseUrl(url).filter(new FieldApiExchangeFilter()).build();
 * }</pre>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public class FieldApiExchangeFilter implements ExchangeFilterFunction {
  /**
   * Reads a JSON object into its members, in order.
   */
  private static final ObjectReader JSON = new ObjectMapper().readerForMapOf(Object.class);

  /**
   * Creates the filter.
   */
  public FieldApiExchangeFilter() {
  }

  /**
   * Exchanges {@code request}, and turns an error response of the spec into the generated exception.
   *
   * @param request the request
   * @param next the rest of the exchange
   * @return the response, or an error with the generated exception
   */
  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    return next.exchange(request).flatMap(FieldApiExchangeFilter::decode);
  }

  /**
   * The response itself when its code is no error of the spec, else an error with the generated exception of at most {@link FieldApiProblems#MAX_BODY_BYTES} and one byte of its body (the rest is cancelled).
   *
   * @param response the response
   * @return the response, or the error
   */
  private static Mono<ClientResponse> decode(ClientResponse response) {
    int code = response.statusCode().value();
    FieldApiStatus byCode = FieldApiStatus.resolve(code).orElse(null);
    if (byCode == null || !byCode.isError()) {
      return Mono.just(response);
    }
    String retryAfter = response.headers().asHttpHeaders().getFirst(FieldApiProblems.RETRY_AFTER);
    return DataBufferUtils.join(DataBufferUtils.takeUntilByteCount(response.body(BodyExtractors.toDataBuffers()), FieldApiProblems.MAX_BODY_BYTES + 1L))
        .map(FieldApiExchangeFilter::bytes)
        .defaultIfEmpty(new byte[0])
        .onErrorReturn(new byte[0])
        .flatMap(body -> Mono.<ClientResponse>error(FieldApiProblems.fromBody(code, members(body), retryAfter)));
  }

  /**
   * Copies and releases a buffer.
   *
   * @param buffer the body read
   * @return its bytes
   */
  private static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  /**
   * The members of a problem body, decoded with Jackson 2 ({@code com.fasterxml.jackson.databind}).
   *
   * @param body the body's bytes, at most one more than {@link FieldApiProblems#MAX_BODY_BYTES}
   * @return the members in their order, or null when the body is empty, cut at {@link FieldApiProblems#MAX_BODY_BYTES}, not a JSON object, or cannot be decoded
   */
  private static Map<String, Object> members(byte[] body) {
    if (body.length == 0 || body.length > FieldApiProblems.MAX_BODY_BYTES) {
      return null;
    }
    try {
      return JSON.readValue(body, 0, body.length);
    } catch (IOException | RuntimeException notAProblem) {
      return null;
    }
  }
}
