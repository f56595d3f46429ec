package com.example;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.Optional;
import javax.annotation.Generated;

/**
 * gRPC client interceptor of {@link Shop}: a call that ends with an error of this API (as {@link ShopGrpc#fromThrowable(Throwable)} reads it) ends with the same status whose cause is the {@link ShopException}. grpc-java's stubs always throw {@code StatusRuntimeException} (in an {@code ExecutionException} for future stubs), so catch that and take its cause:
 *
 * <pre>{@code
 * Channel channel = ClientInterceptors.intercept(managedChannel, new ShopGrpcClientInterceptor());
 * try {
 *   stub.call(request);
 * } catch (StatusRuntimeException e) {
 *   if (e.getCause() instanceof ShopException) {
 *     // handle it
 *   }
 * }
 * }</pre>
 *
 * <p>The exception's cause is the status's own cause, if any (such as the {@code IOException} of a connection that failed).
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class ShopGrpcClientInterceptor implements ClientInterceptor {
  /**
   * Creates the interceptor; it holds no state.
   */
  public ShopGrpcClientInterceptor() {
  }

  /**
   * Creates the call, whose listener learns of an error of this API as the cause of its status.
   *
   * @param method the method called
   * @param callOptions the call's options
   * @param next the channel
   * @param <ReqT> the request type
   * @param <RespT> the response type
   * @return the call
   */
  @Override
  public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(MethodDescriptor<ReqT, RespT> method,
      CallOptions callOptions, Channel next) {
    return new DecodingCall<ReqT, RespT>(next.newCall(method, callOptions));
  }

  /**
   * A call whose listener learns of an error of this API as the cause of its status.
   *
   * @param <ReqT> the request type
   * @param <RespT> the response type
   */
  private static final class DecodingCall<ReqT, RespT> extends ForwardingClientCall.SimpleForwardingClientCall<ReqT, RespT> {
    /**
     * Wraps {@code delegate}.
     *
     * @param delegate the call
     */
    DecodingCall(ClientCall<ReqT, RespT> delegate) {
      super(delegate);
    }

    /**
     * Starts the call with a listener that decodes its error.
     *
     * @param listener the caller's listener
     * @param headers the call's headers
     */
    @Override
    public void start(ClientCall.Listener<RespT> listener, Metadata headers) {
      super.start(new DecodingListener<RespT>(listener), headers);
    }
  }

  /**
   * A listener that gives an error of this API as the cause of the call's status.
   *
   * @param <RespT> the response type
   */
  private static final class DecodingListener<RespT> extends ForwardingClientCallListener.SimpleForwardingClientCallListener<RespT> {
    /**
     * Wraps {@code delegate}.
     *
     * @param delegate the caller's listener
     */
    DecodingListener(ClientCall.Listener<RespT> delegate) {
      super(delegate);
    }

    /**
     * Closes the caller's listener with {@code status}, whose cause is the {@link ShopException} it stands for, if any.
     *
     * @param status the call's status
     * @param trailers its trailers
     */
    @Override
    public void onClose(Status status, Metadata trailers) {
      Status closing = status;
      if (status != null && !status.isOk() && !(status.getCause() instanceof ShopException)) {
        try {
          Optional<ShopException> e = ShopGrpc.fromStatus(status, trailers, status.getCause());
          if (e.isPresent()) {
            closing = status.withCause(e.get());
          }
        } catch (RuntimeException unexpected) {
          // never: but a listener that throws leaves the caller waiting forever
          closing = status;
        }
      }
      super.onClose(closing, trailers);
    }
  }
}
