package dev.statusspec.processor.gen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** The one class that writes to the Filer: every generated file, with its originating element. */
public final class FilerWriter {

  private final Filer filer;

  public FilerWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes {@code file}, recording {@code origin} as the element it comes from (incremental builds
   * and IDEs use it to know what to regenerate).
   *
   * @return the name of the file written, for messages
   * @throws IOException if the Filer refuses it (for example, the same file written twice)
   */
  public String write(GeneratedFile file, Element origin) throws IOException {
    if (file instanceof GeneratedFile.JavaSource source) {
      String name = source.name();
      // Rendered into memory, then written at once: JavaPoet appends a character at a time, and
      // each append to the Filer's writer goes through its encoder's lock.
      StringBuilder text = new StringBuilder(8192);
      source.file().writeTo(text);
      JavaFileObject object = filer.createSourceFile(name, origin);
      try (Writer writer = object.openWriter()) {
        writer.append(text);
      }
      return name;
    }
    GeneratedFile.Resource resource = (GeneratedFile.Resource) file;
    FileObject object =
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", resource.path(), origin);
    try (OutputStream out = object.openOutputStream()) {
      out.write(resource.bytes());
    }
    return resource.path();
  }

  /**
   * Whether the class output already has the resource {@code path} (Maven copies {@code
   * src/main/resources} there before compiling). False when it cannot be read.
   */
  public boolean exists(String path) {
    try {
      FileObject object = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
      try (java.io.InputStream in = object.openInputStream()) {
        return in != null;
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
