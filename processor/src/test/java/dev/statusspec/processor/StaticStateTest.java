package dev.statusspec.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No static state that one compilation could leave for the next: every static field of the
 * processor's classes is final and holds a value nothing can change (text, numbers, enums,
 * patterns, JavaPoet's immutable specs, unmodifiable collections of such values, and objects of the
 * processor whose own fields are all final and hold such values). A build daemon keeps the
 * processor's classes loaded for hundreds of compilations, some at once ({@link DaemonTest}); a
 * static cache or counter would carry one compilation's state into the next.
 *
 * <p>Two exceptions, each with its reason: {@code SpecReader}'s Jackson {@code YAMLFactory} and
 * {@code JsonFactory} (for JSON documents), which are thread-safe once built and whose only
 * changing state is the symbol table they intern key names in (bounded by Jackson, and never
 * visible in what the processor writes).
 */
class StaticStateTest {

  private static final Set<String> ALLOWED =
      Set.of(
          "dev.statusspec.processor.spec.SpecReader.FACTORY",
          "dev.statusspec.processor.spec.SpecReader.JSON_FACTORY");

  @Test
  void everyStaticFieldIsFinalAndHoldsAValueNothingCanChange() throws Exception {
    Path classes =
        Path.of(
            StatusSpecProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> problems = new ArrayList<>();
    int fields = 0;
    try (Stream<Path> files = Files.walk(classes.resolve("dev/statusspec/processor"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
        for (Field field : type.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())) {
            continue;
          }
          fields++;
          String where = type.getName() + "." + field.getName();
          if (!Modifier.isFinal(field.getModifiers())) {
            problems.add(where + " is not final");
            continue;
          }
          if (ALLOWED.contains(where) || field.isSynthetic() && field.getType().isArray()) {
            continue; // javac's switch maps of enums: written once, in the class initializer
          }
          field.setAccessible(true);
          String why = mutable(field.get(null), new IdentityHashMap<>());
          if (why != null) {
            problems.add(where + " holds " + why);
          }
        }
      }
    }
    assertThat(fields).as("static fields seen").isGreaterThan(50);
    assertThat(problems).isEmpty();
  }

  /** Why {@code value} can change, or null when it cannot. */
  private static String mutable(Object value, Map<Object, Boolean> seen) throws Exception {
    if (value == null || seen.put(value, true) != null) {
      return null;
    }
    Class<?> type = value.getClass();
    if (value instanceof String
        || value instanceof Number && type.getName().startsWith("java.lang.")
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof Pattern
        || value instanceof Class<?>
        || type.getName().startsWith("com.palantir.javapoet.")) {
      return null;
    }
    if (type.isArray()) {
      return "an array, which anyone can write to";
    }
    if (value instanceof Collection<?> collection) {
      if (!unmodifiable(type)) {
        return "a modifiable " + type.getName();
      }
      for (Object element : collection) {
        String why = mutable(element, seen);
        if (why != null) {
          return "an element that is " + why;
        }
      }
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      if (!unmodifiable(type)) {
        return "a modifiable " + type.getName();
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String why = mutable(entry.getKey(), seen);
        why = why != null ? why : mutable(entry.getValue(), seen);
        if (why != null) {
          return "an entry that is " + why;
        }
      }
      return null;
    }
    if (value instanceof Optional<?> optional) {
      return mutable(optional.orElse(null), seen);
    }
    if (value instanceof Map.Entry<?, ?> entry
        && type.getName().equals("java.util.KeyValueHolder")) {
      String why = mutable(entry.getKey(), seen);
      return why != null ? why : mutable(entry.getValue(), seen);
    }
    if (type.getName().startsWith("dev.statusspec.processor.")
        || value instanceof Enum<?>
        || type.isHidden()) {
      for (Class<?> c = type;
          c != null && c != Object.class && c != Enum.class;
          c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers())) {
            continue;
          }
          if (!Modifier.isFinal(field.getModifiers())) {
            return "a " + type.getName() + " whose field " + field.getName() + " is not final";
          }
          field.setAccessible(true);
          String why = mutable(field.get(value), seen);
          if (why != null) {
            return "a " + type.getName() + " whose field " + field.getName() + " is " + why;
          }
        }
      }
      return null;
    }
    return "a " + type.getName() + ", not known to be unchangeable";
  }

  private static boolean unmodifiable(Class<?> type) {
    String name = type.getName();
    return name.startsWith("java.util.ImmutableCollections$")
        || name.startsWith("java.util.Collections$Unmodifiable")
        || name.startsWith("java.util.Collections$Empty")
        || name.startsWith("java.util.Collections$Singleton");
  }
}
