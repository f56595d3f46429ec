package dev.statusspec.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another annotation processor, as a code generator a user might run beside statusspec: in the
 * first round it generates the interfaces {@code com.example.Later} and {@code
 * com.example.Incomplete} (whose abstract {@code summary()} no generated enum provides), in the
 * second the class {@code com.example.Token}. An interface annotated with {@code @StatusSpec} that
 * extends {@code Later} or returns a {@code Token} sees error types until those rounds. Public with
 * a no-argument constructor, so that ecj can load it by name from {@code -processorpath}.
 */
public final class LateTypesProcessor extends AbstractProcessor {

  /** What it generates in the first round. */
  public static final String LATER = "com.example.Later";

  /** What it generates in the first round too: an interface no generated enum implements. */
  public static final String INCOMPLETE = "com.example.Incomplete";

  /** What it generates in the second round. */
  public static final String TOKEN = "com.example.Token";

  private int round;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*"); // every round, whatever statusspec claims
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
    if (env.processingOver()) {
      return false;
    }
    round++;
    if (round == 1) {
      write(
          LATER,
          "package com.example;\n\n"
              + "public interface Later {\n"
              + "  default String later() {\n"
              + "    return \"later\";\n"
              + "  }\n"
              + "}\n");
      write(
          INCOMPLETE,
          "package com.example;\n\npublic interface Incomplete {\n  String summary();\n}\n");
    } else if (round == 2) {
      write(TOKEN, "package com.example;\n\npublic final class Token {}\n");
    }
    return false;
  }

  private void write(String name, String source) {
    try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
      writer.write(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
