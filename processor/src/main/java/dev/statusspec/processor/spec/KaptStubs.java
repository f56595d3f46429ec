package dev.statusspec.processor.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the Kotlin source of a kapt stub is. kapt hands javac not the {@code .kt} files but Java
 * stubs generated from them ({@code target/kaptStubs/compile/com/example/Api.java} under Maven),
 * and writes beside each stub a {@code .kapt_metadata} file that maps the stub's classes to their
 * Kotlin file (kapt uses it to map positions in the stubs back to the Kotlin code).
 *
 * <p>The file, as kotlin-maven-plugin 2.2.21 writes it: a Java object stream of primitives only
 * (nothing is deserialized as an object here): an {@code int} format version (1), an {@code int}
 * count, then per class its internal binary name ({@code com/example/Outer$Api}; members add {@code
 * #name(descriptor)}), the Kotlin file's path, whether that path is relative, and an offset in the
 * file; a table of signatures follows, which is not read.
 */
final class KaptStubs {

  /** The extension of the file kapt writes beside each stub. */
  static final String METADATA_EXTENSION = ".kapt_metadata";

  /** The only version of the format read. */
  private static final int VERSION = 1;

  /** More than any stub's metadata (a few hundred bytes per class member). */
  private static final long MAX_BYTES = 8L * 1024 * 1024;

  private KaptStubs() {}

  /** The metadata file beside {@code stub}: {@code Api.kapt_metadata} for {@code Api.java}. */
  static Path metadataOf(Path stub) {
    String name = stub.getFileName().toString();
    String base = name.endsWith(".java") ? name.substring(0, name.length() - 5) : name;
    return stub.resolveSibling(base + METADATA_EXTENSION);
  }

  /** Whether {@code source} is a kapt stub: a {@code .java} file with kapt's metadata beside it. */
  static boolean isStub(Path source) {
    return source.getFileName() != null
        && source.getFileName().toString().endsWith(".java")
        && Files.isRegularFile(metadataOf(source));
  }

  /**
   * The Kotlin file that declares {@code binaryName} (internal form, {@code com/example/Api}),
   * according to the metadata beside {@code stub}.
   *
   * @throws IOException when the metadata cannot be read, is in another format, does not list the
   *     class, or gives a relative path (which nothing here could resolve reliably)
   */
  static Path kotlinSource(Path stub, String binaryName) throws IOException {
    Path metadata = metadataOf(stub);
    if (!Files.isRegularFile(metadata)) {
      throw new NoSuchFileException(metadata.toString());
    }
    if (Files.size(metadata) > MAX_BYTES) {
      throw new IOException(metadata + " is larger than " + MAX_BYTES + " bytes");
    }
    try (InputStream file = Files.newInputStream(metadata);
        ObjectInputStream in = new ObjectInputStream(file)) {
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException(metadata + " has format version " + version + ", not " + VERSION);
      }
      int count = in.readInt();
      if (count < 0) {
        throw new IOException(metadata + " lists " + count + " classes");
      }
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        String path = in.readUTF();
        boolean relative = in.readBoolean();
        in.readInt(); // the offset of the declaration in the Kotlin file
        if (name.equals(binaryName)) {
          if (relative) {
            throw new IOException(
                metadata + " gives the Kotlin source as a relative path: " + path);
          }
          return Path.of(path);
        }
      }
      throw new IOException(metadata + " does not list " + binaryName);
    }
  }
}
