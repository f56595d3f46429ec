package dev.statusspec.benchmarks.copy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The Filer floor of {@code benchmarks/compile-time.sh}: a processor that writes, through the
 * Filer, exactly the files statusspec generated for the same interface, copied from the folders
 * {@code -Acopy.sources} and {@code -Acopy.resources} instead of being built. It pays what javac
 * charges any processor for generating those files (the Filer's checks of every new name, the
 * second round that parses them) and nothing of statusspec's own work (reading the spec, building
 * the code).
 */
public final class CopyProcessor extends AbstractProcessor {
  private boolean done;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.statusspec.StatusSpec");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("copy.sources", "copy.resources");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || annotations.isEmpty()) {
      return false;
    }
    done = true;
    Element origin =
        round.getElementsAnnotatedWith(annotations.iterator().next()).iterator().next();
    try {
      Path sources = Path.of(processingEnv.getOptions().get("copy.sources"));
      for (Path file : files(sources, ".java")) {
        String relative = sources.relativize(file).toString();
        String type = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (Writer out = processingEnv.getFiler().createSourceFile(type, origin).openWriter()) {
          out.write(text);
        }
      }
      String resources = processingEnv.getOptions().get("copy.resources");
      if (resources != null) {
        Path root = Path.of(resources);
        for (Path file : files(root, ".md")) {
          byte[] bytes = Files.readAllBytes(file);
          String relative = root.relativize(file).toString();
          try (OutputStream out =
              processingEnv
                  .getFiler()
                  .createResource(StandardLocation.CLASS_OUTPUT, "", relative, origin)
                  .openOutputStream()) {
            out.write(bytes);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
    }
  }
}
