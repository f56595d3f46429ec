package dev.statusspec.processor.diag;

import java.util.Arrays;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Prints diagnostics through the {@link Messager}, the only class that does: each with javac's kind
 * for its {@link Severity}, on the element, annotation mirror and value it concerns. A warning or
 * note whose id the element (or a type enclosing it) suppresses with
 * {@code @SuppressWarnings("statusspec:<id>")} is not printed; errors are never suppressed.
 */
public final class Reporter {

  /** The prefix of the {@code @SuppressWarnings} values that silence statusspec's warnings. */
  public static final String SUPPRESS_PREFIX = "statusspec:";

  /**
   * Where a diagnostic is attached: an element, and when known the annotation and the value of it
   * that the diagnostic concerns (IDEs underline the value).
   *
   * @param element the annotated interface, or one of its methods
   * @param mirror its {@code @StatusSpec}, or null
   * @param value the attribute of {@code mirror} concerned, or null
   */
  public record Site(Element element, AnnotationMirror mirror, AnnotationValue value) {

    /** The element alone. */
    public static Site of(Element element) {
      return new Site(element, null, null);
    }

    /** The same annotation and value, on another element. */
    public Site withElement(Element other) {
      return new Site(other, mirror, value);
    }
  }

  private final Messager messager;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Prints {@code diagnostic} at {@code site}, unless it is a suppressed warning or note. */
  public void report(Site site, Diagnostic diagnostic) {
    if (diagnostic.severity() != Severity.ERROR && isSuppressed(site.element(), diagnostic)) {
      return;
    }
    Kind kind = kind(diagnostic.severity());
    String text = diagnostic.format();
    if (site.element() == null) {
      messager.printMessage(kind, text);
    } else if (site.mirror() != null && site.value() != null) {
      messager.printMessage(kind, text, site.element(), site.mirror(), site.value());
    } else if (site.mirror() != null) {
      messager.printMessage(kind, text, site.element(), site.mirror());
    } else {
      messager.printMessage(kind, text, site.element());
    }
  }

  /** Prints a diagnostic that concerns the compilation as a whole (an option), on no element. */
  public void report(Diagnostic diagnostic) {
    report(new Site(null, null, null), diagnostic);
  }

  /**
   * Reports a bug of the processor at {@code site} as one {@link Message#INTERNAL_ERROR}, with the
   * exception and where it was thrown, short enough for a compiler message.
   */
  public void internalError(Site site, Throwable e) {
    report(site, Diagnostic.of(Message.INTERNAL_ERROR, "", summary(e)));
  }

  private static boolean isSuppressed(Element element, Diagnostic diagnostic) {
    String wanted = SUPPRESS_PREFIX + diagnostic.message().id();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && Arrays.asList(suppress.value()).contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static Kind kind(Severity severity) {
    return switch (severity) {
      case ERROR -> Kind.ERROR;
      case WARNING -> Kind.WARNING;
      case NOTE -> Kind.NOTE;
    };
  }

  static String summary(Throwable e) {
    StringBuilder out = new StringBuilder(e.toString());
    StackTraceElement[] frames = e.getStackTrace();
    int shown = Math.min(frames.length, 8);
    for (int i = 0; i < shown; i++) {
      out.append("\n\tat ").append(frames[i]);
    }
    if (frames.length > shown) {
      out.append("\n\t... ").append(frames.length - shown).append(" more");
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      out.append("\nCaused by: ").append(cause);
      if (cause.getCause() == cause) {
        break;
      }
    }
    return out.toString();
  }
}
