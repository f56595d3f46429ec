package dev.statusspec.processor.gen;

import static javax.lang.model.element.Modifier.ABSTRACT;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.SEALED;
import static javax.lang.model.element.Modifier.STATIC;
import static javax.lang.model.element.Modifier.TRANSIENT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.diag.Position;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.model.StatusClass;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Generates the exceptions: {@code abstract PException}, its 4xx and 5xx branches {@code
 * PClientException} and {@code PServerException}, and one final class per error status. The
 * hierarchy is sealed where the source level has sealed classes, so pattern switches over it are
 * exhaustive; a branch without statuses is left out, since a sealed class needs a subclass.
 */
final class ExceptionGenerator extends JavaSourceGenerator {

  /** {@code serialVersionUID}, the same on every exception: built once, as specs are immutable. */
  private static final FieldSpec SERIAL_VERSION_UID = serialVersionUid();

  /** The public constructors of every status's exception, built once. */
  private static final List<MethodSpec> LEAF_CONSTRUCTORS = constructors(true);

  @Override
  protected List<PlannedType> types(SpecTypes types) {
    List<PlannedType> plan = new ArrayList<>();
    plan.add(prefixed(types, types.names().exception(), t -> root(t)));
    if (types.hasClientErrors()) {
      plan.add(
          prefixed(
              types,
              types.names().clientException(),
              t -> branch(t, t.clientException(), Status::isClientError, "client errors (4xx)")));
    }
    if (types.hasServerErrors()) {
      plan.add(
          prefixed(
              types,
              types.names().serverException(),
              t ->
                  branch(
                      t,
                      t.serverException(),
                      s -> s.statusClass() == StatusClass.SERVER_ERROR,
                      "server errors (5xx)")));
    }
    Map<String, List<Operation>> returnedBy = types.spec().operationsByStatusId();
    for (Status status : types.spec().errors()) {
      List<Operation> operations = returnedBy.getOrDefault(status.id(), List.of());
      plan.add(new PlannedType(output(status), t -> leaf(t, status, operations)));
    }
    return plan;
  }

  private static PlannedType prefixed(
      SpecTypes types, String name, Function<SpecTypes, TypeSpec> build) {
    return new PlannedType(Output.prefixed(name, types.spec()), build);
  }

  /** The exception class of an error status, declared at the spec's text that names it. */
  static Output output(Status status) {
    Position position = status.exceptionNamePosition();
    return new Output(
        Output.Kind.TYPE,
        status.exceptionName(),
        position,
        status.exceptionName() + " (the exception of " + status.displayName() + ")",
        "the exception "
            + status.exceptionName()
            + " of "
            + status.displayName()
            + " (line "
            + position.line()
            + ")",
        "give the exception another name with 'exception:'");
  }

