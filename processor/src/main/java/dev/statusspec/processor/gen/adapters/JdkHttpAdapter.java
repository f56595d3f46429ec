package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.statusspec.processor.gen.Members;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.gen.adapters.ProblemReading.Library;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The adapter of the JDK's own HTTP client ({@code java.net.http}, Java 11+): {@code PHttpClient},
 * with no dependency. {@code orThrow(BodyHandler)} wraps a body handler so that a response whose
 * code the spec has as an error is read (at most {@code PProblems.MAX_BODY_BYTES} of it) and
 * decoded by a JSON reader generated into the class itself, and its body completes exceptionally
 * with the generated exception: the JDK hands that exception to the caller as the cause of {@code
 * send}'s {@code IOException} and as the exceptional completion of {@code sendAsync}'s future.
 * {@code send(HttpClient, HttpRequest, BodyHandler)} does the same and throws the generated
 * exception itself. A code the spec does not have goes to the wrapped handler, as any other
 * response.
 *
 * <p>Generated from {@code --release 11}, where the annotated interface's module reads {@code
 * java.net.http} (the unnamed module reads it; a named module needs {@code requires
 * java.net.http}).
 */
public final class JdkHttpAdapter extends Adapter {

  /** Creates the adapter. */
  public JdkHttpAdapter() {
    super(
        "jdkhttp",
        "the JDK's HTTP client (java.net.http, Java 11+)",
        Requirement.jdkModule("java.net.http", 11, "java.net.http.HttpClient"));
  }

  @Override
  protected List<Type> declaredTypes() {
    return List.of(new Type("HttpClient", JdkHttpAdapter::httpClient));
  }

  @Override
  public Set<String> foreignTypes() {
    return Set.of(
        "ArithmeticException",
        "ByteBuffer",
        "CompletableFuture",
        "CompletionStage",
        "Double",
        "Flow",
        "HttpClient",
        "HttpRequest",
        "HttpResponse",
        "InterruptedException",
        "Objects");
  }

