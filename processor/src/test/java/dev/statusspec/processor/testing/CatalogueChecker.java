package dev.statusspec.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks, member by member, that the classes generated for a spec answer exactly what the spec
 * says. The expectations are computed here from the YAML alone (read with Jackson, ids derived by
 * the rules of docs/guide/spec-reference.md written out again), independently of the processor's model.
 */
public final class CatalogueChecker {

  /** One status as the YAML gives it. */
  private record Expected(
      int code,
      String id,
      String name,
      String description,
      Optional<String> errorCode,
      boolean retryable,
      boolean deprecated,
      Optional<String> exception) {

    String pascal() {
      StringBuilder out = new StringBuilder();
      for (String word : id.split("_")) {
        out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
      return out.toString();
    }

    String exceptionName() {
      return exception.orElse(pascal() + "Exception");
    }
  }

  private final GeneratedClasses classes;
  private final String packagePrefix;
  private final String prefix;
  private final List<Expected> statuses = new ArrayList<>();

  private CatalogueChecker(
      GeneratedClasses classes, String packageName, String prefix, JsonNode spec) {
    this.classes = classes;
    this.packagePrefix = packageName.isEmpty() ? "" : packageName + ".";
    this.prefix = spec.hasNonNull("name") ? spec.get("name").asText() : prefix;
    for (JsonNode status : spec.get("statuses")) {
      String name = status.get("name").asText();
      JsonNode deprecated = status.get("deprecated");
      statuses.add(
          new Expected(
              status.get("code").asInt(),
              status.hasNonNull("id") ? status.get("id").asText() : deriveId(name),
              name,
              status.hasNonNull("description") ? status.get("description").asText() : "",
              text(status, "errorCode"),
              status.hasNonNull("retryable") && status.get("retryable").asBoolean(),
              deprecated != null
                  && !deprecated.isNull()
                  && !(deprecated.isBoolean() && !deprecated.asBoolean()),
              text(status, "exception")));
    }
  }

  /**
   * Checks the classes generated for {@code yaml} in {@code packageName}, with {@code
   * interfaceName} the default prefix.
   */
  public static void check(
      GeneratedClasses classes, String packageName, String interfaceName, byte[] yaml) {
    JsonNode spec;
    try {
      spec = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    new CatalogueChecker(classes, packageName, interfaceName, spec).checkAll();
  }

  /** The guide's derivation, written out independently of {@code Ids}. */
  static String deriveId(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("'", "")
            .replace("\u2019", "");
    return plain
        .replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("^_+|_+$", "")
        .toUpperCase(Locale.ROOT);
  }

  private void checkAll() {
    Class<?> statusEnum = type("Status");
    Object[] constants = statusEnum.getEnumConstants();
    assertThat(constants).hasSize(statuses.size());
    Map<Integer, Object> firstOfCode = new HashMap<>();
    for (int i = 0; i < constants.length; i++) {
      Object constant = constants[i];
      Expected expected = statuses.get(i);
      String where = expected.id() + " (entry " + (i + 1) + ")";
      assertThat(((Enum<?>) constant).name()).as(where).isEqualTo(expected.id());
      assertThat(call(constant, "code")).as(where).isEqualTo(expected.code());
      assertThat(call(constant, "reasonPhrase")).as(where).isEqualTo(expected.name());
      assertThat(call(constant, "description")).as(where).isEqualTo(expected.description());
      assertThat(call(constant, "errorCode")).as(where).isEqualTo(expected.errorCode());
      assertThat(call(constant, "isRetryable")).as(where).isEqualTo(expected.retryable());
      int code = expected.code();
      assertThat(call(constant, "isInformational")).as(where).isEqualTo(code < 200);
      assertThat(call(constant, "isSuccess")).as(where).isEqualTo(code >= 200 && code < 300);
      assertThat(call(constant, "isRedirection")).as(where).isEqualTo(code >= 300 && code < 400);
      assertThat(call(constant, "isClientError")).as(where).isEqualTo(code >= 400 && code < 500);
      assertThat(call(constant, "isServerError")).as(where).isEqualTo(code >= 500);
      assertThat(call(constant, "isError")).as(where).isEqualTo(code >= 400);
      assertThat(isDeprecated(statusEnum, expected.id()))
          .as(where)
          .isEqualTo(expected.deprecated());
      firstOfCode.putIfAbsent(code, constant);

      assertThat(accept(constant, "accept", type("StatusHandler")))
          .as(where)
          .isEqualTo("on" + expected.pascal());
      Optional<?> resolved =
          (Optional<?>) callStatic(statusEnum, "resolve", code, expected.errorCode().orElse(null));
      if (expected.errorCode().isPresent()) {
        assertThat(resolved).as(where).isEqualTo(Optional.of(constant));
      }
      checkException(statusEnum, constant, expected, where);
    }
    for (int code = 0; code < 700; code++) {
      Object first = firstOfCode.get(code);
      Optional<?> byCode = (Optional<?>) callStatic(statusEnum, "resolve", code);
      Optional<?> byUnknownError =
          (Optional<?>) callStatic(statusEnum, "resolve", code, "no such error code \u2603");
      assertThat(byCode).as("resolve(%d)", code).isEqualTo(Optional.ofNullable(first));
      assertThat(byUnknownError)
          .as("resolve(%d, unknown)", code)
          .isEqualTo(Optional.ofNullable(first));
      if (first == null) {
        int unknown = code;
        assertThatThrownBy(() -> callStatic(statusEnum, "fromCode", unknown))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(String.valueOf(code));
        assertThat(dispatch(statusEnum, code, null)).isEqualTo("onUnknown(" + code + ")");
      } else {
        assertThat(callStatic(statusEnum, "fromCode", code)).isSameAs(first);
        assertThat(dispatch(statusEnum, code, null))
            .isEqualTo(accept(first, "accept", type("StatusHandler")));
      }
    }
    Set<String> handlerMethods = new HashSet<>();
    for (Method method : type("StatusHandler").getMethods()) {
      handlerMethods.add(method.getName() + "/" + method.getParameterCount());
    }
    Set<String> expectedMethods = new HashSet<>();
    statuses.forEach(s -> expectedMethods.add("on" + s.pascal() + "/0"));
    expectedMethods.add("onUnknown/1");
    assertThat(handlerMethods).isEqualTo(expectedMethods);
  }

  private void checkException(
      Class<?> statusEnum, Object constant, Expected expected, String where) {
    if (expected.code() < 400) {
      assertThatThrownBy(() -> call(constant, "toException", "m"))
          .as(where)
          .isInstanceOf(IllegalStateException.class);
      return;
    }
    Class<?> exception = classes.load(packagePrefix + expected.exceptionName());
    assertThat(Modifier.isFinal(exception.getModifiers())).as(where).isTrue();
    assertThat(exception.getSuperclass())
        .as(where)
        .isEqualTo(type(expected.code() < 500 ? "ClientException" : "ServerException"));
    assertThat(exception.getSuperclass().getSuperclass()).isEqualTo(type("Exception"));
    RuntimeException thrown = (RuntimeException) call(constant, "toException", "boom");
    assertThat(thrown).as(where).isExactlyInstanceOf(exception).hasMessage("boom");
    assertThat(call(thrown, "status")).as(where).isSameAs(constant);
    assertThat(call(thrown, "code")).as(where).isEqualTo(expected.code());
    assertThat(accept(thrown, "accept", type("ExceptionHandler")))
        .as(where)
        .isEqualTo("on" + expected.pascal());
    Throwable cause = new IllegalStateException("cause");
    Object withCause = callStatic(type("Exception"), "of", constant, "m", cause);
    assertThat((Throwable) withCause).isExactlyInstanceOf(exception).hasCause(cause);
    try {
      Object direct =
          exception.getConstructor(String.class, Throwable.class).newInstance("d", cause);
      assertThat((Throwable) direct).hasMessage("d").hasCause(cause);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(where + ": constructor (String, Throwable)", e);
    }
  }

  private Class<?> type(String suffix) {
    return classes.load(packagePrefix + prefix + suffix);
  }

  private static boolean isDeprecated(Class<?> statusEnum, String id) {
    try {
      return statusEnum.getField(id).isAnnotationPresent(Deprecated.class);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls {@code method} with a handler that answers the name of the method called on it. */
  private static Object accept(Object target, String method, Class<?> handlerType) {
    return call(target, method, recordingHandler(handlerType));
  }

  private Object dispatch(Class<?> statusEnum, int code, String errorCode) {
    return callStatic(
        statusEnum, "dispatch", code, errorCode, recordingHandler(type("StatusHandler")));
  }

  private static Object recordingHandler(Class<?> handlerType) {
    return Proxy.newProxyInstance(
        handlerType.getClassLoader(),
        new Class<?>[] {handlerType},
        (proxy, m, args) ->
            m.getName().equals("onUnknown") && args != null && args[0] instanceof Integer
                ? "onUnknown(" + args[0] + ")"
                : m.getName());
  }

  private static Object call(Object target, String name, Object... args) {
    return invoke(target.getClass(), target, name, args);
  }

  private static Object callStatic(Class<?> type, String name, Object... args) {
    return invoke(type, null, name, args);
  }

  private static Object invoke(Class<?> type, Object target, String name, Object[] args) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name)
          && method.getParameterCount() == args.length
          && fits(method, args)) {
        try {
          method.setAccessible(true);
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError(
        "no method " + name + " with " + args.length + " arguments on " + type);
  }

  private static boolean fits(Method method, Object[] args) {
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        continue;
      }
      Class<?> wanted = types[i].isPrimitive() ? Integer.class : types[i];
      if (!wanted.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> text(JsonNode status, String key) {
    return status.hasNonNull(key) ? Optional.of(status.get(key).asText()) : Optional.empty();
  }
}