  private static TypeSpec root(SpecTypes types) {
    ClassName self = types.exception();
    TypeSpec.Builder type =
        type(TypeSpec.classBuilder(self), types)
            .addModifiers(PUBLIC, ABSTRACT)
            .superclass(RuntimeException.class)
            .addJavadoc(
                "The root of the exceptions of {@link $T}: one final subclass per error status of"
                    + " the spec, below {@code $L} for 4xx and {@code $L} for 5xx. Create one with"
                    + " {@link #of($T, String)} or {@link $T#toException(String)}; handle them"
                    + " exhaustively with {@link #accept($T)}$L.\n",
                types.annotatedInterface(),
                types.names().clientException(),
                types.names().serverException(),
                types.statusEnum(),
                types.statusEnum(),
                types.exceptionHandler(),
                types.target().sealedTypes()
                    ? " or a pattern switch, since the hierarchy is sealed"
                    : "")
            .addField(SERIAL_VERSION_UID)
            .addField(
                FieldSpec.builder(JavaTypes.MEMBERS, "problem", PRIVATE, TRANSIENT)
                    .addJavadoc(
                        "The members of the problem details this exception was decoded from, or"
                            + " null; not serialized, since its values may be of any type.\n")
                    .build())
            .addField(
                FieldSpec.builder(JavaTypes.MEMBERS, "members", PRIVATE, TRANSIENT)
                    .addJavadoc(
                        "The extension members set with {@link #withMember(String, Object)}, in"
                            + " the order they were first set, or null for none; not"
                            + " serialized, as the problem is not.\n")
                    .build())
            .addField(
                FieldSpec.builder(DURATION, "retryAfter", PRIVATE)
                    .addJavadoc(
                        "How long a client should wait before it retries, or null when not"
                            + " known.\n")
                    .build())
            .addMethods(constructors(false))
            .addMethod(withMember(types, self))
            .addMethod(members())
            .addMethod(retryAfter(self))
            .addMethod(retryAfterGetter())
            .addMethod(
                MethodSpec.methodBuilder("problem")
                    .addModifiers(PUBLIC, FINAL)
                    .returns(JavaTypes.MEMBERS)
                    .addJavadoc(
                        "The members of the problem-details body (RFC 9457) this exception was"
                            + " decoded from by a generated client adapter, in the order of the"
                            + " body: {@code type}, {@code title}, {@code detail}, the errorCode"
                            + " member and any extension members, as the JSON library read"
                            + " them.\n\n"
                            + "@return the members, unmodifiable; empty for an exception created in"
                            + " this JVM\n")
                    .addStatement("$T members = problem", JavaTypes.MEMBERS)
                    .addStatement(
                        "return members == null ? $T.<$T, $T>emptyMap() : members",
                        Collections.class,
                        JavaTypes.STRING,
                        ClassName.OBJECT)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("withProblem")
                    .addModifiers(FINAL)
                    .returns(self)
                    .addParameter(JavaTypes.MEMBERS, "members")
                    .addJavadoc(
                        "Sets the members of the problem-details body this exception was decoded"
                            + " from, for the generated adapters.\n\n"
                            + "@param members the body's members in their order, copied; null for"
                            + " none\n"
                            + "@return this exception\n")
                    .addStatement(
                        "this.problem = members == null || members.isEmpty() ? null :"
                            + " $T.unmodifiableMap(new $T<$T, $T>(members))",
                        Collections.class,
                        LinkedHashMap.class,
                        JavaTypes.STRING,
                        ClassName.OBJECT)
                    .addStatement("return this")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("status")
                    .addModifiers(PUBLIC, ABSTRACT)
                    .returns(types.statusEnum())
                    .addJavadoc(
                        "The status this exception signals.\n\n@return the status, never null\n")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("code")
                    .addModifiers(PUBLIC)
                    .returns(int.class)
                    .addJavadoc("The HTTP status code of {@link #status()}.\n\n@return the code\n")
                    .addStatement("return status().code()")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("accept")
                    .addModifiers(PUBLIC, ABSTRACT)
                    .addTypeVariable(JavaTypes.R)
                    .returns(JavaTypes.R)
                    .addParameter(
                        ParameterizedTypeName.get(types.exceptionHandler(), JavaTypes.R), "handler")
                    .addJavadoc(
                        "Calls the method of {@code handler} for this exception's status.\n\n"
                            + "@param handler the handler\n"
                            + "@param <R> the result type\n"
                            + "@return what the handler returns\n")
                    .build())
            .addMethod(of(types))
            .addMethod(ofWithCause(types));
    if (types.target().sealedTypes() && !types.spec().errors().isEmpty()) {
      type.addModifiers(SEALED);
      if (types.hasClientErrors()) {
        type.addPermittedSubclass(types.clientException());
      }
      if (types.hasServerErrors()) {
        type.addPermittedSubclass(types.serverException());
      }
    }
    return type.build();
  }