  private static final ClassName HTTP_CLIENT = ClassName.get("java.net.http", "HttpClient");
  private static final ClassName HTTP_REQUEST = ClassName.get("java.net.http", "HttpRequest");
  private static final ClassName HTTP_RESPONSE = ClassName.get("java.net.http", "HttpResponse");
  private static final ClassName BODY_HANDLER = HTTP_RESPONSE.nestedClass("BodyHandler");
  private static final ClassName BODY_SUBSCRIBER = HTTP_RESPONSE.nestedClass("BodySubscriber");
  private static final ClassName SUBSCRIPTION =
      ClassName.get("java.util.concurrent", "Flow").nestedClass("Subscription");
  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final TypeName BUFFERS =
      ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(ByteBuffer.class));

  private static TypeSpec httpClient(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    ClassName exception = types.exception();
    ClassName status = types.statusEnum();
    ClassName problems = types.problems();
    TypeName handlerOfT = ParameterizedTypeName.get(BODY_HANDLER, T);
    TypeName responseOfT = ParameterizedTypeName.get(HTTP_RESPONSE, T);
    ClassName subscriber = self.nestedClass("ProblemSubscriber");
    type.addModifiers(PUBLIC, FINAL)
        .addJavadoc(
            "Adapter of {@link $T} for the JDK's own HTTP client ({@code java.net.http}): a"
                + " response whose code the spec has as an error becomes the generated {@link $T}"
                + " of its problem-details body (RFC 9457), its message the body's {@code detail}"
                + " and its members in {@link $T#problem()}, the response's {@code Retry-After} in"
                + " {@link $T#retryAfter()}; $L. A code the spec does not have is"
                + " returned as it is, to the handler given. Bodies are decoded with $L; at most"
                + " {@link $T#MAX_BODY_BYTES} of an error body is read.\n\n"
                + "<pre>{@code\n"
                + "HttpResponse<String> response =\n"
                + "    $L.send(client, request, BodyHandlers.ofString());\n"
                + "client.sendAsync(request, $L.orThrow(BodyHandlers.ofString()))\n"
                + "    .exceptionally(e -> ...); // e's cause is the generated exception\n"
                + "}</pre>\n",
            types.annotatedInterface(),
            exception,
            exception,
            exception,
            ProblemReading.NOT_A_PROBLEM,
            Library.BUILT_IN.description(),
            problems,
            self.simpleName(),
            self.simpleName())
        .addMethod(Members.privateConstructor())
        .addMethod(
            MethodSpec.methodBuilder("orThrow")
                .addModifiers(PUBLIC, STATIC)
                .addTypeVariable(T)
                .returns(handlerOfT)
                .addParameter(handlerOfT, "handler")
                .addJavadoc(
                    "Wraps {@code handler}: a response whose code the spec has as an error has"
                        + " its body read and decoded, and completes exceptionally with the"
                        + " generated {@link $T}, which {@code HttpClient.send} throws as the cause"
                        + " of its {@code IOException} and {@code sendAsync}'s future completes"
                        + " exceptionally with. Any other response goes to {@code handler}.\n\n"
                        + "@param <T> the body's type\n"
                        + "@param handler handles the responses that are no error of the spec\n"
                        + "@return the handler\n",
                    exception)
                .addStatement("$T.requireNonNull(handler, $S)", Objects.class, "handler")
                .addCode(
                    "return info -> {\n$>"
                        + "int code = info.statusCode();\n"
                        + "$T byCode = $T.resolve(code).orElse(null);\n"
                        + "if (byCode == null || !byCode.isError()) {\n$>"
                        + "return handler.apply(info);\n"
                        + "$<}\n"
                        + "return new $T<$T>(code, info.headers().firstValue($T.RETRY_AFTER)"
                        + ".orElse(null));\n"
                        + "$<};\n",
                    status,
                    status,
                    subscriber,
                    T,
                    types.problems())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("send")
                .addModifiers(PUBLIC, STATIC)
                .addTypeVariable(T)
                .returns(responseOfT)
                .addParameter(HTTP_CLIENT, "client")
                .addParameter(HTTP_REQUEST, "request")
                .addParameter(handlerOfT, "handler")
                .addException(IOException.class)
                .addException(InterruptedException.class)
                .addJavadoc(
                    "Sends {@code request} with {@link #orThrow orThrow(handler)} and throws the"
                        + " generated {@link $T} of an error response itself, instead of the"
                        + " {@code IOException} the JDK wraps it in.\n\n"
                        + "@param <T> the body's type\n"
                        + "@param client the client\n"
                        + "@param request the request\n"
                        + "@param handler handles the responses that are no error of the spec\n"
                        + "@return the response, whose code is no error of the spec\n"
                        + "@throws $T the generated exception of an error response\n"
                        + "@throws IOException if sending or receiving fails\n"
                        + "@throws InterruptedException if interrupted while waiting\n",
                    exception,
                    exception)
                .beginControlFlow("try")
                .addStatement("return client.send(request, orThrow(handler))")
                .nextControlFlow("catch ($T e)", IOException.class)
                .addComment("The JDK wraps what a body subscriber completes with; one level deep,")
                .addComment("a few more for a wrapper of the wrapper, never a loop.")
                .addStatement("$T cause = e.getCause()", Throwable.class)
                .beginControlFlow(
                    "for (int depth = 0; cause != null && depth < 4; depth++, cause ="
                        + " cause.getCause())")
                .beginControlFlow("if (cause instanceof $T)", exception)
                .addStatement("throw ($T) cause", exception)
                .endControlFlow()
                .endControlFlow()
                .addStatement("throw e")
                .endControlFlow()
                .build())
        .addType(problemSubscriber(types, subscriber));
    ProblemReading.addMembers(
        type,
        types,
        Library.BUILT_IN,
        "the body's bytes, at most one more than {@link "
            + problems.simpleName()
            + "#MAX_BODY_BYTES}");
    return type.build();
  }

  /**
   * {@code ProblemSubscriber<T>}: collects at most {@code MAX_BODY_BYTES + 1} bytes of an error
   * body, cancels the rest, and completes its body exceptionally with the generated exception.
   */
  private static TypeSpec problemSubscriber(SpecTypes types, ClassName subscriber) {
    ClassName problems = types.problems();
    TypeName futureOfT = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), T);
    return TypeSpec.classBuilder(subscriber)
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addTypeVariable(T)
        .addSuperinterface(ParameterizedTypeName.get(BODY_SUBSCRIBER, T))
        .addJavadoc(
            "The body of an error response: at most {@link $T#MAX_BODY_BYTES} and one byte are"
                + " kept (the rest is cancelled), then the body completes exceptionally with the"
                + " generated exception; an unreadable body gives the exception of the code's"
                + " status.\n\n"
                + "@param <T> the type the caller's handler would have given\n",
            problems)
        .addField(
            FieldSpec.builder(int.class, "code", PRIVATE, FINAL)
                .addJavadoc("The response's status code.\n")
                .build())
        .addField(
            FieldSpec.builder(futureOfT, "body", PRIVATE, FINAL)
                .addJavadoc("Completes exceptionally once the body is read.\n")
                .initializer("new $T<$T>()", CompletableFuture.class, T)
                .build())
        .addField(
            FieldSpec.builder(SUBSCRIPTION, "subscription", PRIVATE)
                .addJavadoc("The subscription to the body.\n")
                .build())
        .addField(
            FieldSpec.builder(byte[].class, "buffer", PRIVATE)
                .addJavadoc("The bytes read so far, from index 0.\n")
                .initializer("new byte[$L]", ProblemReading.FIRST_BUFFER_BYTES)
                .build())
        .addField(
            FieldSpec.builder(int.class, "length", PRIVATE)
                .addJavadoc("How many bytes of the buffer are read.\n")
                .build())
        .addField(
            FieldSpec.builder(String.class, "retryAfter", PRIVATE, FINAL)
                .addJavadoc("The response's {@code Retry-After} header, or null.\n")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(int.class, "code")
                .addParameter(String.class, "retryAfter")
                .addJavadoc(
                    "Creates the subscriber.\n\n@param code the response's status code\n"
                        + "@param retryAfter the response's {@code Retry-After} header, or null\n")
                .addStatement("this.code = code")
                .addStatement("this.retryAfter = retryAfter")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("getBody")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(CompletionStage.class), T))
                .addJavadoc("The body.\n\n@return the body, which completes exceptionally\n")
                .addStatement("return body")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("onSubscribe")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addParameter(SUBSCRIPTION, "subscription")
                .addJavadoc("Starts reading.\n\n@param subscription the subscription to the body\n")
                .beginControlFlow("if (this.subscription != null)")
                .addStatement("subscription.cancel()")
                .addStatement("return")
                .endControlFlow()
                .addStatement("this.subscription = subscription")
                .addStatement("subscription.request(1)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("onNext")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addParameter(BUFFERS, "items")
                .addJavadoc(
                    "Keeps what fits under the bound, and cancels the rest.\n\n"
                        + "@param items the next part of the body\n")
                .addStatement("int bound = $T.MAX_BODY_BYTES + 1", problems)
                .beginControlFlow("for ($T item : items)", ByteBuffer.class)
                .addStatement("int count = $T.min(item.remaining(), bound - length)", Math.class)
                .beginControlFlow("if (length + count > buffer.length)")
                .addStatement(
                    "buffer = $T.copyOf(buffer, $T.min($T.max(buffer.length * 2, length + count),"
                        + " bound))",
                    Arrays.class,
                    Math.class,
                    Math.class)
                .endControlFlow()
                .addStatement("item.get(buffer, length, count)")
                .addStatement("length += count")
                .endControlFlow()
                .beginControlFlow("if (body.isDone())")
                .addStatement("return")
                .endControlFlow()
                .addComment(
                    "Cut at the bound: the rest is cancelled once the client waits on the body")
                .addComment(
                    "(it registers on another thread), so that completing the body hands it")
                .addComment(
                    "the exception before the cancel resets an HTTP/2 stream, which would fail")
                .addComment("the exchange with the JDK's own IOException. Until then the rest is")
                .addComment("read and dropped.")
                .beginControlFlow("if (length == bound && body.getNumberOfDependents() > 0)")
                .addStatement("complete()")
                .addStatement("subscription.cancel()")
                .nextControlFlow("else")
                .addStatement("subscription.request(1)")
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("onError")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addParameter(Throwable.class, "error")
                .addJavadoc(
                    "The body could not be read: the exception of the code's status.\n\n"
                        + "@param error why\n")
                .addStatement("length = 0")
                .addStatement("complete()")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("onComplete")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addJavadoc("Decodes the body read.\n")
                .addStatement("complete()")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("complete")
                .addModifiers(PRIVATE)
                .addJavadoc("Completes the body with the exception of what was read, once.\n")
                .beginControlFlow("if (!body.isDone())")
                .addStatement(
                    "body.completeExceptionally($T.fromBody(code, members($T.copyOf(buffer,"
                        + " length)), retryAfter))",
                    problems,
                    Arrays.class)
                .endControlFlow()
                .build())
        .build();
  }
}
