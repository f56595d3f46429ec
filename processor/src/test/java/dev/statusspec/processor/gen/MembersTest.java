package dev.statusspec.processor.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import dev.statusspec.processor.check.SpecLoader;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.model.Output;
import dev.statusspec.processor.model.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

  @Test
  void externalTypesListsEveryTypeTheGeneratedCodeImportsOrTakesFromJavaLang() throws Exception {
    for (int release : new int[] {8, 17}) {
      Set<String> external = new TreeSet<>();
      for (String catalogue : new String[] {"quirks.yaml", "iana.yaml", "stripe.yaml"}) {
        byte[] yaml = Files.readAllBytes(Path.of("src/test/resources/catalogues", catalogue));
        Spec spec = SpecLoader.load(yaml, "Api", new Diagnostics(catalogue)).orElseThrow();
        SpecTypes types =
            SpecTypes.of(
                spec,
                ClassName.get("com.example", "Api"),
                catalogue,
                new Target(release, Optional.of(ClassName.get("javax.annotation", "Generated"))),
                Set.of());
        Set<String> generated =
            Generators.outputs(types).stream().map(Output::name).collect(Collectors.toSet());
        for (Generator generator : Generators.all()) {
          for (GeneratedFile file : generator.generate(types)) {
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
      }
      assertThat(Members.EXTERNAL_TYPES).as("--release %d", release).containsAll(external);
    }
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
