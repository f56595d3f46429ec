package dev.statusspec.processor.gen;

import com.palantir.javapoet.JavaFile;
import java.nio.charset.StandardCharsets;

/** One output of a generator: a Java source file, or a resource for the class output. */
public sealed interface GeneratedFile {

  /** The file's name for messages: the qualified type name, or the resource's path. */
  String name();

  /** A Java source file. */
  record JavaSource(JavaFile file) implements GeneratedFile {
    @Override
    public String name() {
      String pkg = file.packageName();
      return (pkg.isEmpty() ? "" : pkg + ".") + file.typeSpec().name();
    }
  }

  /**
   * A UTF-8 text resource in the class output.
   *
   * @param path its path relative to the class output, e.g. {@code
   *     META-INF/statusspec/com/example/P.md}
   * @param text its content
   */
  record Resource(String path, String text) implements GeneratedFile {
    @Override
    public String name() {
      return path;
    }

    /** The content as UTF-8 bytes. */
    public byte[] bytes() {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }
}
