package dev.statusspec.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes of a successful compilation, to call the generated code: {@code
 * GeneratedClasses.of(compilation).load("com.example.ApiStatus")}.
 */
public final class GeneratedClasses extends ClassLoader {

  private final Map<String, byte[]> classes = new HashMap<>();

  private GeneratedClasses(Compilation compilation, ClassLoader parent) {
    super(parent);
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name =
            path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length())
                .replace(".class", "")
                .replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** The class loader of {@code compilation}'s class files. */
  public static GeneratedClasses of(Compilation compilation) {
    return new GeneratedClasses(compilation, GeneratedClasses.class.getClassLoader());
  }

  /**
   * The class loader of {@code compilation}'s class files, below {@code parent} (e.g. one that has
   * a framework's jars, which the test's own class path lacks).
   */
  public static GeneratedClasses of(Compilation compilation, ClassLoader parent) {
    return new GeneratedClasses(compilation, parent);
  }

  /** Loads {@code name}, failing the test if it was not generated. */
  public Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not generated: " + name + "; generated: " + classes.keySet(), e);
    }
  }

  /** Whether the compilation generated the class {@code name}. */
  public boolean exists(String name) {
    return classes.containsKey(name);
  }

  /**
   * What each constant of the generated enum {@code name} returns, in order: {@code
   * [reasonPhrase(), description(), errorCode()]}.
   */
  public List<List<Object>> texts(String name) {
    Class<?> type = load(name);
    List<List<Object>> all = new ArrayList<>();
    try {
      for (Object constant : type.getEnumConstants()) {
        List<Object> texts = new ArrayList<>();
        for (String accessor : List.of("reasonPhrase", "description", "errorCode")) {
          texts.add(type.getMethod(accessor).invoke(constant));
        }
        all.add(texts);
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return all;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
