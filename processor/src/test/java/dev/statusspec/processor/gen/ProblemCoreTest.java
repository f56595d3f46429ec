package dev.statusspec.processor.gen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.testing.GeneratedClasses;
import dev.statusspec.processor.testing.SpecDiagnostics;
import dev.statusspec.processor.testing.Specs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The problem-details core, compiled under {@code -Xlint:all -Werror} at Java 8 and 17 and called:
 * {@code PStatus.problemType()} and {@code fromProblem}, {@code PException.problem()} and {@code
 * withProblem}, and {@code PProblems} (generated here as it is when an adapter is) with hostile
 * inputs.
 */
class ProblemCoreTest {

  private static final String SPEC =
      """
      problem:
        typeBase: https://api.example.com/problems/
        errorCodeMember: code
      statuses:
        - {code: 200, name: OK}
        - {code: 400, name: Bad Request}
        - {code: 409, name: Conflict, errorCode: conflict}
        - code: 409
          id: TENANT_SUSPENDED
          name: Tenant Suspended
          errorCode: tenant_suspended
          type: suspended
        - {code: 410, name: Gone, type: 'urn:example:gone', deprecated: true}
        - {code: 503, name: Service Unavailable, retryable: true}
      """;

  private static final String HOSTILE =
      "quote \" backslash \\ </script><script>alert(1)</script> \u0000\u0001\u001f\u007f"
          + " \u2028 \uD83D\uDE00 \uD800 ${x} %s {0}";

  /**
   * A user of {@code withMember} and {@code retryAfter}: each exception class returns itself as its
   * own type, so the chain is a {@code ConflictException}.
   */
  private static final String USER =
      """
      package com.example;

      import java.time.Duration;

      public final class User {
        private User() {}

        public static ConflictException conflict() {
          ConflictException e =
              new ConflictException("card declined")
                  .withMember("decline_code", "insufficient_funds")
                  .retryAfter(Duration.ofMillis(1500))
                  .withMember("attempt", 3);
          return e;
        }

        public static ApiException root(ApiException e) {
          return e.withMember("errorCode", "the member is 'code' in this spec");
        }
      }
      """;

  /** The core's classes at {@code release}: the spec's types and {@code PProblems}. */
  private static GeneratedClasses compile(int release) {
    Spec spec = SpecDiagnostics.valid(SPEC);
    Target target = new Target(release, Optional.empty(), Set.of("feign"), ClassPath.EMPTY);
    Plan plan = Specs.plan(spec, ClassName.get("com.example", "Api"), "statuses.yaml", target);
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(
        JavaFileObjects.forSourceString(
            "com.example.Api", "package com.example;\npublic interface Api {}\n"));
    sources.add(JavaFileObjects.forSourceString("com.example.User", USER));
    // Feign's adapter is on only so that the core PProblems is planned; its decoder is left out.
    for (GeneratedFile file : plan.files()) {
      if (file instanceof GeneratedFile.JavaSource source
          && !file.name().equals("com.example.ApiErrorDecoder")) {
        sources.add(source.file().toJavaFileObject());
      }
    }
    Compilation compilation =
        javac()
            .withOptions(
                "--release", String.valueOf(release), "-Xlint:all", "-Werror", "-proc:none")
            .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return GeneratedClasses.of(compilation);
  }

