package dev.statusspec.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks, member by member, the types generated for the operations of a spec: every handler's
 * methods, its {@code dispatch} for every code 0..699 with every error code of the spec, none and
 * an unknown one, and every error type (sealed or not, which classes implement it, {@code
 * status()}). The expectations are computed here from the YAML alone, as docs/guide/operations.md states them,
 * independently of the processor's model.
 */
public final class OperationChecker {

  /** One status as the YAML gives it. */
  private record Expected(
      int code, String id, Optional<String> errorCode, boolean deprecated, String exception) {

    String pascal() {
      StringBuilder out = new StringBuilder();
      for (String word : id.split("_")) {
        out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
      return out.toString();
    }
  }

  private final GeneratedClasses classes;
  private final String packagePrefix;
  private final String prefix;
  private final boolean sealed;
  private final Map<String, Expected> statuses = new LinkedHashMap<>();
  private final Map<String, List<String>> operations = new LinkedHashMap<>();

  private OperationChecker(
      GeneratedClasses classes, String packageName, String prefix, JsonNode spec, boolean sealed) {
    this.classes = classes;
    this.packagePrefix = packageName.isEmpty() ? "" : packageName + ".";
    this.prefix = spec.hasNonNull("name") ? spec.get("name").asText() : prefix;
    this.sealed = sealed;
    for (JsonNode status : spec.get("statuses")) {
      String id =
          status.hasNonNull("id")
              ? status.get("id").asText()
              : CatalogueChecker.deriveId(status.get("name").asText());
      JsonNode deprecated = status.get("deprecated");
      Expected expected =
          new Expected(
              status.get("code").asInt(),
              id,
              status.hasNonNull("errorCode")
                  ? Optional.of(status.get("errorCode").asText())
                  : Optional.empty(),
              deprecated != null
                  && !deprecated.isNull()
                  && !(deprecated.isBoolean() && !deprecated.asBoolean()),
              status.hasNonNull("exception") ? status.get("exception").asText() : null);
      statuses.put(id, expected);
    }
    JsonNode section = spec.path("operations");
    section
        .fieldNames()
        .forEachRemaining(
            name -> {
              List<String> ids = new ArrayList<>();
              section.get(name).get("statuses").forEach(id -> ids.add(id.asText()));
              operations.put(name, ids);
            });
  }

  /**
   * Checks the operations' types generated for {@code yaml} in {@code packageName}, with {@code
   * interfaceName} the default prefix; {@code sealed} says whether the source level has sealed
   * types.
   *
   * @return how many operations were checked
   */
  public static int check(
      GeneratedClasses classes,
      String packageName,
      String interfaceName,
      byte[] yaml,
      boolean sealed) {
    JsonNode spec;
    try {
      spec = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    OperationChecker checker =
        new OperationChecker(classes, packageName, interfaceName, spec, sealed);
    checker.checkAll();
    return checker.operations.size();
  }

  private void checkAll() {
    Class<?> statusEnum = type(prefix + "Status");
    Map<String, Set<String>> errorTypesOf = new LinkedHashMap<>();
    statuses.keySet().forEach(id -> errorTypesOf.put(id, new TreeSet<>()));
    for (Map.Entry<String, List<String>> operation : operations.entrySet()) {
      String pascal =
          operation.getKey().substring(0, 1).toUpperCase(Locale.ROOT)
              + operation.getKey().substring(1);
      List<Expected> listed = operation.getValue().stream().map(statuses::get).toList();
      checkHandler(statusEnum, type(prefix + pascal + "Handler"), operation.getKey(), listed);
      List<Expected> errors = listed.stream().filter(s -> s.code() >= 400).toList();
      String errorName = packagePrefix + prefix + pascal + "Error";
      if (errors.isEmpty()) {
        assertThat(classes.exists(errorName)).as("%s without errors", errorName).isFalse();
        continue;
      }
      checkError(statusEnum, type(prefix + pascal + "Error"), errors);
      errors.forEach(e -> errorTypesOf.get(e.id()).add(errorName));
    }
    // Each exception implements exactly the error types of the operations that list it, and its
    // superclass is still its 4xx or 5xx root.
    for (Expected status : statuses.values()) {
      if (status.code() < 400) {
        continue;
      }
      Class<?> exception = exceptionOf(status);
      Set<String> interfaces =
          Arrays.stream(exception.getInterfaces())
              .map(Class::getName)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(interfaces)
          .as("interfaces of %s", exception)
          .isEqualTo(errorTypesOf.get(status.id()));
      assertThat(exception.getSuperclass())
          .isEqualTo(type(prefix + (status.code() < 500 ? "ClientException" : "ServerException")));
    }
  }

  private void checkHandler(
      Class<?> statusEnum, Class<?> handler, String operation, List<Expected> listed) {
    assertThat(handler.isInterface()).isTrue();
    assertThat(Modifier.isPublic(handler.getModifiers())).isTrue();
    assertThat(handler.getTypeParameters()).hasSize(1);
    Set<String> methods = new TreeSet<>();
    // The public members: dispatch's private helpers (Java 9+) are no part of the contract.
    for (Method method : handler.getDeclaredMethods()) {
      if (!method.isSynthetic() && !Modifier.isPrivate(method.getModifiers())) {
        methods.add(method.getName() + "/" + method.getParameterCount());
      }
    }
    Set<String> expected = new TreeSet<>();
    listed.forEach(s -> expected.add("on" + s.pascal() + "/0"));
    expected.add("onUnknown/1");
    expected.add("dispatch/3");
    expected.add("dispatch/2");
    assertThat(methods).as("methods of %s", handler).isEqualTo(expected);
    for (Expected status : listed) {
      try {
        Method method = handler.getMethod("on" + status.pascal());
        assertThat(method.isAnnotationPresent(Deprecated.class))
            .as("%s deprecated", method)
            .isEqualTo(status.deprecated());
        assertThat(Modifier.isAbstract(method.getModifiers())).isTrue();
      } catch (NoSuchMethodException e) {
        throw new AssertionError(e);
      }
    }
    Method dispatch = dispatchOf(handler);
    assertThat(Modifier.isStatic(dispatch.getModifiers())).isTrue();
    Set<String> ids = new HashSet<>();
    listed.forEach(s -> ids.add(s.id()));
    Object recording = recordingHandler(handler);
    List<String> errorCodes = new ArrayList<>();
    errorCodes.add(null);
    errorCodes.add("no such error code \u2603");
    statuses.values().forEach(s -> s.errorCode().ifPresent(errorCodes::add));
    checkExceptionDispatch(handler, operation, ids);
    for (int code = 0; code < 700; code++) {
      for (String errorCode : errorCodes) {
        Expected resolved = resolve(code, errorCode);
        String want =
            resolved != null && ids.contains(resolved.id())
                ? "on" + resolved.pascal()
                : "onUnknown(" + code + ")";
        assertThat(invoke(dispatch, null, code, errorCode, recording))
            .as("%s.dispatch(%d, %s)", operation, code, errorCode)
            .isEqualTo(want);
        // The operation's dispatch agrees with the enum's wherever the operation lists the status.
        if (resolved != null && ids.contains(resolved.id())) {
          assertThat(
                  invoke(
                      dispatchOf(type(prefix + "StatusHandler"), statusEnum),
                      null,
                      code,
                      errorCode,
                      recordingHandler(type(prefix + "StatusHandler"))))
              .isEqualTo(want);
        }
      }
    }
  }

  /**
   * {@code dispatch(PException, handler)}, for the exception of every error status of the spec:
   * the status's method when the operation lists it, else {@code onUnknown(code)}, as the raw form.
   */
  private void checkExceptionDispatch(Class<?> handler, String operation, Set<String> ids) {
    Method dispatch;
    try {
      dispatch = handler.getMethod("dispatch", type(prefix + "Exception"), handler);
    } catch (NoSuchMethodException e) {
      throw new AssertionError("no dispatch(" + prefix + "Exception, handler) on " + handler, e);
    }
    assertThat(Modifier.isStatic(dispatch.getModifiers())).isTrue();
    Object recording = recordingHandler(handler);
    for (Expected status : statuses.values()) {
      if (status.code() < 400) {
        continue;
      }
      Object exception;
      try {
        exception = exceptionOf(status).getConstructor(String.class).newInstance("m");
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      String want =
          ids.contains(status.id()) ? "on" + status.pascal() : "onUnknown(" + status.code() + ")";
      assertThat(invoke(dispatch, null, exception, recording))
          .as("%s.dispatch(%s)", operation, status.id())
          .isEqualTo(want);
    }
  }

  private void checkError(Class<?> statusEnum, Class<?> error, List<Expected> errors) {
    assertThat(error.isInterface()).isTrue();
    assertThat(Modifier.isPublic(error.getModifiers())).isTrue();
    assertThat(
            Arrays.stream(error.getDeclaredMethods())
                .filter(m -> !m.isSynthetic())
                .map(m -> m.getName() + "/" + m.getParameterCount() + ":" + m.getReturnType()))
        .as("members of %s", error)
        .containsExactly("status/0:" + statusEnum);
    assertThat(error.isSealed()).as("%s sealed", error).isEqualTo(sealed);
    if (sealed) {
      assertThat(Arrays.asList(error.getPermittedSubclasses()))
          .as("permitted subclasses of %s", error)
          .containsExactlyElementsOf(errors.stream().map(this::exceptionOf).toList());
    }
    Method status;
    try {
      status = error.getMethod("status");
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
    for (Expected expected : errors) {
      Class<?> exception = exceptionOf(expected);
      assertThat(error.isAssignableFrom(exception))
          .as("%s implements %s", exception, error)
          .isTrue();
      Object instance;
      try {
        instance = exception.getConstructor(String.class).newInstance("m");
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      assertThat(invoke(status, instance).toString()).isEqualTo(expected.id());
      assertThat(invoke(status, instance).getClass()).isEqualTo(statusEnum);
    }
  }

  /** The status {@code resolve(code, errorCode)} must find, computed from the YAML. */
  private Expected resolve(int code, String errorCode) {
    Expected first = null;
    for (Expected status : statuses.values()) {
      if (status.code() != code) {
        continue;
      }
      if (errorCode != null && status.errorCode().equals(Optional.of(errorCode))) {
        return status;
      }
      if (first == null) {
        first = status;
      }
    }
    return first;
  }

  private Class<?> exceptionOf(Expected status) {
    return type(status.exception() != null ? status.exception() : status.pascal() + "Exception");
  }

  private Class<?> type(String simpleName) {
    return classes.load(packagePrefix + simpleName);
  }

  private static Method dispatchOf(Class<?> handler) {
    return dispatchOf(handler, handler);
  }

  private static Method dispatchOf(Class<?> handler, Class<?> owner) {
    try {
      return owner.getMethod("dispatch", int.class, String.class, handler);
    } catch (NoSuchMethodException e) {
      throw new AssertionError("no dispatch(int, String, " + handler + ") on " + owner, e);
    }
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

  private static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method + " threw", e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
