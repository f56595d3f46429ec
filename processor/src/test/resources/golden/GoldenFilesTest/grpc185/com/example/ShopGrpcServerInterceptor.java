package com.example;

import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import javax.annotation.Generated;

/**
 * gRPC server interceptor of {@link Shop}: a {@link ShopException} that a service method throws, unary or streaming, or passes to its {@code StreamObserver}'s {@code onError}, closes the call with the exception's gRPC error ({@link ShopGrpc#toStatusRuntimeException}): its status's code, its message, and the {@code ErrorInfo} detail, nothing else of it (no class name, no stack trace). Other exceptions are left to grpc-java.
 *
 * <pre>{@code
 * Server server = ServerBuilder.forPort(port)
 *     .addService(ServerInterceptors.intercept(new MyService(), new ShopGrpcServerInterceptor()))
 *     .build();
 * }</pre>
 */
@Generated("dev.statusspec.processor.StatusSpecProcessor")
public final class ShopGrpcServerInterceptor implements ServerInterceptor {
  /**
   * Creates the interceptor; it holds no state.
   */
  public ShopGrpcServerInterceptor() {
  }

  /**
   * Starts the call with a call and a listener that close it with the gRPC error of a {@link ShopException}.
   *
   * @param call the call
   * @param headers its headers
   * @param next the service's handler
   * @param <ReqT> the request type
   * @param <RespT> the response type
   * @return the call's listener
   */
  @Override
  public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call,
      Metadata headers, ServerCallHandler<ReqT, RespT> next) {
    ClosingCall<ReqT, RespT> closing = new ClosingCall<ReqT, RespT>(call);
    try {
      return new ClosingListener<ReqT>(next.startCall(closing, headers), closing);
    } catch (ShopException e) {
      // thrown as the call starts: a client- or bidi-streaming method
      closing.closeWith(e, null);
      return new ServerCall.Listener<ReqT>() {};
    }
  }

  /**
   * A call that a {@link ShopException} closes with its gRPC error, once.
   *
   * @param <ReqT> the request type
   * @param <RespT> the response type
   */
  private static final class ClosingCall<ReqT, RespT> extends ForwardingServerCall.SimpleForwardingServerCall<ReqT, RespT> {
    /**
     * Whether the call was closed.
     */
    private boolean closed;

    /**
     * Wraps {@code delegate}.
     *
     * @param delegate the call
     */
    ClosingCall(ServerCall<ReqT, RespT> delegate) {
      super(delegate);
    }

    /**
     * Closes the call; with the gRPC error of the {@link ShopException} that is the status's cause, if it is one (what a {@code StreamObserver}'s {@code onError} makes of it). Once a {@link ShopException} has closed the call, the service's own {@code onCompleted} or {@code onError} after it close nothing.
     *
     * @param status the status
     * @param trailers the trailers
     */
    @Override
    public void close(Status status, Metadata trailers) {
      if (status != null && status.getCause() instanceof ShopException) {
        closeWith((ShopException) status.getCause(), trailers);
        return;
      }
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
      }
      super.close(status, trailers);
    }

    /**
     * Closes the call with the gRPC error of {@code e}, unless it is closed already.
     *
     * @param e the exception
     * @param trailers trailers to send too, or null
     */
    void closeWith(ShopException e, Metadata trailers) {
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
      }
      StatusRuntimeException error = ShopGrpc.toStatusRuntimeException(e);
      Metadata all = new Metadata();
      if (trailers != null) {
        all.merge(trailers);
      }
      // last, so that its google.rpc.Status is the one read
      all.merge(error.getTrailers());
      super.close(error.getStatus(), all);
    }
  }

  /**
   * A listener that closes its call with the gRPC error of a {@link ShopException} that a callback of the service throws.
   *
   * @param <ReqT> the request type
   */
  private static final class ClosingListener<ReqT> extends ForwardingServerCallListener.SimpleForwardingServerCallListener<ReqT> {
    /**
     * The call to close.
     */
    private final ClosingCall<ReqT, ?> call;

    /**
     * Wraps {@code delegate}.
     *
     * @param delegate the service's listener
     * @param call the call to close
     */
    ClosingListener(ServerCall.Listener<ReqT> delegate, ClosingCall<ReqT, ?> call) {
      super(delegate);
      this.call = call;
    }

    /**
     * Hands the service a request message; a {@link ShopException} it throws closes the call.
     *
     * @param message the message
     */
    @Override
    public void onMessage(ReqT message) {
      try {
        super.onMessage(message);
      } catch (ShopException e) {
        call.closeWith(e, null);
      }
    }

    /**
     * Hands the service the end of the requests (where a unary or server-streaming method runs); a {@link ShopException} it throws closes the call.
     *
     */
    @Override
    public void onHalfClose() {
      try {
        super.onHalfClose();
      } catch (ShopException e) {
        call.closeWith(e, null);
      }
    }

    /**
     * Hands the service the call's cancellation; a {@link ShopException} it throws closes the call.
     *
     */
    @Override
    public void onCancel() {
      try {
        super.onCancel();
      } catch (ShopException e) {
        call.closeWith(e, null);
      }
    }

    /**
     * Hands the service the call's completion; a {@link ShopException} it throws closes the call.
     *
     */
    @Override
    public void onComplete() {
      try {
        super.onComplete();
      } catch (ShopException e) {
        call.closeWith(e, null);
      }
    }

    /**
     * Hands the service the call's readiness for more responses; a {@link ShopException} it throws closes the call.
     *
     */
    @Override
    public void onReady() {
      try {
        super.onReady();
      } catch (ShopException e) {
        call.closeWith(e, null);
      }
    }
  }
}