  private static Object call(Class<?> type, String name, Object target, Object... args)
      throws Throwable {
    for (Method method : type.getDeclaredMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length) {
        method.setAccessible(true);
        try {
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new AssertionError(type + " has no " + name);
  }

  private static Object constant(Class<?> status, String id) {
    return Arrays.stream(status.getEnumConstants())
        .filter(c -> ((Enum<?>) c).name().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void problemTypeIsAConstantOfEachStatus(int release) throws Throwable {
    Class<?> status = compile(release).load("com.example.ApiStatus");
    Object suspended = constant(status, "TENANT_SUSPENDED");
    assertThat(call(status, "problemType", suspended))
        .isEqualTo(URI.create("https://api.example.com/problems/suspended"))
        .isSameAs(call(status, "problemType", suspended));
    assertThat(call(status, "problemType", constant(status, "BAD_REQUEST")))
        .isEqualTo(URI.create("https://api.example.com/problems/bad-request"));
    assertThat(call(status, "problemType", constant(status, "GONE")))
        .isEqualTo(URI.create("urn:example:gone"));
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void fromProblemPrefersTheTypeThenTheCodeAndErrorCode(int release) throws Throwable {
    Class<?> status = compile(release).load("com.example.ApiStatus");
    String suspended = "https://api.example.com/problems/suspended";
    assertThat(call(status, "fromProblem", null, 409, suspended, null))
        .isEqualTo(Optional.of(constant(status, "TENANT_SUSPENDED")));
    // The type wins over the errorCode and even over the code (RFC 9457: status is advisory).
    assertThat(call(status, "fromProblem", null, 500, suspended, "conflict"))
        .isEqualTo(Optional.of(constant(status, "TENANT_SUSPENDED")));
    assertThat(call(status, "fromProblem", null, 409, "about:blank", "tenant_suspended"))
        .isEqualTo(Optional.of(constant(status, "TENANT_SUSPENDED")));
    assertThat(call(status, "fromProblem", null, 409, null, null))
        .isEqualTo(Optional.of(constant(status, "CONFLICT")));
    assertThat(call(status, "fromProblem", null, 409, "https://other.example/x", "nope"))
        .isEqualTo(Optional.of(constant(status, "CONFLICT")));
    assertThat(call(status, "fromProblem", null, 418, "", null)).isEqualTo(Optional.empty());
    assertThat(call(status, "fromProblem", null, -1, "urn:example:gone", null))
        .isEqualTo(Optional.of(constant(status, "GONE")));
    // The same Optional instance every time: nothing allocated.
    assertThat(call(status, "fromProblem", null, 409, suspended, null))
        .isSameAs(call(status, "fromProblem", null, 409, suspended, null));
  }

  @ParameterizedTest
  @ValueSource(ints = {17})
  void fromProblemAllocatesNothing(int release) throws Throwable {
    Class<?> status = compile(release).load("com.example.ApiStatus");
    Method fromProblem = status.getMethod("fromProblem", int.class, String.class, String.class);
    String[] types = {
      "https://api.example.com/problems/suspended", "about:blank", null, "urn:x:unknown"
    };
    for (String type : types) {
      if (type != null) {
        type.hashCode(); // String caches its hash: computing it once is not the lookup's cost
      }
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] before = new long[1];
    Object[][] args = new Object[types.length][];
    for (int i = 0; i < types.length; i++) {
      args[i] = new Object[] {Integer.valueOf(409), types[i], "tenant_suspended"};
    }
    for (int round = 0; round < 2; round++) {
      before[0] = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
      for (int i = 0; i < 20_000; i++) {
        fromProblem.invoke(null, args[i & 3]);
      }
    }
    long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before[0];
    // Reflection itself may allocate a little per call on some JDKs; the lookup must add nothing
    // per call, so the total stays far below one object per call (16 bytes x 20,000).
    assertThat(allocated).isLessThan(20_000L * 16 / 4);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void exceptionsCreatedHereHaveNoProblemAndWithProblemCopies(int release) throws Throwable {
    GeneratedClasses classes = compile(release);
    Class<?> exception = classes.load("com.example.ApiException");
    Object e =
        classes.load("com.example.ConflictException").getConstructor(String.class).newInstance("x");
    assertThat((Map<?, ?>) call(exception, "problem", e)).isEmpty();
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("type", "t");
    members.put("title", "T");
    members.put(null, "a null key");
    assertThat(call(exception, "withProblem", e, members)).isSameAs(e);
    members.put("later", 1);
    Map<?, ?> problem = (Map<?, ?>) call(exception, "problem", e);
    assertThat(new ArrayList<Object>(problem.keySet())).containsExactly("type", "title", null);
    assertThatThrownBy(() -> problem.clear()).isInstanceOf(UnsupportedOperationException.class);
    call(exception, "withProblem", e, (Object) null);
    assertThat((Map<?, ?>) call(exception, "problem", e)).isEmpty();
    // The members are not serialized (their values may be anything); a copy has none, not null.
    call(exception, "withProblem", e, members);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    Object copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
          @Override
          protected Class<?> resolveClass(java.io.ObjectStreamClass desc)
              throws java.io.IOException, ClassNotFoundException {
            return Class.forName(desc.getName(), false, classes);
          }
        }) {
      copy = in.readObject();
    }
    assertThat((Map<?, ?>) call(exception, "problem", copy)).isEmpty();
    assertThat(((Throwable) copy).getMessage()).isEqualTo("x");
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void fromBodyPicksTheStatusAndMessageAndKeepsTheMembers(int release) throws Throwable {
    GeneratedClasses classes = compile(release);
    Class<?> problems = classes.load("com.example.ApiProblems");
    Class<?> exception = classes.load("com.example.ApiException");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "https://api.example.com/problems/suspended");
    body.put("title", "Tenant Suspended");
    body.put("status", 409);
    body.put("detail", "tenant 7 is suspended");
    body.put("instance", "/fields/7");
    body.put("code", "tenant_suspended");
    body.put("retryAfter", List.of(1, 2));
    Object e = call(problems, "fromBody", null, 409, body);
    assertThat(e.getClass().getSimpleName()).isEqualTo("TenantSuspendedException");
    assertThat(((Throwable) e).getMessage()).isEqualTo("tenant 7 is suspended");
    Map<?, ?> problem = (Map<?, ?>) call(exception, "problem", e);
    assertThat(problem).isEqualTo(body);
    assertThat(new ArrayList<Object>(problem.keySet()))
        .containsExactly("type", "title", "status", "detail", "instance", "code", "retryAfter");

    // errorCode alone (about:blank or no type), title as the message when there is no detail.
    Map<String, Object> byCode = new HashMap<>();
    byCode.put("code", "tenant_suspended");
    byCode.put("title", "Suspended!");
    Object e2 = call(problems, "fromBody", null, 409, byCode);
    assertThat(e2.getClass().getSimpleName()).isEqualTo("TenantSuspendedException");
    assertThat(((Throwable) e2).getMessage()).isEqualTo("Suspended!");
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void fromBodyFallsBackToTheStatusOfTheCodeForAnythingElse(int release) throws Throwable {
    GeneratedClasses classes = compile(release);
    Class<?> problems = classes.load("com.example.ApiProblems");
    // Not a problem at all: no members.
    Object none = call(problems, "fromBody", null, 409, null);
    assertThat(none.getClass().getSimpleName()).isEqualTo("ConflictException");
    assertThat(((Throwable) none).getMessage()).isEqualTo("Conflict");
    assertThat((Map<?, ?>) call(classes.load("com.example.ApiException"), "problem", none))
        .isEmpty();
    // Members of the wrong types are ignored, never a ClassCastException.
    Map<String, Object> wrong = new HashMap<>();
    wrong.put("type", List.of("https://api.example.com/problems/suspended"));
    wrong.put("code", Map.of("x", 1));
    wrong.put("detail", 42);
    wrong.put("title", false);
    Object e = call(problems, "fromBody", null, 409, wrong);
    assertThat(e.getClass().getSimpleName()).isEqualTo("ConflictException");
    assertThat(((Throwable) e).getMessage()).isEqualTo("Conflict");
    // A type and an errorCode the spec lacks.
    Object unknown =
        call(problems, "fromBody", null, 409, Map.of("type", "urn:x:new", "code", "brand_new"));
    assertThat(unknown.getClass().getSimpleName()).isEqualTo("ConflictException");
    // The type of a success status on an error: the code decides.
    Object ok =
        call(
            problems,
            "fromBody",
            null,
            409,
            Map.of("type", "https://api.example.com/problems/ok", "code", "tenant_suspended"));
    assertThat(ok.getClass().getSimpleName()).isEqualTo("TenantSuspendedException");
    // The type of an error status of another code: the response's code decides, never an
    // exception whose code() differs from the response's (a 503 stays retryable).
    Object otherCode =
        call(
            problems,
            "fromBody",
            null,
            503,
            Map.of(
                "type", "https://api.example.com/problems/suspended", "code", "tenant_suspended"));
    assertThat(otherCode.getClass().getSimpleName()).isEqualTo("ServiceUnavailableException");
    Object badRequest =
        call(
            problems,
            "fromBody",
            null,
            400,
            Map.of("type", "https://api.example.com/problems/conflict"));
    assertThat(badRequest.getClass().getSimpleName()).isEqualTo("BadRequestException");
    // A deprecated status still comes back.
    Object gone = call(problems, "fromBody", null, 410, Map.of());
    assertThat(gone.getClass().getSimpleName()).isEqualTo("GoneException");
    // Codes the spec lacks, and codes that are not errors: left to the framework.
    assertThat(call(problems, "fromBody", null, 418, Map.of("detail", "teapot"))).isNull();
    assertThat(call(problems, "fromBody", null, 200, Map.of())).isNull();
    assertThat(call(problems, "fromBody", null, 599, null)).isNull();
    assertThat(call(problems, "fromBody", null, -5, null)).isNull();
    assertThat(call(problems, "fromBody", null, Integer.MAX_VALUE, null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void hostileDetailsRoundTripExactly(int release) throws Throwable {
    GeneratedClasses classes = compile(release);
    Class<?> problems = classes.load("com.example.ApiProblems");
    Class<?> exception = classes.load("com.example.ApiException");
    String huge = HOSTILE + "x".repeat(100_000) + HOSTILE;
    for (String detail : List.of(HOSTILE, huge, "", " ")) {
      Object e = call(problems, "fromBody", null, 503, Map.of("detail", detail));
      assertThat(e.getClass().getSimpleName()).isEqualTo("ServiceUnavailableException");
      assertThat(((Throwable) e).getMessage()).isEqualTo(detail);
      Map<?, ?> body = (Map<?, ?>) call(problems, "toBody", null, e, "/p?q=\"x\"");
      assertThat(body.get("detail")).isEqualTo(detail);
      assertThat(call(exception, "problem", e)).isEqualTo(Map.of("detail", detail));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void toBodyHasExactlyTheMembersInOrderAndNothingOfTheException(int release) throws Throwable {
    GeneratedClasses classes = compile(release);
    Class<?> problems = classes.load("com.example.ApiProblems");
    Throwable e =
        (Throwable)
            classes
                .load("com.example.TenantSuspendedException")
                .getConstructor(String.class, Throwable.class)
                .newInstance("tenant 7", new IllegalStateException("secret cause text"));
    Map<?, ?> body = (Map<?, ?>) call(problems, "toBody", null, e, "/fields/7");
    assertThat(new ArrayList<Object>(body.keySet()))
        .containsExactly("type", "title", "status", "detail", "instance", "code");
    assertThat(body.get("type")).isEqualTo("https://api.example.com/problems/suspended");
    assertThat(body.get("title")).isEqualTo("Tenant Suspended");
    assertThat(body.get("status")).isEqualTo(409);
    assertThat(body.get("detail")).isEqualTo("tenant 7");
    assertThat(body.get("instance")).isEqualTo("/fields/7");
    assertThat(body.get("code")).isEqualTo("tenant_suspended");
    assertThat(body.toString()).doesNotContain("secret", "Exception", "at com.");
    assertThatThrownBy(() -> body.clear()).isInstanceOf(UnsupportedOperationException.class);

    Throwable bare =
        (Throwable)
            classes
                .load("com.example.BadRequestException")
                .getConstructor(String.class)
                .newInstance((Object) null);
    Map<?, ?> minimal = (Map<?, ?>) call(problems, "toBody", null, bare, null);
    assertThat(new ArrayList<Object>(minimal.keySet())).containsExactly("type", "title", "status");
    assertThat(minimal.get("status")).isEqualTo(400);
    java.lang.reflect.Field bound = problems.getDeclaredField("MAX_BODY_BYTES");
    bound.setAccessible(true);
    assertThat(bound.getInt(null)).isEqualTo(65_536);
    java.lang.reflect.Field member = problems.getDeclaredField("ERROR_CODE_MEMBER");
    member.setAccessible(true);
    assertThat(member.get(null)).isEqualTo("code");
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void withMemberRefusesRfc9457sMembersTheErrorCodeMemberAndOtherValues(int release)
      throws Throwable {
    GeneratedClasses classes = compile(release);
    Class<?> exception = classes.load("com.example.ApiException");
    Class<?> conflict = classes.load("com.example.ConflictException");
    Object e = conflict.getConstructor(String.class).newInstance("x");
    for (String name : List.of("type", "title", "status", "detail", "instance")) {
      assertThatThrownBy(() -> call(conflict, "withMember", e, name, "v"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "'"
                  + name
                  + "' is a member RFC 9457 defines, written from the exception's status and"
                  + " message; an extension member needs another name");
    }
    // The spec's errorCode member is 'code': refused; 'errorCode' is then an ordinary name.
    assertThatThrownBy(() -> call(conflict, "withMember", e, "code", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'code' is the member that carries the status's errorCode; an extension member needs"
                + " another name");
    assertThatThrownBy(() -> call(conflict, "withMember", e, null, "v"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a member's name is null");
    assertThatThrownBy(() -> call(conflict, "withMember", e, "", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a member's name is empty");
    // RFC 9457's names are case-sensitive JSON names: 'Type' is an extension member.
    for (Object value : List.of(new Object(), List.of(1), Map.of(), 'c', new int[0])) {
      assertThatThrownBy(() -> call(conflict, "withMember", e, "x", value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "the value of member 'x' is a "
                  + value.getClass().getName()
                  + "; a member's value is a String, a Boolean, a number (Integer, Long, Short,"
                  + " Byte, BigInteger, BigDecimal, Double, Float) or null");
    }
    for (Object value :
        List.of(Double.NaN, Double.NEGATIVE_INFINITY, Float.NaN, Float.POSITIVE_INFINITY)) {
      assertThatThrownBy(() -> call(conflict, "withMember", e, "x", value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the value of member 'x' is " + value + ", which JSON cannot carry");
    }
    assertThat((Map<?, ?>) call(exception, "members", e)).isEmpty();
    Object[][] accepted = {
      {"Type", "t"},
      {"s", "text"},
      {"b", true},
      {"i", 1},
      {"l", 2L},
      {"sh", (short) 3},
      {"by", (byte) 4},
      {"bi", new java.math.BigInteger("123456789012345678901234567890")},
      {"bd", new java.math.BigDecimal("1.25")},
      {"d", 1.5},
      {"f", 2.5f},
      {"n", null},
      {"errorCode", "x"}
    };
    for (Object[] member : accepted) {
      assertThat(call(conflict, "withMember", e, member[0], member[1])).isSameAs(e);
    }
    // Adding a name again replaces the value in place.
    call(conflict, "withMember", e, "s", "again");
    Map<?, ?> members = (Map<?, ?>) call(exception, "members", e);
    List<Object> names = new ArrayList<>();
    for (Object[] member : accepted) {
      names.add(member[0]);
    }
    assertThat(new ArrayList<Object>(members.keySet())).isEqualTo(names);
    assertThat(members.get("s")).isEqualTo("again");
    assertThat(members.containsKey("n")).isTrue();
    assertThatThrownBy(() -> members.clear()).isInstanceOf(UnsupportedOperationException.class);
    // Members are not the decoded problem, and the decoded problem is not members.
    assertThat((Map<?, ?>) call(exception, "problem", e)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void eachExceptionClassReturnsItselfFromWithMemberAndRetryAfter(int release) throws Throwable {
    GeneratedClasses classes = compile(release);
    Class<?> user = classes.load("com.example.User");
    Class<?> conflict = classes.load("com.example.ConflictException");
    assertThat(conflict.getMethod("withMember", String.class, Object.class).getReturnType())
        .isEqualTo(conflict);
    assertThat(conflict.getMethod("retryAfter", java.time.Duration.class).getReturnType())
        .isEqualTo(conflict);
    Object e = user.getMethod("conflict").invoke(null);
    Class<?> exception = classes.load("com.example.ApiException");
    Map<?, ?> members = (Map<?, ?>) call(exception, "members", e);
    assertThat(members).isEqualTo(linked("decline_code", "insufficient_funds", "attempt", 3));
    assertThat(new ArrayList<Object>(members.keySet())).containsExactly("decline_code", "attempt");
    assertThat(call(exception, "retryAfter", e))
        .isEqualTo(Optional.of(java.time.Duration.ofMillis(1500)));
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void retryAfterRefusesNullAndNegativeAndTheHeaderRoundsUp(int release) throws Throwable {
    GeneratedClasses classes = compile(release);
    Class<?> problems = classes.load("com.example.ApiProblems");
    Class<?> exception = classes.load("com.example.ApiException");
    Class<?> unavailable = classes.load("com.example.ServiceUnavailableException");
    Object e = unavailable.getConstructor(String.class).newInstance("busy");
    assertThat(call(exception, "retryAfter", e)).isEqualTo(Optional.empty());
    assertThat(call(problems, "retryAfterHeader", null, e)).isNull();
    assertThatThrownBy(() -> call(unavailable, "retryAfter", e, (Object) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("retryAfter is null");
    assertThatThrownBy(() -> call(unavailable, "retryAfter", e, java.time.Duration.ofNanos(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "retryAfter PT-0.000000001S is negative; a client can wait zero seconds or more");
    Object[][] cases = {
      {java.time.Duration.ZERO, "0"},
      {java.time.Duration.ofSeconds(3), "3"},
      {java.time.Duration.ofMillis(1500), "2"},
      {java.time.Duration.ofNanos(1), "1"},
      {java.time.Duration.ofHours(2), "7200"},
      {java.time.Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), String.valueOf(Long.MAX_VALUE)}
    };
    for (Object[] c : cases) {
      assertThat(call(unavailable, "retryAfter", e, c[0])).isSameAs(e);
      // Given back exactly as set; the header is whole seconds, rounded up.
      assertThat(call(exception, "retryAfter", e)).isEqualTo(Optional.of(c[0]));
      assertThat(call(problems, "retryAfterHeader", null, e)).isEqualTo(c[1]);
    }
    // Never a member of the body.
    Map<?, ?> body = (Map<?, ?>) call(problems, "toBody", null, e, null);
    assertThat(new ArrayList<Object>(body.keySet()))
        .containsExactly("type", "title", "status", "detail");
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void toBodyWritesTheExtensionMembersAfterTheStatussInOrder(int release) throws Throwable {
    GeneratedClasses classes = compile(release);
    Class<?> problems = classes.load("com.example.ApiProblems");
    Object e = classes.load("com.example.User").getMethod("conflict").invoke(null);
    Map<?, ?> body = (Map<?, ?>) call(problems, "toBody", null, e, "/pay");
    assertThat(new ArrayList<Object>(body.keySet()))
        .containsExactly(
            "type", "title", "status", "detail", "instance", "code", "decline_code", "attempt");
    assertThat(body.get("decline_code")).isEqualTo("insufficient_funds");
    assertThat(body.get("attempt")).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void fromBodyReadsRetryAfterAsDeltaSecondsOrAnHttpDate(int release) throws Throwable {
    GeneratedClasses classes = compile(release);
    Class<?> problems = classes.load("com.example.ApiProblems");
    Class<?> exception = classes.load("com.example.ApiException");
    Object[][] cases = {
      {"120", Optional.of(java.time.Duration.ofSeconds(120))},
      {" 7 ", Optional.of(java.time.Duration.ofSeconds(7))},
      {"0", Optional.of(java.time.Duration.ZERO)},
      {"999999999999999999", Optional.of(java.time.Duration.ofSeconds(999_999_999_999_999_999L))},
      {"Sun, 06 Nov 1994 08:49:37 GMT", Optional.of(java.time.Duration.ZERO)},
      {null, Optional.empty()},
      {"", Optional.empty()},
      {"-5", Optional.empty()},
      {"1.5", Optional.empty()},
      {"+3", Optional.empty()},
      {"9999999999999999999", Optional.empty()},
      {"Sunday, 06-Nov-94 08:49:37 GMT", Optional.empty()},
      {"soon", Optional.empty()}
    };
    for (Object[] c : cases) {
      Object e = call(problems, "fromBody", null, 503, null, c[0]);
      assertThat(call(exception, "retryAfter", e)).as("Retry-After: %s", c[0]).isEqualTo(c[1]);
    }
    // An HTTP-date is the time from now until then.
    String inAnHour =
        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusHours(1));
    Object e = call(problems, "fromBody", null, 503, Map.of("detail", "later"), inAnHour);
    java.time.Duration wait =
        ((Optional<?>) call(exception, "retryAfter", e))
            .map(java.time.Duration.class::cast)
            .orElseThrow();
    assertThat(wait).isBetween(java.time.Duration.ofMinutes(58), java.time.Duration.ofHours(1));
    assertThat(((Throwable) e).getMessage()).isEqualTo("later");
    // Without headers, no time; a decoded exception has no extension members of its own.
    Object none = call(problems, "fromBody", null, 503, Map.of("x", 1));
    assertThat(call(exception, "retryAfter", none)).isEqualTo(Optional.empty());
    assertThat((Map<?, ?>) call(exception, "members", none)).isEmpty();
    assertThat((Map<?, ?>) call(exception, "problem", none)).isEqualTo(Map.of("x", 1));
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 17})
  void retryAfterIsSerializedAndMembersAreNot(int release) throws Throwable {
    GeneratedClasses classes = compile(release);
    Class<?> exception = classes.load("com.example.ApiException");
    Object e = classes.load("com.example.User").getMethod("conflict").invoke(null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    Object copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
          @Override
          protected Class<?> resolveClass(java.io.ObjectStreamClass desc)
              throws java.io.IOException, ClassNotFoundException {
            return Class.forName(desc.getName(), false, classes);
          }
        }) {
      copy = in.readObject();
    }
    assertThat(call(exception, "retryAfter", copy))
        .isEqualTo(Optional.of(java.time.Duration.ofMillis(1500)));
    assertThat((Map<?, ?>) call(exception, "members", copy)).isEmpty();
  }

  private static Map<String, Object> linked(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }
}
