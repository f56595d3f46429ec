package dev.statusspec.processor.check;

import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Hint;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.model.Output;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules on the names of what the generators declare: no two of one spec's outputs may share a
 * name (also but for letter case, which Windows and macOS file systems ignore), none may replace a
 * type of the sources or hide a {@code java.lang} type, and no two interfaces may generate the same
 * file. The last two need state across rounds: one instance serves the whole compilation, and
 * remembers only the outputs of interfaces that actually generate.
 */
public final class GeneratedTypeChecks {

  /** Generated type (qualified) or resource path -> the interface it is generated for. */
  private final Map<String, String> generatedFor = new HashMap<>();

  /** Types declared in this compilation's sources, across rounds. */
  private final Set<String> sourceTypes = new HashSet<>();

  /** Whether {@code java.lang} has a type of a simple name. */
  private final Predicate<String> inJavaLang;

  /**
   * @param inJavaLang whether {@code java.lang} has a type of the given simple name
   */
  public GeneratedTypeChecks(Predicate<String> inJavaLang) {
    this.inJavaLang = inJavaLang;
  }

  /** Notes a type declared in the sources of the current round. */
  public void sourceType(String qualifiedName) {
    sourceTypes.add(qualifiedName);
  }

  /**
   * Reports every output of the interface {@code self} (in package {@code pkg}) whose name clashes
   * with a type of the sources, {@code java.lang}, or another interface's output (one that was
   * {@linkplain #register registered}); clashes among the outputs themselves are {@link
   * #caseClashes}'s, checked first.
   */
  public void check(String self, String pkg, List<Output> outputs, Diagnostics diagnostics) {
    String prefix = pkg.isEmpty() ? "" : pkg + ".";
    for (Output output : outputs) {
      String qualified = qualified(prefix, output);
      String owner = generatedFor.get(qualified);
      if (owner != null && !owner.equals(self)) {
        // Once is enough: every other output clashes the same way.
        diagnostics.report(
            Message.DUPLICATE_GENERATED_TYPES, output.position(), owner, self, qualified);
        break;
      }
      if (output.kind() != Output.Kind.TYPE || owner != null) {
        continue;
      }
      if (sourceTypes.contains(qualified)) {
        diagnostics.report(
            Message.TYPE_EXISTS, output.position(), output.name(), qualified, output.rename());
      } else if (inJavaLang.test(output.name())) {
        diagnostics.report(
            Message.SHADOWS_JAVA_LANG,
            output.position(),
            output.name(),
            output.name(),
            pkg.isEmpty() ? "(unnamed)" : pkg,
            output.rename());
      }
    }
  }

  /**
   * Remembers {@code outputs} as those of the interface {@code self} (in package {@code pkg}), once
   * it is certain to generate them: the interface, its spec and its baseline have no error.
   */
  public void register(String self, String pkg, List<Output> outputs) {
    String prefix = pkg.isEmpty() ? "" : pkg + ".";
    outputs.forEach(o -> generatedFor.put(qualified(prefix, o), self));
  }

  private static String qualified(String prefix, Output output) {
    return output.kind() == Output.Kind.TYPE ? prefix + output.name() : output.name();
  }

  /**
   * Reports types of one spec whose names differ only in letter case, or equal the interface's.
   * Types named after the prefix are taken first, so an exception is reported, at its own line, as
   * the one that clashes with them.
   *
   * @return whether there was any
   */
  public static boolean caseClashes(
      String interfaceName, List<Output> outputs, Diagnostics diagnostics) {
    int before = diagnostics.count();
    Map<String, String> owners = new HashMap<>();
    owners.put(key(interfaceName), "the annotated interface " + interfaceName);
    List<Output> types = new ArrayList<>();
    for (Output output : outputs) {
      if (output.kind() == Output.Kind.TYPE) {
        types.add(output);
      }
    }
    types.sort(Comparator.comparing(o -> !o.rename().equals(Output.RENAME_PREFIX)));
    for (Output type : types) {
      String clash = owners.putIfAbsent(key(type.name()), type.description());
      if (clash != null) {
        diagnostics.report(
            Message.TYPE_NAME_CLASH,
            type.position(),
            type.subject(),
            clash,
            caseNote(type.name(), clash),
            type.rename());
      }
    }
    return diagnostics.count() != before;
  }

  private static String key(String typeName) {
    return typeName.toLowerCase(Locale.ROOT);
  }

  private static Hint caseNote(String type, String owner) {
    return owner.contains(" " + type + " ") || owner.endsWith(" " + type)
        ? Hint.NONE
        : Hint.CASE_ONLY;
  }
}
