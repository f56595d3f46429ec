package dev.statusspec.processor.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.gen.adapters.Adapter;
import dev.statusspec.processor.gen.adapters.Adapters;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.testing.Specs;
import dev.statusspec.processor.testing.TestClassPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Members#EXTERNAL_TYPES} must name every type of another package the generated code refers
 * to, or a generated type with the same simple name could shadow it unqualified.
 */
class MembersTest {

  private static final Pattern IMPORT =
      Pattern.compile("^import [\\w.]+\\.(\\w+);$", Pattern.MULTILINE);
  private static final Pattern CAPITALIZED = Pattern.compile("\\b[A-Z]\\w*\\b");

  /**
   * Class paths that between them make every variant of every adapter: Jackson 3, the servlet API
   * and the newest framework methods; Jackson 2 and Spring 6.1's methods; JSON-P; nothing at all.
   */
  private static final List<ClassPath> CLASS_PATHS =
      List.of(
          classPath(type -> true, true),
          classPath(type -> !type.startsWith("tools.jackson"), false),
          classPath(type -> type.startsWith("jakarta.json"), false),
          classPath(type -> false, false));

  /**
   * A class path with the types {@code hasType} accepts; with {@code newestMethods}, every method
   * asked about, else only those of one parameter (as Spring 6.1's old abstract {@code
   * handleError(response)}, without 6.2's overload or Feign 13's constructor).
   */
  private static ClassPath classPath(Predicate<String> hasType, boolean newestMethods) {
    return new TestClassPath(
        hasType, signature -> newestMethods || !signature.contains(","), module -> true);
  }

  @Test
  void externalTypesListsEveryTypeTheGeneratedCodeImportsOrTakesFromJavaLang() throws Exception {
    for (int release : new int[] {8, 17}) {
      for (ClassPath classPath : CLASS_PATHS) {
        externalTypes(release, classPath);
      }
    }
  }

  /**
   * The external types of the catalogues' output at {@code release} with every adapter on: a
   * foreign type of an adapter missing from the list would pass unnoticed with adapters off.
   */
  private static void externalTypes(int release, ClassPath classPath) throws Exception {
    Set<String> external = new TreeSet<>();
    for (String catalogue : new String[] {"quirks.yaml", "iana.yaml", "stripe.yaml"}) {
      byte[] yaml = Files.readAllBytes(Path.of("src/test/resources/catalogues", catalogue));
      Spec spec = Specs.load(yaml, "Api", new Diagnostics(catalogue)).orElseThrow();
      Plan plan =
          Specs.plan(
              spec,
              ClassName.get("com.example", "Api"),
              catalogue,
              new Target(
                  release,
                  Optional.of(ClassName.get("javax.annotation", "Generated")),
                  Set.copyOf(Adapters.names()),
                  classPath));
      Set<String> generated = plan.outputs().stream().map(Output::name).collect(Collectors.toSet());
      for (Adapter adapter : Adapters.all()) {
        for (String suffix : adapter.typeSuffixes(classPath)) {
          assertThat(generated)
              .as("%s's types are planned", adapter.name())
              .contains(plan.names().prefix() + suffix);
        }
      }
      for (GeneratedFile file : plan.files()) {
        if (file instanceof GeneratedFile.JavaSource source) {
          String code = source.file().toString();
          Matcher imports = IMPORT.matcher(code);
          while (imports.find()) {
            external.add(imports.group(1));
          }
          String withoutTexts =
              code.replaceAll("(?s)/\\*.*?\\*/", "")
                  .replaceAll("//[^\n]*", "")
                  // Unrolled, so that long literals do not recurse once per character.
                  .replaceAll("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"", "\"\"");
          Matcher words = CAPITALIZED.matcher(withoutTexts);
          while (words.find()) {
            if (!generated.contains(words.group()) && isJavaLang(words.group())) {
              external.add(words.group());
            }
          }
        }
      }
    }
    assertThat(Members.EXTERNAL_TYPES)
        .as("--release %d, %s", release, classPath)
        .containsAll(external);
  }

  private static boolean isJavaLang(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