  private static MethodSpec of(SpecTypes types) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("of")
            .addModifiers(PUBLIC, STATIC)
            .returns(types.exception())
            .addParameter(types.statusEnum(), "status")
            .addParameter(JavaTypes.STRING, "message")
            .addJavadoc(
                "A new exception of the class of {@code status}.\n\n"
                    + "@param status an error status (4xx or 5xx)\n"
                    + "@param message the detail message\n"
                    + "@return the exception\n"
                    + "@throws IllegalStateException if {@code status} is not an error\n");
    // Only the error statuses appear in the switch: suppressing more is itself a warning (ecj).
    if (types.spec().errors().stream().anyMatch(Status::isDeprecated)) {
      method.addAnnotation(Members.suppressDeprecation());
    }
    Switches.returnSwitch(
        method,
        "status",
        types.spec().errors(),
        status -> CodeBlock.of("new $T(message)", types.exceptionOf(status)),
        Optional.of(
            CodeBlock.of(
                "new $T(status + $S)",
                IllegalStateException.class,
                " is not an error status (4xx or 5xx) and has no exception")),
        types.target());
    return method.build();
  }

  private static MethodSpec ofWithCause(SpecTypes types) {
    return MethodSpec.methodBuilder("of")
        .addModifiers(PUBLIC, STATIC)
        .returns(types.exception())
        .addParameter(types.statusEnum(), "status")
        .addParameter(JavaTypes.STRING, "message")
        .addParameter(JavaTypes.THROWABLE, "cause")
        .addJavadoc(
            "A new exception of the class of {@code status}, with a cause.\n\n"
                + "@param status an error status (4xx or 5xx)\n"
                + "@param message the detail message\n"
                + "@param cause the cause, or null\n"
                + "@return the exception\n"
                + "@throws IllegalStateException if {@code status} is not an error\n")
        .addStatement("$T exception = of(status, message)", types.exception())
        .beginControlFlow("if (cause != null)")
        .addStatement("exception.initCause(cause)")
        .endControlFlow()
        .addStatement("return exception")
        .build();
  }

  private static TypeSpec branch(
      SpecTypes types, ClassName self, Predicate<Status> member, String what) {
    List<Status> statuses = types.spec().errors().stream().filter(member).toList();
    TypeSpec.Builder type =
        type(TypeSpec.classBuilder(self), types)
            .addModifiers(PUBLIC, ABSTRACT)
            .superclass(types.exception())
            .addJavadoc(
                "The root of the exceptions of the $L of {@link $T}.\n",
                what,
                types.annotatedInterface())
            .addField(SERIAL_VERSION_UID)
            .addMethods(constructors(false));
    if (types.target().sealedTypes()) {
      type.addModifiers(SEALED);
      statuses.forEach(status -> type.addPermittedSubclass(types.exceptionOf(status)));
      if (statuses.stream().anyMatch(Status::isDeprecated)) {
        type.addAnnotation(Members.suppressDeprecation());
      }
    }
    return type.build();
  }

  /** The exception of {@code status}, an error of each of the {@code operations} that list it. */
  private static TypeSpec leaf(SpecTypes types, Status status, List<Operation> operations) {
    ClassName self = types.exceptionOf(status);
    TypeSpec.Builder type =
        type(TypeSpec.classBuilder(self), types)
            .addModifiers(PUBLIC, FINAL)
            .superclass(types.branchOf(status))
            .addJavadoc("Signals $L", Members.statusDoc(status, types.statusEnum()))
            .addJavadoc(Members.deprecatedTag(status));
    for (Operation operation : operations) {
      type.addSuperinterface(types.operationError(operation));
    }
    type.addField(SERIAL_VERSION_UID)
        .addMethods(LEAF_CONSTRUCTORS)
        .addMethod(
            MethodSpec.methodBuilder("status")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(types.statusEnum())
                .addJavadoc(
                    "Returns {@link $T#$L}.\n\n@return the status\n",
                    types.statusEnum(),
                    status.id())
                .addStatement("return $T.$L", types.statusEnum(), status.id())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("accept")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addTypeVariable(JavaTypes.R)
                .returns(JavaTypes.R)
                .addParameter(
                    ParameterizedTypeName.get(types.exceptionHandler(), JavaTypes.R), "handler")
                .addJavadoc(
                    "Calls {@code handler.$N(this)}.\n\n"
                        + "@param handler the handler\n"
                        + "@param <R> the result type\n"
                        + "@return what the handler returns\n",
                    status.handlerMethodName())
                .addStatement("return handler.$N(this)", status.handlerMethodName())
                .build())
        .addMethod(covariant(types, self, "withMember"))
        .addMethod(covariant(types, self, "retryAfter"));
    Members.deprecateIf(status, type);
    return type.build();
  }

  /** The members RFC 9457 defines, which {@code withMember} refuses. */
  static final List<String> RFC_MEMBERS = List.of("type", "title", "status", "detail", "instance");

  private static final ClassName DURATION = ClassName.get(Duration.class);

  /**
   * {@code withMember(name, value)}: adds an extension member, refusing RFC 9457's own members, the
   * errorCode member and values JSON cannot carry as a plain value. The names are compared with
   * {@code equals}, one by one, rather than in a {@code switch}: a spec with an error may name the
   * errorCode member as one of RFC 9457's, and duplicate case labels would not compile.
   */
  private static MethodSpec withMember(SpecTypes types, ClassName self) {
    CodeBlock.Builder rfc = CodeBlock.builder();
    for (int i = 0; i < RFC_MEMBERS.size(); i++) {
      rfc.add(i == 0 ? "" : " || ").add("name.equals($S)", RFC_MEMBERS.get(i));
    }
    String errorCodeMember = types.spec().problem().errorCodeMember();
    return MethodSpec.methodBuilder("withMember")
        .addModifiers(PUBLIC)
        .returns(self)
        .addParameter(JavaTypes.STRING, "name")
        .addParameter(ClassName.OBJECT, "value")
        .addJavadoc(
            "Adds an extension member to the problem-details body (RFC 9457) that a generated"
                + " server adapter sends for this exception, after the members of the status"
                + " ({@code type}, {@code title}, {@code status}, {@code detail}, {@code"
                + " instance} and the errorCode member {@code $L}), in the order the members were"
                + " first added; adding a name again replaces its value in place. For example"
                + " {@code throw new SomeException(\"card declined\").withMember(\"decline_code\","
                + " \"insufficient_funds\")}; each generated exception class returns itself as"
                + " its own type. Not thread-safe: add members before the exception is thrown.\n\n"
                + "@param name the member's name: not empty, and none of RFC 9457's own members"
                + " nor {@code $L}\n"
                + "@param value a {@code String}, a {@code Boolean}, a number ({@code Integer},"
                + " {@code Long}, {@code Short}, {@code Byte}, {@code BigInteger}, {@code"
                + " BigDecimal}, or a finite {@code Double} or {@code Float}) or null\n"
                + "@return this exception\n"
                + "@throws NullPointerException if {@code name} is null\n"
                + "@throws IllegalArgumentException if {@code name} is empty, RFC 9457's or the"
                + " errorCode member, or {@code value} is of another type, NaN or infinite\n",
            JavaText.javadoc(errorCodeMember),
            JavaText.javadoc(errorCodeMember))
        .beginControlFlow("if (name == null)")
        .addStatement("throw new $T($S)", NullPointerException.class, "a member's name is null")
        .endControlFlow()
        .beginControlFlow("if (name.isEmpty())")
        .addStatement(
            "throw new $T($S)", IllegalArgumentException.class, "a member's name is empty")
        .endControlFlow()
        .beginControlFlow("if ($L)", rfc.build())
        .addStatement(
            "throw new $T($S + name + $S)",
            IllegalArgumentException.class,
            "'",
            "' is a member RFC 9457 defines, written from the exception's status and message;"
                + " an extension member needs another name")
        .endControlFlow()
        .beginControlFlow("if (name.equals($L))", JavaText.literal(errorCodeMember))
        .addStatement(
            "throw new $T($S + name + $S)",
            IllegalArgumentException.class,
            "'",
            "' is the member that carries the status's errorCode; an extension member needs"
                + " another name")
        .endControlFlow()
        .beginControlFlow(
            "if (value instanceof $T || value instanceof $T)", Double.class, Float.class)
        .addStatement("double number = (($T) value).doubleValue()", Number.class)
        .beginControlFlow(
            "if ($T.isNaN(number) || $T.isInfinite(number))", Double.class, Double.class)
        .addStatement(
            "throw new $T($S + name + $S + value + $S)",
            IllegalArgumentException.class,
            "the value of member '",
            "' is ",
            ", which JSON cannot carry")
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow(
            "if (value != null && !(value instanceof $T || value instanceof $T"
                + " || value instanceof $T || value instanceof $T || value instanceof $T"
                + " || value instanceof $T || value instanceof $T || value instanceof $T"
                + " || value instanceof $T || value instanceof $T))",
            String.class,
            Boolean.class,
            Integer.class,
            Long.class,
            Short.class,
            Byte.class,
            BigInteger.class,
            BigDecimal.class,
            Double.class,
            Float.class)
        .addStatement(
            "throw new $T($S + name + $S + value.getClass().getName() + $S)",
            IllegalArgumentException.class,
            "the value of member '",
            "' is a ",
            "; a member's value is a String, a Boolean, a number (Integer, Long, Short, Byte,"
                + " BigInteger, BigDecimal, Double, Float) or null")
        .endControlFlow()
        .addStatement("$T added = members", JavaTypes.MEMBERS)
        .beginControlFlow("if (added == null)")
        .addStatement(
            "added = new $T<$T, $T>()", LinkedHashMap.class, JavaTypes.STRING, ClassName.OBJECT)
        .addStatement("members = added")
        .endControlFlow()
        .addStatement("added.put(name, value)")
        .addStatement("return this")
        .build();
  }

  /** {@code members()}: the extension members added, unmodifiable. */
  private static MethodSpec members() {
    return MethodSpec.methodBuilder("members")
        .addModifiers(PUBLIC, FINAL)
        .returns(JavaTypes.MEMBERS)
        .addJavadoc(
            "The extension members added with {@link #withMember(String, Object)}, in their"
                + " order: what a generated server adapter writes after the status's members. An"
                + " exception a client adapter decoded has none here: the body it was decoded"
                + " from is in {@link #problem()}.\n\n"
                + "@return the members, unmodifiable; empty when none was added\n")
        .addStatement("$T added = members", JavaTypes.MEMBERS)
        .addStatement(
            "return added == null ? $T.<$T, $T>emptyMap() : $T.unmodifiableMap(added)",
            Collections.class,
            JavaTypes.STRING,
            ClassName.OBJECT,
            Collections.class)
        .build();
  }

  /** {@code retryAfter(Duration)}: sets the time a client should wait. */
  private static MethodSpec retryAfter(ClassName self) {
    return MethodSpec.methodBuilder("retryAfter")
        .addModifiers(PUBLIC)
        .returns(self)
        .addParameter(DURATION, "retryAfter")
        .addJavadoc(
            "Sets how long a client should wait before it retries: a generated server adapter"
                + " sends it as the {@code Retry-After} header of the response, in whole seconds"
                + " rounded up (never as a member of the body). Each generated exception class"
                + " returns itself as its own type.\n\n"
                + "@param retryAfter the time to wait, zero or more\n"
                + "@return this exception\n"
                + "@throws NullPointerException if {@code retryAfter} is null\n"
                + "@throws IllegalArgumentException if {@code retryAfter} is negative\n")
        .beginControlFlow("if (retryAfter == null)")
        .addStatement("throw new $T($S)", NullPointerException.class, "retryAfter is null")
        .endControlFlow()
        .beginControlFlow("if (retryAfter.isNegative())")
        .addStatement(
            "throw new $T($S + retryAfter + $S)",
            IllegalArgumentException.class,
            "retryAfter ",
            " is negative; a client can wait zero seconds or more")
        .endControlFlow()
        .addStatement("this.retryAfter = retryAfter")
        .addStatement("return this")
        .build();
  }

  /** {@code retryAfter()}: the time a client should wait, if known. */
  private static MethodSpec retryAfterGetter() {
    return MethodSpec.methodBuilder("retryAfter")
        .addModifiers(PUBLIC, FINAL)
        .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, DURATION))
        .addJavadoc(
            "How long a client should wait before it retries: on the server, what {@link"
                + " #retryAfter($T)} set, exactly; on an exception a generated client adapter"
                + " decoded, what the response's {@code Retry-After} header said (delta-seconds,"
                + " or an HTTP-date as the time from when the response was decoded until then,"
                + " zero when it is past; a header of another form is ignored).\n\n"
                + "@return the time to wait, or empty when not known\n",
            DURATION)
        .addStatement("return $T.ofNullable(retryAfter)", Optional.class)
        .build();
  }

  /**
   * The override of {@code name} ({@code withMember} or {@code retryAfter}) in the exception of a
   * status, {@code self}, which returns the exception as its own class, so that {@code FooException
   * e = new FooException(..).withMember(..)} compiles.
   */
  private static MethodSpec covariant(SpecTypes types, ClassName self, String name) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(self);
    if (name.equals("withMember")) {
      method
          .addParameter(JavaTypes.STRING, "name")
          .addParameter(ClassName.OBJECT, "value")
          .addJavadoc(
              "As {@link $T#withMember(String, Object)}, returning this exception as its own"
                  + " class.\n\n"
                  + "@param name the member's name\n"
                  + "@param value the member's value\n"
                  + "@return this exception\n",
              types.exception())
          .addStatement("super.withMember(name, value)");
    } else {
      method
          .addParameter(DURATION, "retryAfter")
          .addJavadoc(
              "As {@link $T#retryAfter($T)}, returning this exception as its own class.\n\n"
                  + "@param retryAfter the time to wait, zero or more\n"
                  + "@return this exception\n",
              types.exception(),
              DURATION)
          .addStatement("super.retryAfter(retryAfter)");
    }
    return method.addStatement("return this").build();
  }

  /**
   * The two constructors, {@code (message)} and {@code (message, cause)}: public on the classes of
   * the statuses, package-private on the roots so that the hierarchy stays closed.
   */
  private static List<MethodSpec> constructors(boolean leaf) {
    String note = leaf ? "" : ", for the generated subclasses";
    MethodSpec.Builder message =
        MethodSpec.constructorBuilder()
            .addParameter(JavaTypes.STRING, "message")
            .addJavadoc("Creates the exception$L.\n\n@param message the detail message\n", note)
            .addStatement("super(message)");
    MethodSpec.Builder withCause =
        MethodSpec.constructorBuilder()
            .addParameter(JavaTypes.STRING, "message")
            .addParameter(JavaTypes.THROWABLE, "cause")
            .addJavadoc(
                "Creates the exception with a cause$L.\n\n"
                    + "@param message the detail message\n"
                    + "@param cause the cause, or null\n",
                note)
            .addStatement("super(message, cause)");
    if (leaf) {
      message.addModifiers(PUBLIC);
      withCause.addModifiers(PUBLIC);
    }
    return List.of(message.build(), withCause.build());
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(TypeName.LONG, "serialVersionUID", PRIVATE, STATIC, FINAL)
        .addJavadoc("The serialization version.\n")
        .initializer("1L")
        .build();
  }
}
